"""Answer -> Block Kit messages: the answer, then each item with its citation as a compact context line. Long answers
are split within Slack's limits (50 blocks a message, 3000 characters a text) without losing an item."""

from __future__ import annotations

import re

from bot.messages import msg
from retrieval.text import cite_parts
from retrieval.types import Answer, Citation

MAX_BLOCKS = 50
MAX_TEXT = 3000
FEEDBACK_ACTION = "plansvar_feedback"
EXPORT_ACTION = "plansvar_export"  # plansvar_export_xlsx, plansvar_export_csv
SHOW_ALL_ACTION = "plansvar_show_all"  # a topic narrowed the filtered rows: post all of them


def escape(text: str) -> str:
    """Slack mrkdwn control characters: &, <, > (so "<!channel>" in a document cannot ping anyone)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def cite_line(c: Citation, lang: str = "da") -> str:
    """respondent · point · handling · page (rows); document · section · lines (plans): retrieval/text.py cite_parts."""
    return escape(" · ".join(cite_parts(c, lang)))


def _chunks(text: str, size: int = MAX_TEXT) -> list[str]:
    """Split at line breaks (then spaces) so that no piece passes Slack's text limit."""
    out, cur = [], ""
    for line in text.split("\n"):
        while len(line) > size:
            cut = line.rfind(" ", 0, size) or size
            out.append((cur + "\n" + line[:cut]).strip("\n") if cur else line[:cut])
            cur, line = "", line[cut:].lstrip()
        if len(cur) + len(line) + 1 > size:
            out.append(cur)
            cur = line
        else:
            cur = f"{cur}\n{line}" if cur else line
    if cur:
        out.append(cur)
    return out


def exportable(ans: Answer) -> bool:
    """A list worth a spreadsheet: a found answer with two or more cited items."""
    return ans.found and len(ans.citations) >= 2


def answer_blocks(ans: Answer, lang: str = "da", answer_id: str | None = None) -> list[list[dict]]:
    """The answer as one or more messages' blocks. Items whose lines end in [k] get their citation right under them;
    the last message ends with the export buttons (list answers) and the feedback buttons."""
    blocks: list[dict] = [_context(escape(ans.reading))] if ans.reading else []
    cited = set()
    pending: list[str] = []

    def flush_text():
        if pending:
            for piece in _chunks("\n".join(pending)):
                blocks.append(_section(piece))
            pending.clear()

    for line in ans.answer.split("\n"):
        keys = [int(k) for k in re.findall(r"\[(\d+)\]", line)]
        if keys and all(1 <= k <= len(ans.citations) for k in keys):
            pending.append(escape(line))
            flush_text()
            for k in keys:
                blocks.append(_context(f"[{k}] {cite_line(ans.citations[k - 1], lang)}"))
                cited.add(k)
        elif line.strip():
            pending.append(_bold_header(escape(line)))
        else:
            flush_text()
    flush_text()
    rest = [k for k in range(1, len(ans.citations) + 1) if k not in cited]
    if rest:
        blocks.append(_section(f"*{msg('sources', lang)}*"))
        for k in rest:
            blocks.append(_context(f"[{k}] {cite_line(ans.citations[k - 1], lang)}"))
    messages = _split(blocks)
    if answer_id:
        tail = action_blocks(ans, answer_id, lang)
        if len(messages[-1]) + len(tail) > MAX_BLOCKS:
            messages.append([])
        messages[-1].extend(tail)
    return messages


def _bold_header(line: str) -> str:
    """A respondent line ("Gribskov Kommune:") reads as a header."""
    return f"*{line}*" if re.fullmatch(r"[^\s].{1,150}:", line) and "[" not in line else line


def _split(blocks: list[dict]) -> list[list[dict]]:
    """Messages of at most MAX_BLOCKS blocks; an item and its citation line stay together."""
    messages: list[list[dict]] = [[]]
    i = 0
    while i < len(blocks):
        group = [blocks[i]]
        while (
            i + len(group) < len(blocks)
            and blocks[i + len(group)]["type"] == "context"
            and group[0]["type"] == "section"
        ):
            group.append(blocks[i + len(group)])
        if len(messages[-1]) + len(group) > MAX_BLOCKS - 2:  # room for a "continued" line and the feedback block
            messages.append([])
        messages[-1].extend(group)
        i += len(group)
    return [m for m in messages if m] or [[_section(" ")]]


def feedback_block(answer_id: str, lang: str = "da") -> dict:
    """👍/👎 feedback buttons (Block Kit feedback_buttons in a context_actions block)."""
    return {
        "type": "context_actions",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": FEEDBACK_ACTION,
                "positive_button": {
                    "text": {"type": "plain_text", "text": "👍"},
                    "value": f"up:{answer_id}",
                    "accessibility_label": msg("feedback_good", lang),
                },
                "negative_button": {
                    "text": {"type": "plain_text", "text": "👎"},
                    "value": f"down:{answer_id}",
                    "accessibility_label": msg("feedback_bad", lang),
                },
            }
        ],
    }


def action_blocks(ans: Answer, answer_id: str, lang: str = "da") -> list[dict]:
    """What ends an answer: "show all N" where a topic narrowed the list, the export buttons (list answers),
    then 👍/👎."""
    out = []
    if ans.matched_filters and ans.returned is not None and ans.returned < ans.matched_filters:
        out.append(
            {
                "type": "actions",
                "block_id": "plansvar_show_all",
                "elements": [
                    {
                        "type": "button",
                        "action_id": SHOW_ALL_ACTION,
                        "value": answer_id,
                        "text": {"type": "plain_text", "text": msg("show_all", lang, n=ans.matched_filters)},
                    }
                ],
            }
        )
    return out + ([export_block(answer_id, lang)] if exportable(ans) else []) + [feedback_block(answer_id, lang)]


def export_block(answer_id: str, lang: str = "da") -> dict:
    """Buttons that upload the answer's items with their citations as a spreadsheet to the thread."""
    return {
        "type": "actions",
        "block_id": "plansvar_export",
        "elements": [
            {
                "type": "button",
                "action_id": f"{EXPORT_ACTION}_{fmt}",
                "value": f"{fmt}:{answer_id}",
                "text": {"type": "plain_text", "text": msg(f"export_{fmt}", lang)},
            }
            for fmt in ("xlsx", "csv")
        ],
    }


def plain_text(messages: list[list[dict]]) -> str:
    """A text rendering of the blocks (for notifications, logs and the README example)."""
    out = []
    for blocks in messages:
        for b in blocks:
            if b["type"] == "section":
                out.append(b["text"]["text"])
            elif b["type"] == "context":
                out.append("    " + " ".join(e.get("text", "") for e in b["elements"]))
            elif b["type"] == "context_actions":
                out.append("[👍] [👎]")
    return "\n".join(out)
