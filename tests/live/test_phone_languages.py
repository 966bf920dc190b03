"""Each phone reads the page in its own language: the one it picked (``?lang=``), else its
browser's, else the facilitator's; two phones in the same round can read two languages."""

from __future__ import annotations

from typing import Any, Callable, Iterator

import pytest

from workshop_app.domain import i18n
from workshop_app.live.server import VotingServer


@pytest.fixture(autouse=True)
def _facilitator_speaks_english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def _said(lang: str, text: str, disambiguation: str = "") -> str:
    with i18n.using(lang):
        said = i18n.tr(text, disambiguation or None)
    assert said != text, f"no {lang} translation of {text!r}"
    return said


def test_a_phone_that_picked_italian_reads_italian(server: VotingServer, client: Any) -> None:
    page = client.get(f"/?code={server.join_code}&lang=it")
    assert page.status == 200
    assert '<html lang="it"' in page.text
    assert _said("it", "Send my scores") in page.text and "Send my scores" not in page.text
    question = client.get(f"/question?code={server.join_code}&lang=it").json()["question"]
    assert [d["label"] for d in question["dimensions"]] == [
        _said("it", "Trust", "dimension"), _said("it", "Commitment", "dimension"),
        _said("it", "Interdependence", "dimension")]


def test_a_french_browser_gets_french_and_a_japanese_one_the_facilitators(
        server: VotingServer, make_client: Callable[..., Any]) -> None:
    french, japanese = make_client(server.port), make_client(server.port)
    page = french.request("GET", f"/?code={server.join_code}",
                          headers={"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.5"})
    assert _said("fr", "Send my scores") in page.text and '<html lang="fr"' in page.text
    other = japanese.request("GET", f"/?code={server.join_code}", headers={"Accept-Language": "ja-JP"})
    assert "Send my scores" in other.text and '<html lang="en"' in other.text


def test_two_phones_in_one_round_each_keep_their_language(
        server: VotingServer, make_client: Callable[..., Any], room: Any) -> None:
    room.current = None  # between questions: the waiting page
    german, spanish = make_client(server.port), make_client(server.port)
    for _ in range(3):  # interleaved, as phones poll: no phone's language leaks into another's
        de = german.get(f"/?code={server.join_code}&lang=de")
        es = spanish.get(f"/?code={server.join_code}&lang=es")
        assert _said("de", "Waiting for the next relation…") in de.text
        assert _said("es", "Waiting for the next relation…") in es.text
    assert i18n.language() == "en"  # the facilitator's console is untouched


def test_the_join_page_offers_every_language_named_in_itself(server: VotingServer, client: Any) -> None:
    page = client.get("/?lang=es")
    assert page.status == 403  # no code yet: the join page
    assert _said("es", "Enter the join code") in page.text
    for name in i18n.LANGUAGES.values():
        assert name in page.text
