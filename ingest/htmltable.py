"""A raw HTML table inside a Markdown or text file (a wiki's export): rows of cells, spans spread out.

A `rowspan`/`colspan` cell gives its text to every cell it covers (as a merged XLSX range does). Markup is read as
the text it shows: `<br>` and block ends (`<p>`, `<div>`, `<li>`) break lines, a list item keeps a "•" marker, and a
status lozenge (`<span class="status…">ÆNDRET</span>`) is its word."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

TABLE_OPEN = re.compile(r"<table\b[^>]*>", re.I)
TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}


class _Cell:
    def __init__(self, rowspan: int, colspan: int):
        self.parts: list[str] = []
        self.items: list[list[str]] = []  # the cell's list items, each its own text parts
        self.outside: list[str] = []  # text outside any list item
        self.rowspan, self.colspan = rowspan, colspan
        self.depth = 0  # nested lists

    def text(self) -> str:
        t = "".join(self.parts)
        lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in t.split("\n")]
        return "\n".join(ln for ln in lines if ln)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[_Cell]] = []
        self.cell: _Cell | None = None
        self.in_row = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.rows.append([])
            self.in_row = True
        elif tag in ("td", "th") and self.in_row:

            def span(k: str) -> int:
                v = (a.get(k) or "1").strip()
                return max(1, min(int(v), 1000)) if v.isdigit() else 1

            self.cell = _Cell(span("rowspan"), span("colspan"))
            self.rows[-1].append(self.cell)
        elif self.cell is not None:
            if tag == "br":
                self.cell.parts.append("\n")
            elif tag in ("ul", "ol"):
                self.cell.depth += 1
            elif tag == "li":
                self.cell.parts.append("\n• ")
                if self.cell.depth <= 1:
                    self.cell.items.append([])
            elif tag in _BLOCKS:
                self.cell.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.cell = None
        elif tag == "tr":
            self.in_row, self.cell = False, None
        elif self.cell is not None:
            if tag in ("ul", "ol"):
                self.cell.depth = max(0, self.cell.depth - 1)
            if tag in _BLOCKS:
                self.cell.parts.append("\n")

    def handle_data(self, data):
        if self.cell is None:
            return
        self.cell.parts.append(data.replace("\n", " "))
        if self.cell.depth and self.cell.items:
            self.cell.items[-1].append(data.replace("\n", " "))
        elif data.strip():
            self.cell.outside.append(data)


def html_table_spans(text: str) -> list[tuple[int, int]]:
    """(first line, last line) of each `<table> … </table>` in the text, 0-based."""
    out = []
    pos = 0
    while True:
        m = TABLE_OPEN.search(text, pos)
        if not m:
            return out
        e = TABLE_CLOSE.search(text, m.end())
        if not e:
            return out
        out.append((text.count("\n", 0, m.start()), text.count("\n", 0, e.end())))
        pos = e.end()


def html_table_rows(source: str) -> tuple[list[list[str]], list[list[list[str]]]]:
    """The table's rows as cell texts, and each cell's top-level list items (empty where the cell is no list).
    A spanned cell's text fills every cell it covers; its items only the first."""
    r = _Reader()
    r.feed(source)
    r.close()
    grid: dict[tuple[int, int], tuple[str, list[str]]] = {}
    width = 0
    for i, row in enumerate(r.rows):
        j = 0
        for c in row:
            while (i, j) in grid:
                j += 1
            items = [re.sub(r"\s+", " ", html.unescape("".join(it))).strip() for it in c.items]
            items = [t for t in items if t]
            whole_list = len(items) >= 2 and not any(x.strip() for x in c.outside)
            for di in range(c.rowspan if i + c.rowspan <= len(r.rows) else len(r.rows) - i):
                for dj in range(c.colspan):
                    grid[(i + di, j + dj)] = (c.text(), items if whole_list and di == 0 and dj == 0 else [])
            j += c.colspan
            width = max(width, j)
    rows, lists = [], []
    for i in range(len(r.rows)):
        rows.append([grid.get((i, j), ("", []))[0] for j in range(width)])
        lists.append([grid.get((i, j), ("", []))[1] for j in range(width)])
    return rows, lists
