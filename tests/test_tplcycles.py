"""Templates that include themselves without end: found from their syntax before any page is made,
and the rest (a name from a variable) stopped at the first page that recurses."""

from pathlib import Path

import jinja2
import pytest

from conftest import copy_project
from idlibsite.build import build
from idlibsite.config import Config, load_config
from idlibsite.errors import InputError
from idlibsite.site import render as render_module
from idlibsite.site.tplcycles import cycles, references


def refs(source: str) -> list[tuple[str, int]]:
    return references(jinja2.Environment().parse(source))


def test_a_direct_self_include_is_a_cycle() -> None:
    graph = {"footer.html": refs('<p>Footer</p>\n{% include "footer.html" %}\n')}
    assert cycles(graph) == [(("footer.html", "footer.html"), 2)]


def test_two_templates_that_lead_to_each_other_are_one_cycle() -> None:
    graph = {"a.html": refs('{% extends "b.html" %}'),
             "b.html": refs('<p>B</p>\n\n{% include "a.html" %}'),
             "page.html": refs('{% include "a.html" %}')}  # reaches the cycle, is not in it
    assert cycles(graph) == [(("a.html", "b.html", "a.html"), 3)]
    graph = {"a.html": refs('{% import "b.html" as b %}'), "b.html": refs('{% from "a.html" import x %}')}
    assert cycles(graph) == [(("a.html", "b.html", "a.html"), 1)]


def test_a_template_included_twice_without_a_cycle_is_no_cycle() -> None:
    graph = {"page.html": refs('{% include "part.html" %}\n{% include "part.html" %}\n{% include "other.html" %}'),
             "other.html": refs('{% include "part.html" %}'),
             "part.html": refs("<p>part</p>")}
    assert graph["page.html"] == [("part.html", 1), ("part.html", 2), ("other.html", 3)]
    assert cycles(graph) == []


def test_dynamic_conditional_and_missing_references_are_not_followed() -> None:
    tree = '{% for child in node.children %}{% with node=child %}{% include "tree.html" %}{% endwith %}{% endfor %}'
    assert refs('{% include name %}{% include ["a.html", "b.html"] %}') == []  # known only when rendered
    assert refs(tree) == []  # ends with the data: a tree drawn by a template that includes itself per child
    assert refs('{% if deeper %}{% include "x.html" %}{% endif %}') == []
    assert refs('{% macro m() %}{% include "x.html" %}{% endmacro %}') == []
    assert cycles({"page.html": [("missing.html", 1)]}) == []


def test_a_build_with_a_template_cycle_names_the_include_before_making_any_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "p")
    (project / "templates" / "footer.html").write_text('<p>Footer</p>\n{% include "part.html" %}\n')
    (project / "templates" / "part.html").write_text('<p>Part</p>\n\n{% include "footer.html" %}\n')
    made: list[str] = []
    monkeypatch.setattr(render_module, "_render", lambda env, page, config: made.append(page.path))
    with pytest.raises(InputError) as error:
        build(load_config(project), full=True)
    [problem] = error.value.problems
    assert (problem.path, problem.line) == ("templates/part.html", 3)
    assert problem.message.endswith("without end (footer.html → part.html → footer.html)")
    assert problem.hint.startswith("remove the include")
    assert made == []


def test_an_endless_include_by_variable_is_rendered_once_per_template(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "p")
    (project / "templates" / "footer.html").write_text('<p>Footer</p>\n{% set me = "footer.html" %}{% include me %}\n')
    made: list[str] = []
    real = render_module._render

    def spy(env: jinja2.Environment, page: render_module.Page, config: Config) -> bytes:
        made.append(page.template)
        return real(env, page, config)

    monkeypatch.setattr(render_module, "_render", spy)
    with pytest.raises(InputError) as error:
        build(load_config(project), full=True)
    [problem] = error.value.problems
    assert (problem.path, problem.line) == ("templates/footer.html", 2)
    assert "includes itself" in problem.message
    assert len(made) == len(set(made))  # each page template recursed once, not once per page
