"""Draw the site's social card (og:image, twitter:card), a 1200×630 PNG, in pure Python.

    python3 scripts/card.py    # rewrites src/idlibsite/site/static/card.png

The picture is the site's title in a 5×7 pixel font on a plain ground with one
accent rule: no font files, no imaging library, the same pixels every time
(tests/test_card.py checks the shipped file against this function).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 1200, 630  # the size Facebook, LinkedIn and X show large
GROUND = (29, 42, 58)
INK = (255, 255, 255)
ACCENT = (212, 160, 23)
SCALE = 12  # screen pixels per font pixel
LINES = ("IDLIB 2020:", "WHO SAID WHAT")
GLYPHS = {
    "I": ("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "#####"),
    "D": ("####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."),
    "L": ("#....", "#....", "#....", "#....", "#....", "#....", "#####"),
    "B": ("####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
    "2": (".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"),
    "0": (".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
    ":": (".....", "..#..", "..#..", ".....", "..#..", "..#..", "....."),
    "W": ("#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"),
    "H": ("#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "O": (".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "S": (".####", "#....", "#....", ".###.", "....#", "....#", "####."),
    "A": (".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "T": ("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
    " ": (".....",) * 7,
}


def pixels() -> list[bytearray]:
    """The card's rows of RGB bytes."""
    rows = [bytearray(bytes(GROUND) * WIDTH) for _ in range(HEIGHT)]

    def fill(x0: int, y0: int, w: int, h: int, colour: tuple[int, int, int]) -> None:
        for y in range(y0, y0 + h):
            rows[y][x0 * 3:(x0 + w) * 3] = bytes(colour) * w

    left, top = 96, 150
    for n, line in enumerate(LINES):
        y0 = top + n * 10 * SCALE
        for i, char in enumerate(line):
            for gy, row in enumerate(GLYPHS[char]):
                for gx, cell in enumerate(row):
                    if cell == "#":
                        fill(left + (i * 6 + gx) * SCALE, y0 + gy * SCALE, SCALE, SCALE, INK)
    fill(left, top + 20 * SCALE, 6 * 6 * SCALE - SCALE, SCALE // 2, ACCENT)
    return rows


def png(rows: list[bytearray]) -> bytes:
    """An 8-bit RGB PNG of ``rows``."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(row) for row in rows)  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", len(rows[0]) // 3, len(rows), 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "src/idlibsite/site/static/card.png"
    target.write_bytes(png(pixels()))
    print(f"wrote {target} ({target.stat().st_size} bytes)")
