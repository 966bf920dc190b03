"""One workshop session full of hostile text, shared by the pure and the Qt reliability tests.

Anyone in the room may type an actor's name, a note or their own name, and a session may
come from another tool: markup, template syntax, spreadsheet formulas, right-to-left text
with bidi overrides, emoji sequences, combining marks, control characters and very long
strings all have to survive every view and file format (or be removed where a format
cannot hold them, and said so). Built through the public ``Session`` API only.
"""

from __future__ import annotations

import re
from pathlib import Path

from workshop_app import Session

MARKUP = "<script>alert(1)</script>"
QUOTES = "\"quotes\" & 'apostrophes' <b>bold</b>"
CDATA = "]]><!-- not a comment"
TEMPLATE = "{{ 7*7 }} {% raw %} ${7*7}"
FORMULAS = ('=HYPERLINK("http://x")', "=1+1", "@SUM(A1)", "+cmd", "-2")
ARABIC = "بلدية عمّان"
HEBREW = "\u202eעיריית תל אביב\u202c"  # with a right-to-left override around it
EMOJI = "Lab 👩🏽‍🔬 🇳🇱 🏳️‍🌈"
COMBINING = "Cafe\u0301 Z\u0351\u0336\u0317a\u0300\u0301lgo"
CONTROLS = "Bell\x07 \x1b[31mRed\x1b[0m nul\x00 csi\x9b2J end"
LONG = ("Department of Very Long Names " * 400)[:9_999] + "!"  # 10,000 characters
NOTE = "first line\n\tindented <i>line</i>\r\nthird line\twith a tab ]]>"
SURROGATE = "Broken \ud800 half"

# Every name an actor gets (one actor per hostile string).
ACTOR_NAMES: tuple[str, ...] = (MARKUP, QUOTES, CDATA, TEMPLATE, *FORMULAS, ARABIC, HEBREW,
                                EMOJI, COMBINING, CONTROLS, LONG)
PARTICIPANT_NAMES: tuple[str, ...] = (f"Ana {MARKUP}", "=1+1", f"Dana {HEBREW}",
                                      f"Eve {CONTROLS}", f"Zoë {EMOJI}")
TITLE = f"Workshop {MARKUP} {TEMPLATE} {CONTROLS}"
HOSTILE_PHASE = f"Roll-out {QUOTES} {CONTROLS}"
CUSTOM_ROLE = f"role {MARKUP} {EMOJI}"
ATTRS = {"openness": MARKUP, "why": NOTE, "formula": "=1+1", "bidi": HEBREW}

# What XML 1.0 cannot carry; the exporters drop these characters and say so.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What must never reach a terminal raw: C0 (except newline and tab), DEL and C1 controls.
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def xml_clean(text: str) -> str:
    return NOT_XML.sub("", text)


def build_hostile_session(path: Path) -> Session:
    """Every hostile string as a name, role, note, vote-giver or title; two phases scored."""
    s = Session.create(path, title="placeholder")
    s.set_meta("title", TITLE)
    s.set_meta("public_value", f"Value {MARKUP} {TEMPLATE}")
    hostile = s.add_phase(HOSTILE_PHASE, "scaling")
    phases = ["design", "piloting", hostile]
    actors = []
    for i, name in enumerate(ACTOR_NAMES):
        kind = ("government", "private", "citizens", "civil_society")[i % 4]
        actors.append(s.add_actor(name, kind, "city", note=NOTE if i % 2 else name,
                                  x=(i % 5) * 220.0, y=(i // 5) * 180.0,
                                  present_in=phases if i < 6 else phases[:2]))
    s.set_presence(actors[0], "design", roles=["coordinator", CUSTOM_ROLE])
    s.set_presence(actors[-1], "piloting", roles=[CUSTOM_ROLE, "funder"])
    participants = [s.add_participant(name, organisation=QUOTES) for name in PARTICIPANT_NAMES]
    relations = []
    for i, (a, b) in enumerate(zip(actors, actors[1:])):
        kind = ("information", "data", "funding", "agreement")[i % 4]
        relations.append(s.add_relation(a, b, kind, directed=i % 3 != 0,
                                        note=NOTE if i % 2 else MARKUP, attrs=ATTRS))
    relations.append(s.add_relation(actors[-1], actors[0], "consultation", note=LONG))
    for i, rel in enumerate(relations):
        for j, who in enumerate(participants[:3]):
            s.score(rel, "design", 1 + (i + j) % 5, 1 + (i * 2 + j) % 5, 1 + (i + 2 * j) % 5,
                    participant=who)
        s.score(rel, "piloting", 5, 4 if i % 2 else 2, 5, participant=participants[-1])
    s.score(relations[0], hostile, 3, 3, 3, participant=participants[1])
    s.add_note(NOTE, phase="design")
    s.add_note(f"{MARKUP} {TEMPLATE} {CONTROLS} {HEBREW} {EMOJI}", phase="piloting")
    s.add_note(f"“{ARABIC}” said {EMOJI}", kind="quote", actor=actors[0],
               participant=participants[0])
    s.add_note(LONG, phase=hostile)
    return s


__all__ = ["build_hostile_session", "ACTOR_NAMES", "PARTICIPANT_NAMES", "TITLE",
           "HOSTILE_PHASE", "CUSTOM_ROLE", "ATTRS", "NOT_XML", "TERMINAL_CONTROLS", "xml_clean"]
