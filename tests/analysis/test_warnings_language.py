"""The pattern warnings and the facilitation prompts speak the language in force: a German
console reads a translated title, sentence or prompt in German (with the verb that goes with
the number of actors named), everything not translated yet in English, and the English stays
word for word what it was. The citations, ids and frameworks are never translated. Pure: no Qt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from conftest import Sketch
from german_warnings import P1_TEXT, P1_TEXT_DE, W1_TITLE, W1_TITLE_DE, german  # noqa: F401

from workshop_app.analysis.prompts import PROMPTS, STAGES, prompts_for, stage_label
from workshop_app.analysis.warnings import WARNING_RULES, PatternWarning, compute_warnings
from workshop_app.domain import i18n

ROOT = Path(__file__).resolve().parents[2]


def _of(sk: Sketch, rule: str) -> list[PatternWarning]:
    return [w for w in compute_warnings(sk.model) if w.id == rule]


def _design_without_citizens(sk: Sketch) -> None:
    sk.phases("design", "piloting")
    sk.actor("City", present=(0, 1))


def test_a_german_console_reads_a_warning_in_german_and_english_is_unchanged(
        sketch: Sketch, german: Path) -> None:
    _design_without_citizens(sketch)
    city = sketch.model.actors[0]
    sketch.rel(city, sketch.actor("Port", present=(1,)))
    library = sketch.actor("Library", present=(1,))
    [w1] = _of(sketch, "W1")
    assert w1.message == W1_TITLE_DE
    assert w1.detail == "In Design nimmt kein Bürgerakteur teil."
    assert w1.source == WARNING_RULES["W1"].source  # the citation stays as the paper says it
    assert WARNING_RULES["W1"].message == W1_TITLE  # the catalogue keeps the English source
    [w19] = _of(sketch, "W19")  # no German for W19 in the test catalogue: English
    assert w19.message == WARNING_RULES["W19"].message
    assert w19.detail == "Library takes part in Piloting, but no relation is recorded for it there."
    assert w19.actor_ids == (library.id,)
    i18n.set_language("en")
    [w1] = _of(sketch, "W1")
    assert (w1.message, w1.detail) == (W1_TITLE, "No citizens actor takes part in Design.")


def test_the_verb_follows_the_number_of_actors_named(sketch: Sketch, german: Path) -> None:
    sketch.phases("design", "piloting")
    sketch.actor("City", present=(0, 1))
    sketch.actor("Residents", "citizens", present=(1,))  # recorded absent from the design
    assert _of(sketch, "W1")[0].detail == "Residents ist in Design als abwesend erfasst."
    sketch.actor("Cyclists", "citizens", present=(1,))
    assert _of(sketch, "W1")[0].detail == "Cyclists und Residents sind in Design als abwesend erfasst."
    i18n.set_language("en")
    assert _of(sketch, "W1")[0].detail == "Cyclists and Residents are recorded as absent from Design."


def test_a_counted_sentence_not_translated_yet_keeps_its_english_plural(sketch: Sketch, german: Path) -> None:
    sketch.phases("piloting")
    a, b = sketch.actor("A"), sketch.actor("B")
    sketch.rel(a, b)
    sketch.actor("Library")
    sketch.actor("Museum")
    [w19] = _of(sketch, "W19")
    assert w19.detail == ("Library und Museum take part in Piloting, but no relation is recorded "
                          "for them there.")


def test_a_german_console_reads_the_prompts_in_german(german: Path) -> None:
    design = prompts_for("design")
    first = design[0]
    assert first.question == P1_TEXT_DE
    assert first.text == P1_TEXT  # what a session's ticks and the exports refer to
    assert (first.id, first.framework, first.source) == ("P1", "Assemblage", "000")
    assert first.stage_label == stage_label("design") == "Entwurf"
    assert design[1].question == design[1].text  # not translated yet: English
    assert stage_label("any") == "Any phase"
    i18n.set_language("en")
    assert first.question == P1_TEXT and first.stage_label == "Design"


def _code_messages() -> dict:
    spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "scripts" / "i18n_update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.extract()


def test_every_warning_title_and_prompt_is_a_message_for_the_translators() -> None:
    found = _code_messages()
    wanted = ([r.message for r in WARNING_RULES.values()] + [p.text for p in PROMPTS]
              + list(STAGES.values()))
    assert [text for text in wanted if (text, "") not in found] == []
    counted = [  # the sentences whose verb follows how many actors they name
        "{names} is recorded as absent from {phase}.",
        "No actor in {phase} acts at neighbourhood or city level; {actors} acts internationally.",
        "In {phase}, {actors} acts internationally ({names}) but only {local} at neighbourhood or "
        "city level.",
        "{names} takes part in {phase} without any relation, with little say recorded (influence or "
        "roles).",
        "{names} takes part in {phase}, but no relation is recorded for it there.",
        "{names} appears for the first time in {phase}, {relations} already.",
        "{names} first takes part in {phase}, after {after}, when it was recorded absent.",
    ]
    assert [text for text in counted if (text, "") not in found or not found[(text, "")].numerus] == []


def test_the_pack_and_the_report_list_a_ticked_prompt_in_german(sketch: Sketch, german: Path) -> None:
    from workshop_app.domain.commands_notes import SetPromptCheck
    from workshop_app.io import pack_text
    from workshop_app.io.report.content import build_report
    from workshop_app.io.report.document import all_text

    [design] = sketch.phases("design")
    sketch.actor("City")
    sketch.s.execute(SetPromptCheck(phase_id=design.id, prompt_id="P1", done=True))
    page = pack_text.phase_html(sketch.model, sketch.model.phase(design.id), pseudonymised=False)
    assert P1_TEXT_DE in page and P1_TEXT not in page
    assert "[Assemblage, 000]" in page
    words = all_text(build_report(sketch.model, title="Sketch", day="2026-03-01", pseudonymised=False))
    assert P1_TEXT_DE in words and P1_TEXT not in words
