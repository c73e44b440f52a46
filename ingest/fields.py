"""Labelled-field blocks in a text file: one block per point, each field a line "Label: value" whose label names a
høringsnotat role (party, remark, answer, outcome: any words columns.py reads as a header), its value going on in
indented or unlabelled lines. Blocks are separated by rule lines, blank lines or the first label coming again.
The blocks are read as a table (labels = header, one row per block), so the table reader maps the roles.
"""

from __future__ import annotations

import re

# "Høringspart:  X", "**Svar:** …", "Konsekvens : …"; a label is a few words at the start of the line
LABEL_LINE = re.compile(
    r"^(?P<lead>\s{0,3})(?:\*\*)?(?P<label>[A-ZÆØÅa-zæøå][\wæøåÆØÅ./()'’ -]{0,40}?)\s*(?:\*\*)?\s*:(?:\*\*)?"
    r"(?:\s+(?P<value>\S.*?))?\s*$"
)
RULE = re.compile(r"^\s*(?:[-=_*#~–—.]\s*){5,}$")


def _roles(label: str) -> set:
    from ingest.columns import _header_scores

    return set(_header_scores(label)) if len(label.split()) <= 5 else set()


def labelled_blocks(lines: list[str]) -> list[tuple[int, int, list[str], list[list[str]], list[int]]]:
    """The runs of labelled-field blocks in the lines: (first line index, last line index, labels, one row of values
    per block, each block's first line index). A run needs two or more blocks and labels of two or more roles, a party's among them or a remark's
    and an answer's."""
    cands: dict[str, int] = {}
    for t in lines:
        m = LABEL_LINE.match(t)
        if m and _roles(m.group("label")):
            key = m.group("label").strip().lower()
            cands[key] = cands.get(key, 0) + 1
    labels = {k for k, n in cands.items() if n >= 2}
    if len(labels) < 2:
        return []
    runs: list[tuple[int, int, list[str], list[list[str]], list[int]]] = []
    blocks: list[tuple[int, dict[str, list[str]]]] = []  # (first line index, label -> value lines)
    order: list[str] = []
    shown: dict[str, str] = {}
    start = end = None
    cur: tuple[int, dict[str, list[str]]] | None = None
    field: str | None = None

    def close_run():
        nonlocal blocks, order, start, end, cur, field
        if cur:
            blocks.append(cur)
        if len(blocks) >= 2 and start is not None:
            from ingest.columns import R

            roles = set().union(*(_roles(shown[k]) for k in order))
            # NOTE: a block is one point with its fields together; a run of one-field paragraphs ("Part: X" over
            # "Svar: …" paragraphs, a Markdown page's blocks) is prose with labels, not blocks
            full = sum(1 for _, b in blocks if len(set().union(*(_roles(shown[k]) for k in b))) >= 2)
            if (
                len(order) >= 2
                and (R.RESPONDENT in roles or {R.SUMMARY, R.COMMENT} <= roles)
                and 2 * full >= len(blocks)
            ):
                rows = [[" ".join(b.get(k, [])).strip() for k in order] for _, b in blocks]
                runs.append((start, end, [shown[k] for k in order], rows, [i for i, _ in blocks]))
        blocks, order, start, end, cur, field = [], [], None, None, None, None

    for i, raw in enumerate(lines):
        t = raw.rstrip()
        m = LABEL_LINE.match(t)
        key = m.group("label").strip().lower() if m else None
        if m and key in labels:
            if cur is None or key in cur[1]:  # the first label again: the next block
                if cur:
                    blocks.append(cur)
                cur = (i, {})
            if start is None:
                start = i
            if key not in order:
                order.append(key)
                shown[key] = m.group("label").strip()
            cur[1][key] = [m.group("value") or ""]
            field, end = key, i
            continue
        if not t.strip() or RULE.match(t):
            if cur:
                blocks.append(cur)
            cur, field = None, None
            continue
        if field is not None and cur is not None and (raw[:1].isspace() or not m):
            cur[1][field].append(t.strip())  # the value goes on
            end = i
            continue
        if start is not None and cur is None:
            close_run()  # running text after the blocks: the run has ended
    close_run()
    return runs


