"""Foreign vocabulary and score scales onto the app's: the default rules of the mapping step.

Types, kinds and phase stages are read by synonym (``'NGO'`` -> civil_society, ``'grant'`` ->
funding, ``'Pilot'`` -> piloting); scores are judged per dimension over the whole file, so one
file is never read on two scales. Every rule applied is stated in the import report. The
mapping step (a user's own choices, ``--map``) takes precedence over these defaults.
"""

from __future__ import annotations

import math
from typing import Any

from ...domain import vocabulary as voc
from ...domain import wording
from .foreign import ForeignEdge, ForeignGraph, norm
from .report import ImportReport

_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "government": ("government", "gov", "public", "municipality", "municipal", "city", "council",
                   "ministry", "authority", "state", "administration", "department", "federal",
                   "regional government", "local government", "policy/law/rule maker",
                   "government agency"),
    "private": ("private", "business", "company", "firm", "industry", "corporate", "vendor",
                "sme", "startup", "start up", "enterprise", "business/industry", "commercial",
                "utility", "investor", "service provider"),
    "academia": ("academia", "academic", "university", "research", "science", "institute",
                 "school", "college"),
    "civil_society": ("civil society", "ngo", "non profit", "nonprofit", "association",
                      "community", "charity", "cso", "community organizer", "community organiser"),
    "citizens": ("citizens", "citizen", "resident", "residents", "person", "people",
                 "individual", "user", "users", "public user", "target beneficiary"),
    "international": ("international", "donor", "un", "development bank", "multilateral",
                      "eu", "european commission"),
    "intermediary": ("intermediary", "intermediaries", "foundation", "ppp", "broker",
                     "innovation agency", "think tank", "living lab", "programme company",
                     "agency"),
}
_STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "design": ("design", "planning", "plan", "exploration", "concept", "preparation", "bid"),
    "piloting": ("pilot", "piloting", "pilots", "experiment", "trial"),
    "implementation": ("implementation", "deployment", "delivery", "build"),
    "scaling": ("scaling", "scale up", "scale", "roll out", "rollout", "diffusion", "expansion",
                "replication"),
    "maintenance": ("maintenance", "adoption", "operation", "operations"),
}
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "information": ("information", "info", "knowledge", "advice", "communication", "meeting",
                    "training", "exchange", "communicates"),
    "resources": ("resources", "resource", "staff", "technology", "in kind", "support",
                  "equipment"),
    "decision": ("decision", "decisions", "steering", "mandate", "governance", "control",
                 "power", "authority"),
    "agreement": ("agreement", "contract", "covenant", "charter", "partnership", "mou",
                  "declaration", "alliance"),
    "data": ("data", "data flow", "dataset", "open data", "data sharing"),
    "funding": ("funding", "fund", "funds", "money", "finance", "financial", "grant",
                "investment", "payment", "funder"),
    "consultation": ("consultation", "consult", "consults", "consulted", "survey"),
}


def _lookup(words: dict[str, tuple[str, ...]], value: str, allowed: dict[str, str]) -> str | None:
    """The vocabulary key a foreign word stands for (exact key, synonym, then a word in it)."""
    text = " ".join(norm(value).split("_"))
    if not text:
        return None
    if text.replace(" ", "_") in allowed:
        return text.replace(" ", "_")
    for key, synonyms in words.items():
        if text in synonyms:
            return key
    tokens = set(text.replace("/", " ").split())
    for key, synonyms in words.items():
        if any(s in tokens for s in synonyms if " " not in s):
            return key
    return None


def map_actor_type(value: str) -> str | None:
    return _lookup(_TYPE_WORDS, value, voc.ACTOR_TYPES)


def map_kind(value: str) -> str | None:
    return _lookup(_KIND_WORDS, value, voc.RELATION_KINDS)


def infer_stage(name: str) -> str | None:
    """The canonical stage a phase name speaks of ('Pilot' -> piloting), if any."""
    return _lookup(_STAGE_WORDS, name, voc.PHASE_KEYS)


class ScoreMapper:
    """Reads foreign score values per dimension and decides the file's scale once."""

    def __init__(self, graph: ForeignGraph, report: ImportReport) -> None:
        self.mode: dict[str, str] = {}
        for d in voc.SCORE_DIMENSIONS:
            values = [v for e in graph.edges for v in self._raw(e, d)]
            nums = [v for v in values if v is not None]
            if not nums:
                continue
            if all(1 <= v <= 5 and v == int(v) for v in nums):
                self.mode[d] = "keep"
            elif all(0 <= v <= 1 for v in nums):
                self.mode[d] = "unit"
                report.note(f"{d}: values on a 0-1 scale mapped onto 1-5 (0 -> 1, 0.25 -> 2, "
                            "0.5 -> 3, 0.75 -> 4, 1 -> 5).")
            else:
                self.mode[d] = "round"
                outside = sum(1 for v in nums if not 1 <= v <= 5)
                report.note(f"{d}: values rounded to whole scores 1-5"
                            + (f"; {wording.count(outside, 'value')} outside 1-5 left unscored." if outside else "."))

    @staticmethod
    def _number(value: Any) -> float | None:
        if value is None or isinstance(value, bool):
            return None
        text = str(value).strip().lower()
        if text in voc.SCORE_OF_LEVEL:
            return float(voc.SCORE_OF_LEVEL[text])
        try:
            v = float(text)
        except ValueError:
            return None
        return v if math.isfinite(v) else None

    def _raw(self, edge: ForeignEdge, d: str) -> list[float | None]:
        name = score_name(edge, d)
        if name is None:
            return []
        vals = [edge.attrs[name]] if name in edge.attrs else list(edge.dynamic.get(name, {}).values())
        return [self._number(v) for v in vals]

    def score(self, edge: ForeignEdge, d: str, phase: int) -> int | None:
        name = score_name(edge, d)
        if name is None:
            return None
        raw = edge.attrs.get(name) if name in edge.attrs else edge.dynamic.get(name, {}).get(phase)
        v = self._number(raw)
        if v is None:
            return None
        mode = self.mode.get(d, "keep")
        if mode == "unit":
            return 1 + int(math.floor(v * 4 + 0.5))
        r = int(math.floor(v + 0.5))
        return r if 1 <= r <= 5 else None

    def rule(self, d: str) -> str:
        """The rule the file's ``d`` values were read by ('' when kept as they are)."""
        return {"unit": "0-1 scale onto 1-5 (0 -> 1, 0.25 -> 2, 0.5 -> 3, 0.75 -> 4, 1 -> 5)",
                "round": "rounded to a whole score 1-5"}.get(self.mode.get(d, "keep"), "")


def score_name(edge: ForeignEdge, d: str) -> str | None:
    """The edge's attribute holding dimension ``d`` (by normalised name), if any."""
    for name in edge.names():
        if norm(name) == d:
            return name
    return None


__all__ = ["map_actor_type", "map_kind", "infer_stage", "ScoreMapper", "score_name"]
