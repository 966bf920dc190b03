"""The shots of the console's panels and of what the app writes (see ``shots.py``): comparing
phases, warnings and prompts, metrics and an actor's story (with example votes, labelled as
such), evidence, governance, comparing two sessions, the research corpus, the workshop
report, a frame of the film and a handout page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from shot_desk import (EXAMPLE_VOTERS, LAPTOP, ROOT, TMP, contact_sheet, demo_copy, pdf_pages, save,
                       save_labelled, settle, show_phase, vote_every_relation, window)

from workshop_app import Session
from workshop_app.app import application

EXAMPLE = "Example votes from made-up participants, not votes from the case"


def shot_diff_darmstadt(out: Path) -> None:
    """Compare phases on Darmstadt: the GmbH's phase to the continuation."""
    win = window(Session.open(demo_copy("darmstadt")), (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 2)
    panels.open(panels.diff)
    settle(win)
    row = panels.diff.line_for(lambda item: item.kind in ("actor_entered", "actor_described")
                               and "Federal Ministry" in item.text)
    if row is None:
        raise SystemExit("diff-darmstadt: no line about the federal ministry in the continuation")
    panels.diff.list.setCurrentItem(row)
    panels.diff.list.scrollToItem(row)
    win.view.fit()
    settle(win)
    save(win, out / "diff_view.png")
    win.close()


def shot_warnings_iskandar(out: Path) -> None:
    """Warnings on Iskandar with W2 shown on the map, then the design phase's prompts."""
    session = Session.open(demo_copy("iskandar"))
    win = window(session, (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 1)
    panels.open(panels.warnings)
    settle(win)
    next(c for c in panels.warnings.warning_cards() if c.warning.id == "W2").show_button.click()
    win.view.fit()
    settle(win)
    save(win, out / "warnings.png")
    panels.warnings.clear_focus()
    show_phase(win, 0)
    panels.open(panels.prompts)
    settle(win)
    panels.prompts.tick("P1", True)
    panels.prompts.write_note("P1", "Five bodies named; the consortium joins later",
                              phase_id=session.phases[0].id)
    panels.pin_prompt("P2")
    win.view.fit()
    settle(win)
    save(win, out / "prompts.png")
    win.close()


def _london_with_example_votes() -> Session:
    session = Session.open(demo_copy("london"))
    vote_every_relation(session, names=EXAMPLE_VOTERS)
    return session


def shot_metrics_london(out: Path) -> None:
    """Metrics over phases on London, with example votes (said so across the picture)."""
    session = _london_with_example_votes()
    win = window(session, (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 1)
    for dock in win.findChildren(QDockWidget):  # the charts get the whole width
        if dock.objectName() in ("PropertiesDock", "NotesDock") or dock is win.properties:
            dock.hide()
    panels.open(panels.metrics)
    win.resize(1700, 1180)
    win.resizeDocks([panels.metrics], [640], Qt.Orientation.Vertical)
    settle(win)
    win.view.fit()
    settle(win)
    save_labelled(win, out / "metrics_charts.png", EXAMPLE)
    win.close()


def shot_actor_story(out: Path) -> None:
    """The Greater London Authority through the phases (scores from example votes)."""
    session = _london_with_example_votes()
    win = window(session, (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 1)
    panels.open(panels.story)
    gla = next(a for a in session.actors if a.name.startswith("Greater London Authority"))
    win.scene.select(actor_ids=[gla.id])
    settle(win)
    save_labelled(win, out / "actor_story.png", EXAMPLE)
    win.close()


def shot_evidence(out: Path) -> None:
    """Antwerp's growth phase with a relation whose levels the case record infers: the ◆ on
    its label and, in the Properties panel, where each fact comes from."""
    session = Session.open(demo_copy("antwerp"))
    win = window(session, LAPTOP)
    show_phase(win, 1)
    relation = next(r for r in session.relations
                    if session.actor(r.source).name.startswith("IMEC")
                    and session.actor(r.target).name.startswith("Private companies"))
    win.scene.select(relation_ids=[relation.id])
    win.view.fit()
    settle(win)
    save(win, out / "evidence.png")
    win.close()


def shot_governance(out: Path) -> None:
    """The arenas of Antwerp in the last phase: members, and the 3C class per arena and phase."""
    session = Session.open(demo_copy("antwerp"))
    win = window(session, (1440, 1040))
    show_phase(win, 2)
    beyond = win.features["beyond_map"]
    beyond.open(beyond.arenas)
    # Tall enough for the chart's overview and its key; the map keeps the rest.
    win.resizeDocks([beyond.arenas], [480], Qt.Orientation.Vertical)
    settle(win)
    steering = next(a.id for a in session.model.tables["arenas"].values() if a.name == "Steering committee")
    beyond.arenas.select_arena(steering)
    win.view.fit()
    settle(win)
    save(win, out / "governance.png")
    win.close()


def shot_compare_sessions(out: Path) -> None:
    """Two Darmstadt workshops compared (example votes: the later room scores trust lower)."""
    def scored(name: str, votes: list[tuple[int, int, int]], rename: dict[str, str]) -> Path:
        copy = demo_copy("darmstadt")
        path = copy.rename(copy.with_name(f"{name}.workshop"))
        with Session.open(path) as s:
            voters = [s.add_participant(v) for v in EXAMPLE_VOTERS[:len(votes)]]
            with s.bulk("example votes"):
                for phase in s.phases:
                    for rel in s.active_relations(phase):
                        for who, (t, c, i) in zip(voters, votes):
                            s.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who)
            for old, new in rename.items():
                s.update_actor(old, name=new)
        return path

    first = scored("darmstadt-2019", [(4, 4, 4), (5, 4, 4)], {})
    later = scored("darmstadt-2021", [(2, 4, 4), (1, 4, 5)], {"Mayor of Darmstadt": "Oberbürgermeister"})
    win = window(Session.open(first), (1440, 900))
    show_phase(win, 1)
    if not win.features["compare_sessions"].compare(later):
        raise SystemExit(f"could not compare with {later}")
    win.view.fit()
    settle(win)
    save_labelled(win, out / "compare_sessions.png", EXAMPLE)
    win.close()


def shot_corpus(out: Path) -> None:
    """File ▸ Research corpus…: the five demos and two later workshops, matches to decide."""
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))
    from corpus_workshops import RENAMED, corpus_sessions

    from workshop_app.research.corpus import build_corpus
    from workshop_app.ui.dialogs.corpus_dialog import CorpusDialog

    sessions = corpus_sessions(TMP / "corpus-workshops")
    path = TMP / "Documents" / "smart-city-corpus.db"
    path.parent.mkdir(exist_ok=True)
    build_corpus(sessions, path)
    dialog = CorpusDialog(corpus=path)
    dialog.resize(*LAPTOP)
    dialog.show()
    application().processEvents()
    dialog.where.setText(dialog.where.text().replace(str(TMP), "~"))  # not the temporary folder
    dialog.decider.setText("A. Researcher")  # not the name of whoever runs the tool
    dialog.select_actor("antwerp-2025", RENAMED)
    application().processEvents()
    save(dialog, out / "corpus.png")
    dialog.close()


def shot_report(out: Path) -> None:
    """The first three pages of the workshop report (PDF) of Darmstadt, scored by example votes."""
    from workshop_app.canvas.report import export_report

    path = demo_copy("darmstadt")
    with Session.open(path) as s:
        vote_every_relation(s, names=EXAMPLE_VOTERS)
    with Session.open(path, read_only=True) as s:
        (pdf,) = export_report(s, path.parent / "report.pdf")
    pages = pdf_pages(pdf, path.parent / "report", dpi=80)
    if pages is None:
        print("skipped report.png: pdftoppm (poppler-utils) is not installed")
        return
    contact_sheet(pages[:3], out / "report.png")  # one row: large enough to read the headings
    print("wrote", out / "report.png")


def shot_video_frame(out: Path) -> None:
    """A frame of the Turin film half way through the morph from planning to implementation."""
    from workshop_app.canvas.video import export_video

    path = demo_copy("turin")
    frames = path.parent / "frames"
    with Session.open(path, read_only=True) as s:
        # One frame per held phase and three for the morph: the second of them is half way.
        export_video(s, frames, fmt="frames", fps=4, hold=0.25, morph=0.75)
    middle = sorted(frames.glob("frame-*.png"))[2]
    (out / "video_frame.png").write_bytes(middle.read_bytes())
    print("wrote", out / "video_frame.png")


def shot_handout(out: Path) -> None:
    """One map page of the snapshot pack at print size (A4 at 96 dpi: as large as the paper),
    for the generated 40-actor session of ``lens-40`` in its last phase."""
    from shots_room import big_session

    from workshop_app.canvas.snapshot_pack import export_pack

    path = big_session("helix")
    with Session.open(path, read_only=True) as s:
        (pdf,) = export_pack(s, path.parent / "pack.pdf", phase=s.phases[-1].id)
    pages = pdf_pages(pdf, path.parent / "pack", dpi=96)
    if pages is None:
        print("skipped handout.png: pdftoppm (poppler-utils) is not installed")
        return
    (out / "handout.png").write_bytes(pages[1].read_bytes())
    print("wrote", out / "handout.png")