# a numbered item on a line of its own: "1. …", "2) …", an answer "Ad 1: …", a code "1: Ændret"
ITEM = re.compile(r"(?m)^[ \t]*(?:Ad[ \t]+)?(\d{1,2})[.):][ \t]+(?=\S)")
# the same items run on in one line (a PDF cell's lines joined): "1) … 2) …", "Ad 1) … Ad 2) …"
INLINE_ITEM = re.compile(r"(?:^|(?<=\s))(?:Ad\s+)?(\d{1,2})\)\s+(?=\S)")


def _items(cell: str, marks: list[re.Match]) -> dict[int, str]:
    return {
        int(m.group(1)): re.sub(
            r"\s+", " ", cell[m.end() : (marks[k + 1].start() if k + 1 < len(marks) else len(cell))]
        ).strip()
        for k, m in enumerate(marks)
    }


def numbered_items(cell: str, single: bool = False) -> dict[int, str] | None:
    """A cell that holds numbered items on lines of their own ("1. …\\n2. …", "Ad 1: …", "1: Ændret") or run on in
    one line with a parenthesis ("1) … 2) …"): number -> text; None when it does not open with an item or its
    numbers do not run 1, 2, 3, …. With `single` (the table's other rows are split) one item is enough, and the
    items may go on from the row above ("2) …", "3) …": a party's row broken by a page break)."""
    cell = cell or ""
    marks = list(ITEM.finditer(cell))
    if len(marks) < 2:
        # NOTE: run-on items are found one after the other ("2)" after "1)"), so a "3)" inside a point's sentence
        # before any "2)" is no item
        inline, want = [], None
        for m in INLINE_ITEM.finditer(cell):
            n = int(m.group(1))
            if (not inline and not cell[: m.start()].strip()) or (inline and n == want):
                inline.append(m)
                want = n + 1
        marks = inline if len(inline) > len(marks) else marks
    if not marks or cell[: marks[0].start()].strip() or len(marks) < (1 if single else 2):
        return None
    nums = [int(m.group(1)) for m in marks]
    if nums != list(range(nums[0] if single else 1, nums[0] + len(nums))):
        return None
    return _items(cell, marks)


def paragraph_items(row: list[str]) -> list[dict[int, str] | None] | None:
    """A row per party whose points are the unnumbered paragraphs of one cell, answered paragraph by paragraph in
    the next cells: three or more cells with the same number (2 or more) of paragraphs, one of them a short code a
    paragraph ("Ændret", "Delvist ændret"), the other cells one paragraph (the party) or empty. Per cell its
    paragraphs by position (1, 2, …), None for a one-paragraph cell; None when the row is not so."""
    paras = [[p.strip() for p in (c or "").split("\n") if p.strip()] for c in row]
    counts = {len(p) for p in paras if len(p) > 1}
    if len(counts) != 1:
        return None
    n = counts.pop()
    multi = [p for p in paras if len(p) == n]
    if len(multi) < 3 or not any(all(len(x) <= 40 and not re.search(r"[.!?]$", x) for x in p) for p in multi):
        return None
    return [{k: x for k, x in enumerate(p, start=1)} if len(p) == n else None for p in paras]


def _row_items(row: list[str], single: bool) -> list[dict[int, str] | None] | None:
    """The numbered cells of a row when two or more are numbered the same way (the point, its answer, its code)."""
    items = [numbered_items(c, single) for c in row]
    numbered = [it for it in items if it]
    if len(numbered) >= 2 and len({min(it) for it in numbered}) == 1:
        return items
    return None


