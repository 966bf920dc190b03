"""The analyses on a session a hundred times a workshop: they finish, say where they sampled,
and find what the generated session holds. How long they take is measured by
``tests/benchmarks/run.py`` (the ``stress_analysis`` figure), not here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from workshop_app import Session
from workshop_app.analysis.diff import diff_phases
from workshop_app.analysis.metrics import all_phase_metrics
from workshop_app.analysis.warnings import compute_warnings

STRESS = Path(__file__).resolve().parents[1] / "benchmarks" / "stress.py"

pytestmark = pytest.mark.slow


def _stress_module() -> ModuleType:
    name = "stress_session_builder"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, STRESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stress_session() -> Any:
    path = _stress_module().cached_stress_session()  # 1,000 actors, 5,000 relations, 8 phases
    s = Session.open(path, read_only=True)
    yield s
    s.close()


def test_metrics_of_every_phase_say_that_betweenness_was_sampled(stress_session: Session) -> None:
    metrics = all_phase_metrics(stress_session.model)
    assert len(metrics) == 8
    assert any(m.betweenness_sampled for m in metrics)  # said so in the output


def test_warnings_and_the_diff_of_the_first_and_last_phase(stress_session: Session) -> None:
    model = stress_session.model
    first, last = stress_session.phases[0].id, stress_session.phases[-1].id
    assert compute_warnings(model), "a session this size trips some pattern warnings"
    diff = diff_phases(model, first, last)
    kinds = {item.kind for item in diff.items}
    assert {"actor_left", "actor_entered"} <= kinds, kinds
