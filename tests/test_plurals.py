"""Counts read as English in every screen, export and message: "1 actor", "2 actors".

Two checks: no text the app shows (Python strings, the HTML snapshot's template and script)
falls back to "actor(s)", and counts rendered by the app's own code agree with 0, 1 and 2.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.io.html_snapshot import render_html
from workshop_app.io.pack_text import phase_html, title_html

PACKAGE = Path(__file__).resolve().parents[1] / "workshop_app"
HEDGED = re.compile(r"[A-Za-z]\(s\)")


def _python_strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal; in an f-string only its text, not the code in its braces."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    out = []
    for t in tokens:
        if t.type == tokenize.STRING:
            prefix = t.string[:t.string.find(t.string.lstrip("rRbBuUfF")[0])].lower()
            text = re.sub(r"\{[^{}]*\}", "", t.string) if "f" in prefix else t.string
            out.append((t.start[0], text))
    return out


def _template_text(path: Path) -> list[tuple[int, str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if path.suffix == ".js":
            out += [(n, s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', line)]
        else:  # jinja: what is outside {{ }} and {% %} is text
            out.append((n, re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", line)))
    return out


def test_no_text_of_the_app_says_actor_s() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix == ".py":
            pieces = _python_strings(path)
        elif path.suffix in (".j2", ".js", ".html"):
            pieces = _template_text(path)
        else:
            continue
        for line, text in pieces:
            if path.name == "wording.py":
                continue  # it names the habit it replaces
            if HEDGED.search(text):
                found.append(f"{path.relative_to(PACKAGE)}:{line}: {text.strip()[:80]}")
    assert not found, "use domain.wording.count instead of '(s)':\n" + "\n".join(found)


@pytest.mark.parametrize(("actors", "relations", "said"), [
    (0, 0, ("0 actors", "0 relations", "take")), (1, 0, ("1 actor", "0 relations", "takes")),
    (2, 1, ("2 actors", "1 relation", "take")), (3, 2, ("3 actors", "2 relations", "take")),
])
def test_exports_count_in_english(tmp_path: Path, actors: int, relations: int,
                                  said: tuple[str, str, str]) -> None:
    s = Session.create(tmp_path / "c.workshop", title="Counts", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        made = [s.add_actor(f"Actor {i}", present_in=["Design"]) for i in range(actors)]
        for i in range(relations):
            s.add_relation(made[i], made[i + 1], "information")
    model, design = s.model, s.phases[0]
    a, r, verb = said
    assert f"{a} · {r} · 0 scored" in render_html(s)
    assert f"— {a}, {r}" in title_html(model, title="Counts", day="today", pseudonymised=False)
    roster = phase_html(model, design, pseudonymised=False)
    assert f"{a} {verb} part" in roster and f"{r}, 0 of them scored" in roster
    s.close()
