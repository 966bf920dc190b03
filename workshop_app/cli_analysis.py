"""Headless analysis sub-commands: ``diff``, ``metrics`` and ``warnings``.

Each opens the session read-only (looking never changes a file), prints a readable text
report by default and JSON with ``--json``, and imports no Qt, so researchers can run them
on a server or in a notebook's shell. Phases are named on the command line the way people
say them: by name, by key, or by 1-based position.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cli_output import say
from .cli_text import json_text, terminal_safe
from .domain.commands import CommandError
from .domain.wording import count

if TYPE_CHECKING:  # pragma: no cover
    from .analysis.agreement import Agreement, Alpha
    from .analysis.diff import PhaseDiff
    from .analysis.metrics import PhaseMetrics
    from .analysis.warnings import PatternWarning
    from .domain.model import Phase
    from .session import Session

PROG = "workshop-app"


class UnknownPhaseError(CommandError):
    """A phase named on the command line that the session does not have."""


def resolve_phase(session: "Session", ref: str) -> "Phase":
    """A phase by exact name, 1-based position, key, or name in any case."""
    phases = session.phases
    text = ref.strip()
    for p in phases:
        if p.name == text:
            return p
    if text.isdigit() and 1 <= int(text) <= len(phases):
        return phases[int(text) - 1]
    by_key = [p for p in phases if p.key and p.key == text.lower()]
    if len(by_key) == 1:
        return by_key[0]
    by_name = [p for p in phases if p.name.casefold() == text.casefold()]
    if len(by_name) == 1:
        return by_name[0]
    known = "; ".join(f'{i} "{p.name}"' + (f" ({p.key})" if p.key else "")
                      for i, p in enumerate(phases, start=1))
    why = "is ambiguous" if len(by_key) > 1 else "is not in this session"
    raise UnknownPhaseError(f"phase {ref!r} {why}; give a name, key or number: "
                            f"{known or 'the session has no phases'}")


def _open(path: Path) -> "Session":
    from .session import Session

    return Session.open(path, read_only=True)


def _print_json(data: Any) -> None:
    say(json_text(data))


def _parser(name: str, description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"{PROG} {name}", description=description)
    p.add_argument("path", type=Path, help="a .workshop session file (opened read-only)")
    return p


# -- diff ---------------------------------------------------------------------------------
def cmd_diff(argv: list[str]) -> int:
    """Print what changed between two phases (any two, in the order given)."""
    p = _parser("diff", "Show who joined and left (recorded absent), who is present in one "
                "phase and not described in the other, whose roles changed, which relations "
                "appeared, ended or went undescribed and which scores changed level between two "
                "phases.")
    p.add_argument("phase_a", metavar="PHASE_A", help="phase name, key or number (1 = first)")
    p.add_argument("phase_b", metavar="PHASE_B", help="phase name, key or number")
    p.add_argument("--json", action="store_true", help="print the differences as JSON")
    args = p.parse_args(argv)
    from .analysis.diff import diff_phases

    with _open(args.path) as session:
        a, b = resolve_phase(session, args.phase_a), resolve_phase(session, args.phase_b)
        diff = diff_phases(session.model, a.id, b.id)
        title = session.title
    if args.json:
        _print_json({"title": title, **diff.to_dict()})
    else:
        say(terminal_safe(format_diff(title, diff)))
    return 0


def format_diff(title: str, diff: "PhaseDiff") -> str:
    lines = [title, f'From "{diff.phase_a_name}" to "{diff.phase_b_name}"']
    if not diff.items:
        lines += ["", "  No differences."]
    for _kind, heading, items in diff.groups():
        lines += ["", f"{heading} ({len(items)})"]
        lines += [f"  - {item.text}" for item in items]
    return "\n".join(lines)


# -- metrics ------------------------------------------------------------------------------
def cmd_metrics(argv: list[str]) -> int:
    """Print per-phase network metrics."""
    p = _parser("metrics", "Show per phase: actors by type and scale, relations by kind, "
                "density, centralisation, brokers, components, score summaries and 3C shares.")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = p.parse_args(argv)
    from .analysis.agreement import session_agreement
    from .analysis.metrics import all_phase_metrics

    with _open(args.path) as session:
        metrics = all_phase_metrics(session.model)
        agreement = session_agreement(session.model)
        title = session.title
    if args.json:
        _print_json({"title": title, "phases": [
            {**m.to_dict(), "agreement": {d: a.to_dict() for d, a in
                                          agreement.phases.get(m.phase_id, {}).items()}}
            for m in metrics], "agreement": agreement.to_dict()})
    else:
        say(terminal_safe(format_metrics(title, metrics, agreement)))
    return 0


def _nonzero(counts: dict[str, int]) -> str:
    parts = [f"{k.replace('_', ' ')} {v}" for k, v in counts.items() if v]
    return ", ".join(parts) or "-"


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_metrics(title: str, metrics: list["PhaseMetrics"],
                   agreement: "Agreement | None" = None) -> str:
    lines = [title, "Scores are ordinal (1-5): median and IQR of the relations' medians; "
             "unscored relations are left out."]
    if agreement is not None:
        lines += ["", f"Agreement, whole session ({count(agreement.voters, 'room participant')}; "
                  "Krippendorff's alpha, ordinal, room votes only)"]
        lines += [f"   {(label or 'all dimensions').ljust(16)}  {text}"
                  for label, text in _agreement_rows(agreement.session)]
    for m in metrics:
        key = f" ({m.key})" if m.key else ""
        lines += ["", f"{m.position}. {m.phase}{key}"]
        rows: list[tuple[str, str]] = [
            ("actors", f"{m.actors}   {_nonzero(m.actors_by_type)}"),
            ("presence", _nonzero(m.presence_states)),
            ("by scale", _nonzero(m.actors_by_scale)),
            ("relations", f"{m.relations}   {_nonzero(m.relations_by_kind)}"),
            ("relation states", _nonzero(m.relation_states)),
            ("density", _num(m.density)),
            ("centralisation", _num(m.degree_centralisation) + "  (Freeman, degree)"),
            ("components", str(m.components)),
        ]
        brokers = ", ".join(f"{b.name} {b.betweenness:.2f}" for b in m.brokers) or "-"
        if m.betweenness_sampled:
            brokers += f"  (estimated from {m.betweenness_samples} sampled actors)"
        rows.append(("brokers", brokers))
        for dim, s in m.scores.items():
            if s.scored:
                text = (f"median {s.median}, IQR {s.q1}-{s.q3}, range {s.min}-{s.max}, "
                        f"mean {s.mean:.1f}  ({s.scored} scored)")
            else:
                text = "not scored"
            rows.append((dim, text))
        shares = ", ".join(
            f"{c} {round(100 * (m.threec_shares[c] or 0))}%" for c in m.threec_counts
            if m.threec_counts[c]
        )
        rows.append(("3C classes", (shares or "-") + f"  ({m.threec_rule} rule, room votes)"))
        if m.stated_classes:
            rows.append(("3C stated", "; ".join(
                s["class"] + (f" ({s['source']})" if s["source"] else "") for s in m.stated_classes)))
        for lv in m.stated_levels:
            if lv["scope"] == "phase":
                rows.append((f"stated {lv['dimension']}",
                             lv["level"] + (f" ({lv['source']})" if lv["source"] else "")))
        if agreement is not None:
            rows += [(f"agreement {label}".rstrip(), text)
                     for label, text in _agreement_rows(agreement.phases.get(m.phase_id, {}))]
        for arena in m.arena_threec:
            found = ", ".join(f"{c} {n}" for c, n in arena["threec_counts"].items() if n) or "-"
            said = "; stated " + ", ".join(arena["stated_classes"]) if arena["stated_classes"] else ""
            rows.append(("3C in arena", f"{arena['arena']}: {found}{said}"))
        width = max(len(label) for label, _ in rows)
        lines += [f"   {label.ljust(width)}  {value}" for label, value in rows]
    return "\n".join(lines)


def _agreement_rows(alphas: dict[str, "Alpha"]) -> list[tuple[str, str]]:
    """One row per dimension, or one row when every dimension is undefined for one reason."""
    reasons = {a.reason for a in alphas.values()}
    if alphas and len(reasons) == 1 and "" not in reasons:
        return [("", f"undefined ({reasons.pop()})")]
    return [(d, a.text()) for d, a in alphas.items()]


# -- warnings -----------------------------------------------------------------------------
def cmd_warnings(argv: list[str]) -> int:
    """Print the pattern warnings W1-W19, optionally for one phase only."""
    p = _parser("warnings", "Show the pattern warnings (questions for the room) per phase.")
    p.add_argument("--phase", metavar="NAME",
                   help="only warnings about this phase (name, key or number); warnings "
                   "about a step between two phases show for both")
    p.add_argument("--json", action="store_true", help="print the warnings as JSON")
    args = p.parse_args(argv)
    from .analysis.warnings import compute_warnings

    with _open(args.path) as session:
        phase = resolve_phase(session, args.phase) if args.phase is not None else None
        found = compute_warnings(session.model)
        names = {ph.id: ph.name for ph in session.phases}
        title = session.title
    if phase is not None:
        found = [w for w in found if phase.id in (w.phase_id, w.next_phase_id)]
    if args.json:
        _print_json({
            "title": title,
            "phase": None if phase is None else phase.name,
            "warnings": [{**w.to_dict(), "phase": names.get(w.phase_id) if w.phase_id else None,
                          "next_phase": names.get(w.next_phase_id) if w.next_phase_id else None}
                         for w in found],
        })
    else:
        say(terminal_safe(format_warnings(title, found, names, phase.name if phase else None)))
    return 0


def format_warnings(title: str, found: list["PatternWarning"], names: dict[int, str],
                    only: str | None = None) -> str:
    lines = [title if only is None else f'{title}: phase "{only}"']
    if not found:
        return "\n".join([*lines, "", "  No warnings."])
    current: int | None = -1
    for w in found:
        if w.phase_id != current:
            current = w.phase_id
            lines += ["", names.get(w.phase_id, "Session") if w.phase_id else "Session"]
        mark = "info" if w.severity == "info" else "WARN"
        lines.append(f"  {w.id:<4}{mark:<5} {w.message}")
        lines.append(f"           {w.detail}")
        lines += [f"           source: {cited}" for cited in (w.sources or (w.source,))]
    return "\n".join(lines)


__all__ = ["cmd_diff", "cmd_metrics", "cmd_warnings", "resolve_phase", "UnknownPhaseError",
           "format_diff", "format_metrics", "format_warnings"]