def split_numbered_rows(rows: list[list[str]]) -> tuple[list[list[str]], list[int]] | None:
    """A table with a row per party whose points are numbered inside the cells ("1. …", "2. …" as paragraphs or
    lines of one cell, "1) … 2) …" run on) and whose answer and outcome cells are numbered the same way ("Ad 1: …",
    "1) Ændret"): a row per point, the cells joined by number, an unnumbered cell (the party) repeated on each,
    with the index of the row each comes from. None when no row is split.
    NOTE: a row is split only where two or more of its cells are numbered alike: a single numbered cell may be a
    list inside one point. A party with one point ("1) …" beside "Ad 1) …") is split (its markers left out) only
    when other rows of the table hold two or more."""
    multi = any(_row_items(r, False) or paragraph_items(r) for r in rows)
    if not multi:
        return None
    out, nums = [], []
    for no, row in enumerate(rows):
        items = _row_items(row, True)
        if items is None and not any(numbered_items(c, True) for c in row):
            items = paragraph_items(row)
        if items is None:
            out.append(row)
            nums.append(no)
            continue
        for k in sorted({k for it in items if it for k in it}):
            out.append([it.get(k, "") if it else c for it, c in zip(items, row)])
            nums.append(no)
    return out, nums


# NOTE: an upper-case short form of up to six letters is a code too ("DELV", "IMPL", "INGEN SVAR" is not)
CODE = re.compile(r"^(?:[A-Za-zÆØÅæøå0-9]{1,3}|[A-ZÆØÅ]{4,6})\.?$")
# a count beside a legend's code: "3", "25 %", or its header "Antal", "Andel", "Count"
COUNT_CELL = re.compile(r"^(?:\d+(?:[.,]\d+)?\s*%?|antal|andel|count|number|n|i alt|total|procent|pct\.?)$", re.I)
LEGEND_HEADER = re.compile(r"^(?:betydning|forklaring|definition|beskrivelse|meaning|explanation)\b", re.I)
# "1 = Tilrettet", "2: Ikke tilrettet", "K3 – Indgår i det videre arbejde" in a legend line or paragraph
LEGEND_ITEM = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<code>[A-Za-zÆØÅæøå]?\d{1,2}|[A-ZÆØÅ]{1,3})\s*(?:=|:|–|—|-)\s*"
    r"(?P<meaning>[^,;=()\n·•|]{3,80}?)\s*(?=$|[,;)\n·•|]|\s+(?:[A-Za-zÆØÅæøå]?\d{1,2}|[A-ZÆØÅ]{1,3})\s*(?:=|:|–|—|-)\s)"
)


# "Ja (planen er ændret), Delvis (…), Opfølgning (…) og Ikke relevant (…)": word codes each explained in parentheses
LEGEND_PAREN = re.compile(
    r"(?:^|(?<=[:,;]\s)|(?<=\sog\s)|(?<=\seller\s)|(?<=\sand\s)|(?<=\sor\s))"
    r"(?P<code>[A-ZÆØÅ][a-zæøå]{0,14}(?:\s[a-zæøå]{2,14})?)\s*\((?P<meaning>[^()\n]{3,100})\)"
)


# a legend's sentence that leaves the outcome to each row's assessment ("Om bemærkningen indgår i det videre arbejde,
# fremgår af vurderingen", "Afhænger af kommentaren"): no outcome of the code's own
DEFERS = re.compile(
    r"\b(?:fremgår|fremgå|afhænger|afgøres|ses|står)\b[^.;]{0,40}?\b(?:af|i) (?:den enkelte |regionens |kommunens )?"
    r"(?:vurdering|kommentar|bemærkning|svar|behandling)(?:en|erne)?\b|\bse (?:vurdering|kommentar|svar)(?:en)?\b",
    re.I,
)


