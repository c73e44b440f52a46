"""Issue 11, texts and errors: every user-facing text has both languages with the same fields; typed errors carry
their values and each gets its own reply in Slack (by type, never by message words) and its own 422 over HTTP."""

from __future__ import annotations

import string

import pytest

from bot.messages import ENGLISH, ERROR_REPLIES, MESSAGES, error_reply, msg
from bot.slack_app import _user_error
from retrieval import inputs
from retrieval.errors import (
    ContextTooLong,
    IdTooLong,
    InputError,
    NameEmpty,
    NameTooLong,
    PlansvarError,
    QuestionEmpty,
    QuestionTooLong,
)
from retrieval.wording import LETTER, WORDING, letter, say


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("table", [WORDING, MESSAGES], ids=["retrieval/wording.py", "bot/messages.py"])
def test_every_text_has_both_languages_with_the_same_fields(table):
    for key, texts in table.items():
        assert set(texts) == {"da", "en"}, key
        assert all(isinstance(t, str) and t for t in texts.values()), key
        assert fields(texts["da"]) == fields(texts["en"]), key


def test_single_language_tables_format():
    for key, text in LETTER.items():
        assert letter(key, **dict.fromkeys(fields(text), "x")), key
    for text in ENGLISH.values():
        assert text.format(**dict.fromkeys(fields(text), "x"))


def test_say_falls_back_to_danish_and_fills_values():
    assert say("not_found", "en") == "The documents do not say."
    assert say("not_found", "xx") == say("not_found", "da") == "Det fremgår ikke af dokumenterne."
    assert say("rows_all", "da", n=3) == "Alle 3 høringspunkter"


TYPED = [QuestionEmpty(), QuestionTooLong(2001, 2000), ContextTooLong(2500, 2000), NameEmpty(), NameTooLong(269, 200)]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_typed_error_has_its_own_reply_in_both_languages(lang):
    replies = [_user_error(e, lang) for e in TYPED]
    assert len(set(replies)) == len(TYPED)  # no two errors share a reply
    for e, reply in zip(TYPED, replies):
        assert reply == msg(ERROR_REPLIES[type(e)], lang, **e.values)
        assert "{" not in reply and not reply.startswith(("Beklager", "Sorry"))  # filled in; not the apology
        for v in e.values.values():
            assert str(v) in reply
    other = {r for r in (_user_error(e, "en" if lang == "da" else "da") for e in TYPED)}
    assert not set(replies) & other  # the two languages differ


def test_replies_follow_the_type_not_the_words():
    # the bug of issue 11: a long respondent's name was answered as a long question (its text has "limit is")
    assert _user_error(NameTooLong(269, 200), "da").startswith(
        "Navnet på høringsparten er for langt (269 tegn; højst 200)"
    )
    assert _user_error(QuestionTooLong(2001, 2000), "da").startswith("Spørgsmålet er for langt (2001 tegn; højst 2000)")
    # an error whose words look like an input error but whose type is not: the apology with a reference
    odd = PlansvarError("the question is empty; the limit is 2000")
    assert error_reply(odd) is None and _user_error(odd, "da").startswith("Beklager, noget gik galt")


def test_typed_errors_carry_their_values_and_keep_their_message():
    e = NameTooLong(269, 200)
    assert (e.n, e.limit, e.field, e.code) == (269, 200, "respondent", "name_too_long")
    assert str(e) == "the respondent's name is 269 characters long; the limit is 200."
    assert isinstance(e, PlansvarError) and isinstance(e, ValueError)  # a ValueError: pydantic validators use them
    assert str(QuestionTooLong(2001, 2000)).startswith("the question is 2001 characters long; the limit is 2000")
    assert "context" in str(ContextTooLong(2500, 2000)) and IdTooLong(201, 200).field == "id"


@pytest.mark.parametrize(
    "check,text,error",
    [
        (inputs.question, "", QuestionEmpty),
        (inputs.question, " \u200b ", QuestionEmpty),
        (inputs.question, "x" * 2001, QuestionTooLong),
        (inputs.context, "x" * 2001, ContextTooLong),
        (inputs.respondent, "x" * 201, NameTooLong),
        (inputs.client_id, "x" * 201, IdTooLong),
    ],
)
def test_the_checks_raise_the_typed_errors(check, text, error):
    with pytest.raises(error):
        check(text)


def test_the_checks_pass_what_fits():
    assert inputs.question("  Hvad  sagde\nGribskov? ") == "Hvad sagde Gribskov?"
    assert inputs.context("") is None and inputs.respondent("") == "" and inputs.client_id(None) is None
    with pytest.raises(NameEmpty):
        inputs.respondent("  ", required=True)
    assert issubclass(NameEmpty, InputError)
