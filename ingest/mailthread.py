"""A høringsnotat written as an e-mail thread with inline replies: a caseworker forwards the parties' mails with the
administration's answer typed under each quoted remark ("> 1. Kredsen ønsker, …" then "BHS: Vi er enige. …").

Read as a plain-text notat, the mail headers look like label/value blocks, the sender ("Fra: Kredsformand Lise Kjær")
like a party, and greetings and signatures in the quote like points. Here the thread is turned into the notat it is,
line for line (line numbers kept, dropped lines left blank): each forwarded mail's subject "Høringssvar fra X" (after
"VS:", "SV:", "Fwd:" …) becomes a heading naming the party; a quoted paragraph that the caseworker answered right
under it is a point (its quote markers taken off), and the answer under it is the answer, labelled "Svar:" (an
answer labelled by the caseworker's initials, "BHS: …", or not at all); quoted paragraphs nobody answered (the
greeting, "Hermed afdelingens bemærkninger.", the signature) and the mail headers are left out. The cover mail above
the first forwarded one is kept as text (it may list the parties that did not answer).
"""

from __future__ import annotations

import re

HEADER = re.compile(
    r"^\s*(?:Fra|From|Sendt|Sent|Dato|Date|Til|To|Cc|Bcc|Emne|Subject|Vedhæftet|Vedhæftede filer|Attachments|"
    r"Prioritet|Importance)\s*:",
    re.I,
)
SENDER = re.compile(r"^\s*(?:Fra|From)\s*:\s*(?P<who>.*)$", re.I)
SUBJECT = re.compile(r"^\s*(?:Emne|Subject)\s*:\s*(?P<subj>.*)$", re.I)
SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:Oprindelig meddelelse|Original Message|Videresendt meddelelse|Forwarded message|"
    r"Videresendt mail|Begin forwarded message)\s*-{2,}\s*$",
    re.I,
)
REPLY_PREFIX = re.compile(r"^(?:(?:VS|SV|RE|FW|FWD|AW|WG|Vs|Sv|Re|Fw|Fwd)\s*:\s*)+")
FROM_SUBJECT = re.compile(
    r"^(?:Høringssvar|Høringsbemærkninger|Bemærkninger|Comments|Response)\s+(?:fra|from)\s+(?P<who>\S.*)$", re.I
)
QUOTE = re.compile(r"^\s*>\s?")
# the caseworker's answer under its initials ("BHS: …") or a label of its own ("Svar: …", "Kommentar: …")
INITIALS = re.compile(r"^(?P<label>[A-ZÆØÅ]{2,5})\s*:\s+(?=\S)")


def _party(subject: str, sender: str) -> str | None:
    subj = REPLY_PREFIX.sub("", subject.strip()).strip()
    m = FROM_SUBJECT.match(subj)
    if m:
        return m.group("who").strip().rstrip(".")
    who = re.sub(r"<[^>]*>|\[[^\]]*\]|\"", "", sender).strip()
    return who or None


def mail_thread(raws: list[str]) -> tuple[list[str], dict[int, int]] | None:
    """The lines of an inline-reply thread rewritten as a notat's (same count), and the indexes of the heading lines
    (a party's heading, level 2); None when the text is no such thread: two or more mail header blocks ("Fra:" …
    "Emne:"), and quoted remarks answered under their quote in at least two of the forwarded mails."""
    n = len(raws)
    starts: list[int] = []  # the "Fra:" line of each header block
    for i, raw in enumerate(raws):
        if SENDER.match(raw) and (i == 0 or not HEADER.match(raws[i - 1])):
            end = i
            while end + 1 < n and HEADER.match(raws[end + 1]):
                end += 1
            if any(SUBJECT.match(raws[j]) for j in range(i, end + 1)):
                starts.append(i)
    if len(starts) < 2:
        return None
    out = list(raws)
    heads: dict[int, int] = {}
    answered_mails = 0
    bounds = starts + [n]
    for b, s in enumerate(starts):
        e = s
        while e + 1 < n and HEADER.match(raws[e + 1]):
            e += 1
        body_end = bounds[b + 1]
        # a separator line right above the next header block belongs to that one
        while body_end - 1 > e and (SEPARATOR.match(raws[body_end - 1]) or not raws[body_end - 1].strip()):
            body_end -= 1
        body = list(range(e + 1, body_end))
        quoted = [j for j in body if QUOTE.match(raws[j])]
        if not quoted:
            for j in range(s, e + 1):
                out[j] = ""  # the cover mail: its headers go, its text stays
            continue
        # the body's paragraphs: runs of quoted lines with text, and runs of unquoted lines with text
        paras: list[tuple[str, list[int]]] = []
        for j in body:
            raw = raws[j]
            kind = "q" if QUOTE.match(raw) else "a"
            text = QUOTE.sub("", raw, count=1) if kind == "q" else raw
            if not text.strip():
                paras.append(("", []))
                continue
            if paras and paras[-1][0] == kind and paras[-1][1]:
                paras[-1][1].append(j)
            else:
                paras.append((kind, [j]))
        paras = [p for p in paras if p[1]]
        keep: dict[int, str] = {}
        answers = 0
        for k, (kind, idx) in enumerate(paras):
            if kind == "q" and k + 1 < len(paras) and paras[k + 1][0] == "a":
                for j in idx:
                    keep[j] = QUOTE.sub("", raws[j], count=1).rstrip()
            elif kind == "a" and k > 0 and paras[k - 1][0] in ("q", "a") and any(p[0] == "q" for p in paras[:k]):
                first = raws[idx[0]].strip()
                m = INITIALS.match(first)
                if paras[k - 1][0] == "a":
                    lead = first  # a second paragraph of the same answer
                elif m:
                    lead = "Svar: " + first[m.end() :]
                    answers += 1
                else:
                    lead = first if re.match(r"(?i)svar\s*:", first) else "Svar: " + first
                    answers += 1
                keep[idx[0]] = lead
                for j in idx[1:]:
                    keep[j] = raws[j].rstrip()
        if answers:
            answered_mails += 1
        sender = next((SENDER.match(raws[j]).group("who") for j in range(s, e + 1) if SENDER.match(raws[j])), "")
        subject = next((SUBJECT.match(raws[j]).group("subj") for j in range(s, e + 1) if SUBJECT.match(raws[j])), "")
        who = _party(subject, sender)
        for j in range(s, bounds[b + 1]):
            out[j] = keep.get(j, "")
        if who and answers:
            subj_line = next(j for j in range(s, e + 1) if SUBJECT.match(raws[j]))
            out[subj_line] = f"Høringssvar fra {who}"
            heads[subj_line] = 2
    # the separators above each forwarded mail, and the blank lines that stay, are no text
    for j, raw in enumerate(out):
        if SEPARATOR.match(raw):
            out[j] = ""
    if answered_mails < 2:
        return None
    return out, heads