def own_meaning(meaning: str) -> str:
    """A legend meaning without the sentences that leave the outcome to the row's assessment: "Noteret. Om
    bemærkningen indgår i det videre arbejde, fremgår af vurderingen." is a bare "Noteret." (read with the row's
    assessment, as any weak code is); the whole meaning when every sentence defers."""
    parts = [x for x in re.split(r"(?<=[.;])\s+", meaning.strip()) if x]
    kept = [x for x in parts if not DEFERS.search(x)]
    return " ".join(kept) if kept and len(kept) < len(parts) else meaning


def _outcome(meaning: str) -> str | None:
    from ingest.handling import classify_handling

    code = classify_handling(own_meaning(meaning))
    return code if code and code != "reference" else None


def _beside_block(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """The columns to the right of an empty column (no header, no cell), when they are filled on fewer rows than the
    table: a legend set beside the table on the same sheet ("Kode | Forklaring")."""
    ncol = max([len(header)] + [len(r) for r in rows])

    def cell(r: list[str], i: int) -> str:
        return (r[i] or "").strip() if i < len(r) else ""

    filled = [sum(1 for r in rows if cell(r, i)) for i in range(ncol)]
    for g in range(1, ncol - 1):
        if not cell(header, g) and filled[g] == 0 and any(filled[:g]):
            if max(filled[g + 1 :]) < max(filled[:g]):
                return [cell(header, i) for i in range(g + 1, ncol)], [
                    [cell(r, i) for i in range(g + 1, ncol)] for r in rows
                ]
            return None
    return None


# a symbol legend's item: "● planen er ændret", "◐ = delvist imødekommet", "○ ikke imødekommet"
SYMBOL_ITEM = re.compile(r"^(?P<code>[^\w\s(\[\"'„“]{1,2})\s*(?:=|:)?\s+(?P<meaning>\w.{2,80})$")
SYMBOL_SPLIT = re.compile(r"\s+[·•|]\s+|\s*;\s+")


# a legend of word codes, each "Word = meaning": "Koder: Lilla = planen er ændret; Orange = delvist imødekommet"
WORD_LEGEND_ITEM = re.compile(
    r"(?:^|(?<=[\s;:,]))(?P<code>[A-ZÆØÅ][a-zæøå]{2,11})\s*=\s*(?P<meaning>[^=;\n·•|]{3,80}?)\s*"
    r"(?=$|[;\n·•|]|\s+[A-ZÆØÅ][a-zæøå]{2,11}\s*=)"
)


def word_legend(line: str) -> dict[str, tuple[str, str]]:
    """A line of word codes each explained after "=" (colours, grades: "Lilla = planen er ændret Orange = delvist
    imødekommet Sort = …"): code (lower case) -> (handling, meaning); {} unless three or more items say an outcome the
    vocabulary places and they make up most of the line."""
    from ingest.handling import classify_prose

    found: dict[str, tuple[str, str]] = {}
    covered = 0
    for m in WORD_LEGEND_ITEM.finditer(line or ""):
        meaning = m.group("meaning").strip().rstrip(".,")
        h = _outcome(meaning) or (classify_prose(meaning)[0] if len(meaning.split()) <= 8 else None)
        if h and h != "reference":
            found[m.group("code").lower()] = (h, meaning)
            covered += len(m.group(0))
    body = re.sub(r"^[^=]{1,40}?:\s*", "", (line or "").strip())
    return found if len(found) >= 3 and covered >= 0.7 * len(body) else {}


def symbol_legend(line: str) -> dict[str, tuple[str, str]]:
    """A line that explains outcome symbols, its items set apart by "·", "•", "|" or ";": "Resultat: ● planen er
    ændret · ◐ delvist imødekommet · ○ ikke imødekommet · ► indgår i det videre arbejde". Symbol ->
    (handling, meaning); {} unless three or more items say an outcome the vocabulary places, and they are the line."""
    from ingest.handling import classify_prose

    # the label before the items: "Resultat:", "Signaturforklaring:"
    body = re.sub(r"^[^:·•|]{1,40}:\s*(?=\S)", "", (line or "").strip())
    parts = [x.strip() for x in SYMBOL_SPLIT.split(body) if x.strip()]
    found: dict[str, tuple[str, str]] = {}
    for x in parts:
        m = SYMBOL_ITEM.match(x)
        if not m:
            continue
        meaning = m.group("meaning").strip().rstrip(".")
        h = _outcome(meaning) or (classify_prose(meaning)[0] if len(meaning.split()) <= 8 else None)
        if h is None and re.search(r"\b(?:intet|ingen|ikke)\b.*\b(?:høringssvar|svar)\b", meaning, re.I):
            h = "intet_svar"
        if h and h != "reference":
            found[m.group("code")] = (h, meaning)
    return found if len(found) >= 3 and len(found) >= 0.7 * len(parts) else {}


def code_legend(tables: list, lines: list[str]) -> dict[str, tuple[str, str]]:
    """Short outcome codes explained in the document itself: a legend table or sheet (rows "code | meaning") or a
    legend line ("1 = Tilrettet, 2 = Ikke tilrettet, …"). code (lower case) -> (handling, meaning as printed). Two
    or more codes whose meanings the handling vocabulary places make a legend; a table's rows of longer text do not."""
    out: dict[str, tuple[str, str]] = {}
    blocks = [(t.header, t.rows) for t in tables]
    blocks += [b for t in tables if (b := _beside_block(t.header, t.rows))]
    for header, rows in blocks:
        found: dict[str, tuple[str, str]] = {}
        # NOTE: a legend that also counts its codes ("Kode | Betydning | Antal"): the trailing count cells are no part
        # of the code's meaning
        head = [c.strip() for c in header if c and c.strip()]
        while len(head) > 2 and COUNT_CELL.match(head[-1]):
            head.pop()
        # NOTE: a table headed as a legend ("Indstilling | Betydning") explains word codes too ("Taget til
        # efterretning" | "Bemærkningen indgår i handleplanen"): the document's own definition of its codes
        worded = len(head) == 2 and bool(LEGEND_HEADER.search(head[1]))
        for r in [header] + rows:
            cells = [c.strip() for c in r if c and c.strip()]
            while len(cells) > 2 and COUNT_CELL.match(cells[-1]):
                cells.pop()
            if len(cells) != 2 or len(cells[1]) > 100:
                continue
            if not CODE.match(cells[0]) and not (
                worded and len(cells[0].split()) <= 6 and len(cells[1]) > len(cells[0])
            ):
                continue
            h = _outcome(cells[1])
            if h:
                found[cells[0].rstrip(".").lower()] = (h, own_meaning(cells[1]))
        if len(found) >= 2:
            out.update({k: v for k, v in found.items() if k not in out})
    for t in lines:
        for k, v in {**word_legend(t), **symbol_legend(t)}.items():
            out.setdefault(k, v)
        found = {}
        covered = 0
        for m in LEGEND_ITEM.finditer(t or ""):
            h = _outcome(m.group("meaning"))
            if h and len(m.group("meaning").split()) <= 6:
                found[m.group("code").lower()] = (h, m.group("meaning").strip())
                covered += len(m.group(0))
        # NOTE: the codes and meanings are most of the line ("Koder: 1 = …, 2 = …"), not prose ("Ad 1: Teksten …")
        if len(found) >= 2 and covered >= 0.6 * len(t.strip()):
            out.update({k: v for k, v in found.items() if k not in out})
        # NOTE: a sentence that explains word codes each in parentheses ("Den sidste kolonne angiver …: Ja (planen er
        # ændret), Nej (planen ændres ikke), Opfølgning (… følges op i implementeringen)"): three or more codes whose
        # meanings the vocabulary places, making up most of the text from the first code on
        items = [m for m in LEGEND_PAREN.finditer(t or "") if _outcome(m.group("meaning"))]
        if len(items) >= 3:
            span = sum(len(m.group(0)) for m in items)
            if span >= 0.7 * len(t[items[0].start() :].strip()):
                for m in items:
                    out.setdefault(m.group("code").lower(), (_outcome(m.group("meaning")), m.group("meaning").strip()))
    # NOTE: a legend of one code per line ("XY  = planen er ændret" over "ZW  = uden for rammerne"): three or more
    # such lines in a row, each placed by the vocabulary
    run: dict[str, tuple[str, str]] = {}
    for t in [*lines, ""]:
        m = LEGEND_LINE.match(t or "")
        item = m and LEGEND_ITEM.match(f"{m.group('code')} = {m.group('meaning')}")
        h = _outcome(item.group("meaning")) if item else None
        if h:
            run[m.group("code").lower()] = (h, m.group("meaning").strip())
            continue
        if len(run) >= 3:
            out.update({k: v for k, v in run.items() if k not in out})
        run = {}
    return out


# one legend item on a line of its own: an upper-case code, "=", its meaning
LEGEND_LINE = re.compile(r"^\s*(?P<code>[A-ZÆØÅ]{1,4}|\d{1,2})\s*=\s*(?P<meaning>\S.{2,100}?)\s*$")


YES = ("ja", "j", "yes", "y", "x", "✓", "true", "1")
NO = ("nej", "n", "no", "false", "0", "-", "–", "—")
EXTENT_PARTIAL = ("delvist", "delvis", "partly", "partially", "partial")
EXTENT_FULL = ("helt", "fuldt", "fuldt ud", "fully", "full", "hel")
# what a flag column's header asks: did the party answer, is the plan changed, how much, further work, out of scope
FLAG_ROLES = (
    (
        "received",
        re.compile(
            r"\b(?:svar|høringssvar|response|reply)\b.*\b(?:modtaget|afgivet|indsendt|received)\b|"
            r"\b(?:modtaget|afgivet|indsendt)\s+(?:høringssvar|svar)\b",
            re.I,
        ),
    ),
    ("outside", re.compile(r"\buden\s*for\b|\budenfor\b|\bout\s+of\s+scope\b|\bikke\s+omfattet\b", re.I)),
    (
        "further",
        re.compile(r"\bvidere\s+arbejde\b|\bimplementering\b|\bhandleplan\b|\bopfølgning\b|\bfurther\s+work\b", re.I),
    ),
    ("extent", re.compile(r"\bomfang\b|\bgrad\b|\bextent\b|\bhelt\s*/\s*delvist\b", re.I)),
    ("change", re.compile(r"\bændr|\btilret|\bjuster|\bchange|\bamend", re.I)),
)
FLAG_TEXT = {
    "outside": "Uden for planens rammer",
    "further": "Indgår i det videre arbejde",
    "partial": "Delvist imødekommet",
    "change": "Planen ændres",
    "none": "Ingen ændring",
    "silent": "Intet høringssvar modtaget",
}


def _flag_values(cells: list[str], allowed: tuple[str, ...]) -> bool:
    vals = [c.strip().lower().rstrip(".") for c in cells if c and c.strip()]
    return bool(vals) and all(v in allowed for v in vals)


CHECK_MARK = re.compile(r"^(?:x|✓|✔|☒|☑|■|●|⊠)$", re.I)


def checkbox_columns(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]], list[str]] | None:
    """An outcome ticked in a grid of narrow columns each headed by an outcome ("Indarbejdet | Delvist | Ikke
    indarbejdet | Videre arbejde | Uden for planen"), one mark ("X", "✓") a row: the grid replaced by one outcome
    column holding the ticked column's header. None when the table has no such grid of three or more columns."""
    from ingest.handling import classify_handling

    # NOTE: a row merged across the table (a party's section row, "Følgende … ikke afgivet høringssvar:") holds
    # its one text in every column, the grid's too: no cell of the grid
    across = {k for k, r in enumerate(rows) if len(r) >= 2 and r[0] and all(c == r[0] for c in r)}
    # NOTE: a totals row ("I alt" | 4 | 3 | 4 | 2) counts the marks: no row of marks itself (and no point)
    from ingest.hoeringsnotat import TOTAL_ROW

    totals = {
        k
        for k, r in enumerate(rows)
        if k not in across
        and any(TOTAL_ROW.match((c or "").strip()) for c in r[:3])
        and not any(CHECK_MARK.match((c or "").strip()) for c in r)
    }
    grid = []
    for i, h in enumerate(header):
        cells = [(r[i] if i < len(r) else "").strip() for k, r in enumerate(rows) if k not in across | totals]
        code = classify_handling(h or "") if h and len(h) <= 40 else None
        if code and code != "reference" and all(not c or CHECK_MARK.match(c) for c in cells):
            grid.append(i)
    marked = lambda r: [i for i in grid if i < len(r) and (r[i] or "").strip()]  # noqa: E731
    body = [r for k, r in enumerate(rows) if k not in across | totals]
    if len(grid) < 3 or any(len(marked(r)) > 1 for r in body) or sum(1 for r in body if marked(r)) < 2:
        return None
    out_rows = [
        [c for i, c in enumerate(r) if i not in grid]
        + [r[0] if k in across else (header[marked(r)[0]] if marked(r) and k not in totals else "")]
        for k, r in enumerate(rows)
    ]
    out_header = [h for i, h in enumerate(header) if i not in grid] + ["Håndtering"]
    return out_header, out_rows, [header[i] for i in grid]


