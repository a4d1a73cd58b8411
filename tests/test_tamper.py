"""What is published is what the build made: a site or spare file edited by hand is never kept.

Site and spare share inodes through hard links, and a file is kept by its
record (inode, size, mtime, ctime) without being read.  An edit in place
that restores the size and, as ``touch -r`` does, the mtime still stamps
the ctime, so it is caught: by the next incremental build, and again after
``--full`` (whose replaced tree, tampered, becomes the spare).  A file added
by hand to either tree is removed before the spare is published.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clitools import tree
from conftest import copy_project
from idlibsite.build import build
from idlibsite.config import load_config
from test_incremental import edit_claim_title

PAGE = "about/index.html"


def tamper(path: Path) -> None:
    """Overwrite bytes of ``path`` in place, then give it back its size and mtime (``touch -r``)."""
    before = os.stat(path)
    data = path.read_bytes()
    at = data.index(b"<main")
    with path.open("r+b") as f:  # the same inode, the same size
        f.seek(at)
        f.write(b"<!--TAMPERED-->")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (before.st_ino, before.st_size, before.st_mtime_ns)
    assert b"TAMPERED" in path.read_bytes()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project built three times, with one edit between: site and spare share most inodes."""
    root = copy_project(tmp_path / "p")
    build(load_config(root))
    edit_claim_title(root, 1)
    build(load_config(root))
    build(load_config(root))  # the spare is brought up to date by hard links to the site's files
    return root


def published(project: Path) -> dict[str, bytes | None]:
    return tree(project / "site")


def test_an_edit_in_place_of_a_site_file_is_not_kept_by_the_next_build(project: Path) -> None:
    expected = published(project)
    page = project / "site" / PAGE
    tamper(page)
    build(load_config(project))
    assert published(project) == expected
    build(load_config(project))  # nor by the one after, which brings the tampered tree up to date
    assert published(project) == expected


def test_after_a_full_build_the_tampered_tree_is_not_trusted_as_the_spare(project: Path) -> None:
    expected = published(project)
    tamper(project / "site" / PAGE)
    build(load_config(project), full=True)
    assert published(project) == expected
    assert b"TAMPERED" in (project / ".site.spare" / PAGE).read_bytes()  # the replaced site, kept as the spare
    for _ in range(2):  # the spare is published next: its tampered page is made again
        build(load_config(project))
        assert published(project) == expected


def test_an_edit_in_place_of_a_spare_file_is_not_published(project: Path) -> None:
    expected = published(project)
    spare = project / ".site.spare" / PAGE
    assert os.stat(spare).st_ino == os.stat(project / "site" / PAGE).st_ino  # shared: both are edited
    tamper(spare)
    for _ in range(2):
        build(load_config(project))
        assert published(project) == expected


def test_an_edit_of_a_spare_file_that_the_site_does_not_share_is_not_published(project: Path) -> None:
    footer = project / "templates" / "footer.html"
    original = footer.read_bytes()
    expected = published(project)
    footer.write_bytes(original + b"<p>A footer for one build.</p>\n")  # every page changes
    build(load_config(project))
    footer.write_bytes(original)  # and back: the spare's own pages are the right ones again
    spare = project / ".site.spare" / PAGE
    assert os.stat(spare).st_nlink == 1  # not shared with the site
    tamper(spare)
    build(load_config(project))
    assert published(project) == expected


@pytest.mark.parametrize("tree_name", ["site", ".site.spare"])
def test_a_file_or_folder_added_by_hand_to_either_tree_is_never_published(project: Path, tree_name: str) -> None:
    expected = published(project)
    added = project / tree_name
    (added / "added.html").write_bytes(b"<p>not made by the build</p>")
    (added / "about" / "extra.html").write_bytes(b"<p>nor this</p>")
    (added / "new-folder" / "deep").mkdir(parents=True)
    (added / "new-folder" / "deep" / "index.html").write_bytes(b"<p>nor this</p>")
    (added / "link.html").symlink_to(project / "site" / PAGE)
    for _ in range(2):  # the spare, then the other tree: each is published once
        build(load_config(project))
        assert published(project) == expected
