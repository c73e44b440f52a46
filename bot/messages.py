"""Every user-facing string of the bot layer: Slack's replies in Danish and English (`msg`), and the English texts of
the HTTP API and the CLI (`english`). What failed, and what to do next. The retrieval layer's texts (answers, drafts,
the overview) are in retrieval/wording.py."""

from __future__ import annotations

from retrieval.errors import ContextTooLong, InputError, NameEmpty, NameTooLong, QuestionEmpty, QuestionTooLong

MESSAGES: dict[str, dict[str, str]] = {
    "searching": {"da": "Søger…", "en": "Searching…"},
    "greeting": {
        "da": "Hej! Spørg mig om praksisplanen, sundhedsaftalen og høringssvarene. Jeg svarer med kilder.",
        "en": "Hi! Ask me about the practice plan, the health agreement and the consultation responses. I answer with sources.",
    },
    "empty": {
        "da": "Skriv et spørgsmål, fx: _Hvad sagde kommunerne om fasttilknyttede læger?_",
        "en": "Please write a question, e.g. _What did municipalities say about fasttilknyttede læger?_",
    },
    "too_long": {
        "da": "Spørgsmålet er for langt ({n} tegn; højst {limit}). Stil et kortere spørgsmål.",
        "en": "The question is too long ({n} characters; at most {limit}). Please ask a shorter question.",
    },
    "context_too_long": {
        "da": "Det tidligere spørgsmål i tråden er for langt til at blive læst med ({n} tegn; højst {limit}). Stil hele "
        "spørgsmålet i en ny tråd.",
        "en": "The earlier question in this thread is too long to be read with this one ({n} characters; at most "
        "{limit}). Please ask the whole question in a new thread.",
    },
    "name_empty": {
        "da": "Hvem skal svaret til? Skriv fx _Udkast til svar til Gribskov Kommune_.",
        "en": "Who is the reply to? Write e.g. _Draft a reply to Gribskov Kommune_.",
    },
    "name_too_long": {
        "da": "Navnet på høringsparten er for langt ({n} tegn; højst {limit}). Skriv kun navnet, fx _Udkast til svar "
        "til Gribskov Kommune_.",
        "en": "The respondent's name is too long ({n} characters; at most {limit}). Write just the name, e.g. _Draft "
        "a reply to Gribskov Kommune_.",
    },
    "error": {
        "da": "Beklager, noget gik galt, da jeg skulle svare. Prøv igen om lidt; fejlen er logget (id {ref}).",
        "en": "Sorry, something went wrong while answering. Please try again shortly; the error is logged (id {ref}).",
    },
    "not_allowed": {
        "da": "Beklager, jeg svarer kun i de kanaler og for de brugere, som administratoren har åbnet for.",
        "en": "Sorry, I only answer in the channels and for the users the administrator has enabled.",
    },
    "sources": {"da": "Kilder", "en": "Sources"},
    "continued": {"da": "(fortsat, del {i} af {n})", "en": "(continued, part {i} of {n})"},
    "feedback_thanks": {"da": "Tak for din feedback!", "en": "Thanks for your feedback!"},
    "feedback_good": {"da": "Godt svar", "en": "Good answer"},
    "feedback_bad": {"da": "Dårligt svar", "en": "Bad answer"},
    "export_xlsx": {"da": "Eksportér til Excel", "en": "Export to Excel"},
    "export_csv": {"da": "Eksportér til CSV", "en": "Export to CSV"},
    "export_comment": {
        "da": "Svaret på «{question}» som regneark: {n} punkter med kilder.",
        "en": "The answer to “{question}” as a spreadsheet: {n} items with sources.",
    },
    "export_gone": {
        "da": "Jeg kan ikke finde det svar længere. Stil spørgsmålet igen, så kan det eksporteres.",
        "en": "I can no longer find that answer. Ask the question again to export it.",
    },
    "overview_comment": {"da": "Oversigten som regneark.", "en": "The overview as a spreadsheet."},
    "draft_comment": {
        "da": "Udkastet som Word-dokument: ret det til, og tjek kilderne, før det sendes.",
        "en": "The draft as a Word document: edit it and check the sources before it is sent.",
    },
    "upload_failed": {
        "da": "Jeg kunne ikke lægge filen op i Slack ({error}). Inviter mig i kanalen, eller brug `plansvar` med `--out` på kommandolinjen.",
        "en": "I could not upload the file to Slack ({error}). Invite me to the channel, or use `plansvar` with `--out` on the command line.",
    },
    "show_all": {"da": "Vis alle {n}", "en": "Show all {n}"},
}

# the reply to each typed error of what a user sent (retrieval/errors.py): chosen by the type, never by its words;
# any other error gets "error" with a reference that is in the log
ERROR_REPLIES: dict[type[InputError], str] = {
    QuestionEmpty: "empty",
    QuestionTooLong: "too_long",
    ContextTooLong: "context_too_long",
    NameEmpty: "name_empty",
    NameTooLong: "name_too_long",
}