def flag_columns(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]], list[str]] | None:
    """An outcome spread over yes/no columns ("Ændres planen? (Ja/Nej)", "Omfang (Helt/Delvist)", "Indgår i videre
    arbejde (Ja/Nej)", "Uden for planens rammer (Ja/Nej)", "Svar modtaget (Ja/Nej)"): the flag columns replaced by
    one outcome column in words the handling vocabulary reads (a change first, then partly, out of scope, further
    work, else no change; "Nej" under "svar modtaget" is no response), with the headers of the columns read.
    None when the table has no change flag with at least one other flag.
    NOTE: a column is a flag only where every filled cell is a yes/no (or whole/partly) word, whatever its header."""
    ticked = checkbox_columns(header, rows)
    if ticked:
        return ticked
    found: dict[str, int] = {}
    for i, h in enumerate(header):
        cells = [r[i] if i < len(r) else "" for r in rows]
        for role, rx in FLAG_ROLES:
            if role in found or not rx.search(h or ""):
                continue
            allowed = YES + NO + (EXTENT_PARTIAL + EXTENT_FULL if role == "extent" else ())
            if _flag_values(cells, allowed):
                found[role] = i
                break
    if "change" not in found or len(found) < 2:
        return None

    def val(row: list[str], role: str) -> str:
        i = found.get(role)
        return (row[i] if i is not None and i < len(row) else "").strip().lower().rstrip(".")

    out_rows = []
    for r in rows:
        if val(r, "received") in NO and val(r, "received"):
            code = "silent"
        elif val(r, "change") in YES and val(r, "change"):
            code = "partial" if val(r, "extent") in EXTENT_PARTIAL and val(r, "extent") else "change"
        elif val(r, "outside") in YES and val(r, "outside"):
            code = "outside"
        elif val(r, "further") in YES and val(r, "further"):
            code = "further"
        elif any(val(r, role) for role in found if role != "received"):
            code = "none"
        else:
            code = ""
        out_rows.append([c for i, c in enumerate(r) if i not in found.values()] + [FLAG_TEXT[code] if code else ""])
    out_header = [h for i, h in enumerate(header) if i not in found.values()] + ["Håndtering"]
    return out_header, out_rows, [header[i] for i in sorted(found.values())]


# a column headed with both the remark and the answer ("Bemærkning / regionens svar", "Høringssvar og kommentar",
# "Resumé og svar"): the remark word before the answer word
BOTH_HEADER = re.compile(
    r"\b(?:bemærkning\w*|høringssvar\w*|resumé|indhold|remark\w*|comment\w*)\b.{0,6}?(?:/|\bog\b|&|\+|\band\b|–|-)\s*"
    r"(?:\w+(?:s|ens)\s+)?(?:svar|kommentar\w*|bemærkning\w*|vurdering\w*|answer|response|reply)\b",
    re.I,
)
# the answer's label inside such a cell: "Svar:", "Svar (bem. 5 og 6):", "Regionens svar:", "Kommentar:"
ANSWER_IN_CELL = re.compile(
    r"(?:^|(?<=[.!?:)”\"])\s+|\n\s*)(?P<label>(?:(?:regionens|kommunens|administrationens|forvaltningens|"
    r"sekretariatets|klyngens)\s+)?(?:svar|kommentar|vurdering|bemærkning)|answer|response|reply)"
    r"(?:\s*\((?P<refs>[^()]{1,40})\))?\s*:\s*",
    re.I,
)


def split_answer_column(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]], str] | None:
    """A column that holds the remark and, after a label, the answer to it ("Bemærkning / regionens svar": "… Svar:
    Regionen er enig …", a grey answer row under each remark row read into the same cell) split in two: the remark
    and the answer. Where an answer names the remarks it covers ("Svar (bem. 5 og 6): …") and a row of those numbers
    has no answer and no outcome of its own, that row gets the shared answer and outcome. None for any other table:
    the header must name both, and at least half of its filled cells must hold the label after some text."""
    for j, h in enumerate(header):
        if not h or not BOTH_HEADER.search(h):
            continue
        filled = [r[j] for r in rows if j < len(r) and (r[j] or "").strip()]
        cuts = [ANSWER_IN_CELL.search(c) for c in filled]
        if not filled or sum(1 for m in cuts if m and m.start() > 0) < max(2, len(filled) / 2):
            continue
        parts = re.split(r"\s*(?:/|\bog\b|&|\+|\band\b|–)\s*", h, maxsplit=1)
        remark_head, answer_head = parts[0], (parts[1] if len(parts) > 1 else "")
        new_header = header[:j] + [remark_head or "Bemærkning", answer_head or "Svar"] + header[j + 1 :]
        out, refs = [], []
        for r in rows:
            cell = r[j] if j < len(r) else ""
            m = ANSWER_IN_CELL.search(cell or "")
            if m and m.start() > 0:
                remark, answer = cell[: m.start()].strip(), cell[m.end() :].strip()
                refs.append(_answer_refs(m.group("refs")))
            else:
                remark, answer = cell, ""
                refs.append(set())
            out.append(r[:j] + [remark, answer] + r[j + 1 :])
        # the shared answer: rows it names by number, with no answer and no other filled cell to the right
        numcol = next((i for i, x in enumerate(header) if re.match(r"^(?:nr|løbe|id|bem)", (x or "").strip(), re.I)), 0)
        by_no = {(r[numcol] or "").strip().rstrip("."): i for i, r in enumerate(out) if numcol < len(r)}
        for i, nos in enumerate(refs):
            for no in nos:
                k = by_no.get(no)
                if k is None or k == i or out[k][j + 1]:
                    continue
                if any((c or "").strip() for c in out[k][j + 2 :]):
                    continue
                out[k] = out[k][: j + 1] + out[i][j + 1 :]
        return new_header, out, f"{h!r} split into the remark and the answer after its label"
    return None


def _answer_refs(refs: str | None) -> set[str]:
    """The remark numbers an answer's label names: "bem. 5 og 6" -> {5, 6}, "nr. 3-5" -> {3, 4, 5}."""
    if not refs:
        return set()
    out: set[str] = set()
    for a, b in re.findall(r"(\d+)\s*(?:[-–]\s*(\d+))?", refs):
        lo, hi = int(a), int(b or a)
        if 0 <= hi - lo <= 20:
            out |= {str(n) for n in range(lo, hi + 1)}
    return out