# NOTE: English only: the HTTP API's clients and the operators who run the CLI have always been answered in English
ENGLISH: dict[str, str] = {
    # HTTP (bot/api.py)
    "http_too_large": "The request body is too large{size}; the limit here is {limit} bytes.",
    "http_not_utf8_json": 'the body is not JSON in UTF-8: send an object such as {{"question": "…"}}, UTF-8 '
    "encoded, with content-type application/json",
    "http_misconfigured": "The server is not configured correctly; the operator's log has the details (ref {ref}).",
    "http_q_empty": "q is empty",
    "http_health_failed": "The health check failed; the server log says why.",
    "http_invalid": "invalid request",
    "slack_no_timestamp": "missing or non-numeric X-Slack-Request-Timestamp",
    "slack_stale": "stale timestamp",
    "slack_bad_signature": "bad signature",
    "slack_malformed_body": "malformed body: not a Slack JSON or form payload",
    "slack_malformed_payload": "malformed Slack payload",
    # the command line (bot/cli.py)
    "cli_invalid_config": "invalid configuration: {errors}",
    "cli_no_memory": "This reads like a follow-up, but `plansvar ask` remembers no earlier question: pass it with "
    '--context "<earlier question>" (a Slack thread keeps it for you).',
    "cli_ask_usage": 'ask needs a question, e.g. plansvar ask "Hvad sagde Gribskov om lægedækning?"',
    "cli_draft_usage": 'draft needs a respondent, e.g. plansvar draft "Gribskov Kommune"',
    "cli_no_app_token": "Socket Mode needs SLACK_APP_TOKEN (xapp-…, connections:write). See README, 'Connect to Slack'.",
    "cli_bad_bot_token": "Slack did not accept SLACK_BOT_TOKEN: {error}",
    "cli_entry_not_object": "not an object with a text 'question'",
    "cli_entry_failed": "unexpected error ({error}); the log has the details",
    "cli_entries_failed": "plansvar: {bad} of {n} entries could not be answered (see their 'error')",
    "cli_exported": "exported {n} items to {path}",
    "cli_draft_written": "draft written to {path}",
    "cli_overview_written": "overview written to {path}",
    "cli_no_feedback": "No feedback yet.",
    "cli_nothing_ingested": "Nothing could be ingested.",
    "cli_no_documents": "No documents found.",
    "cli_warning": "plansvar: warning: {error}",
    "cli_loading": "plansvar: loading the index and the question reader …",
    "cli_loaded": "plansvar: index loaded in {seconds} s",
    "cli_serving": "plansvar API on http://{host}:{port} (docs: /docs); Slack HTTP mode: {slack}",
    "cli_slack_on": "on /slack/events",
    "cli_slack_off": "off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET)",
    "cli_connected": "plansvar bot @{user} connected in Socket Mode; Ctrl-C stops it.",
    "cli_error": "plansvar: {error}",
    "cli_interrupted": "plansvar: interrupted",
    "cli_unexpected": "plansvar: unexpected error ({kind}: {error}). Run with PLANSVAR_LOG_LEVEL=DEBUG for the details.",
}

# the spreadsheets' sheet and column names (bot/exports.py). NOTE: Danish only: they are the secretariat's working
# files, whatever language the question was in; columns named like the JSON's fields (respondent, doc, …) stay so
SHEETS: dict[str, str | tuple[str, ...]] = {
    "answer": "svar",
    "answer_columns": ("spørgsmål", "svar", "fundet"),
    "sources": "kilder",
    # the columns of the sources sheet (bot/exports.py CITATION_COLUMNS, in that order)
    "citation_columns": (
        "nr",
        "høringspart",
        "type",
        "punkt",
        "tema",
        "håndtering",
        "tekstændring",
        "høring",
        "dokument",
        "afsnit",
        "side",
        "fra linje",
        "til linje",
        "tekst",
    ),
    "type_column": "type",
    "consultations": "høringer",
    "consultation_columns": ("høring", "dato", "høringspunkter", "parter", "uden svar"),
    "silent_columns": ("høringspart", "type"),
    "type_handling": "type x håndtering",
    "themes": "temaer",
    "theme_columns": ("tema", "høringspunkter"),
    "silent": "uden høringssvar",
    "points": "punkter",
    "point_columns": (
        "nr",
        "punkt",
        "tema",
        "resumé",
        "håndtering",
        "samme som",
        "kommentar/tekstændring",
        "planens tekst",
        "svarafsnit (sprogmodel)",
        "kilde",
    ),
}

SUGGESTED_PROMPTS = [
    {"title": "Kommunerne om fasttilknyttede læger", "message": "Hvad sagde kommunerne om fasttilknyttede læger?"},
    {"title": "Høringssvar der førte til ændringer", "message": "Which responses led to text changes?"},
]


def msg(key: str, lang: str = "da", **values) -> str:
    text = MESSAGES[key].get(lang) or MESSAGES[key]["da"]
    return text.format(**values) if values else text


def english(key: str, **values) -> str:
    """ENGLISH[key] with the values filled in (always formatted, so "{{" is a literal brace)."""
    return ENGLISH[key].format(**values)


def error_reply(e: Exception, lang: str = "da") -> str | None:
    """The Slack reply to a typed input error, in the user's language; None for any other error."""
    for cls in type(e).__mro__:
        key = ERROR_REPLIES.get(cls)
        if key is not None:
            return msg(key, lang, **e.values)
    return None
