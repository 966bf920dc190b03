"""Agreement rows for the research corpus: one session's alpha table, ready to insert.

The computation is ``analysis.agreement`` (the metrics panel, the pack and the bundle read
the same); the corpus stores its rows with the workshop's name, one row per scope (the whole
session or a phase) and dimension, so agreement can be compared across workshops in SQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..analysis.agreement import agreement_table

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

# Column -> type, for a corpus table (codebook types: integer, number, string, boolean)
COLUMNS: dict[str, str] = {
    "scope": "string", "phase_id": "integer", "phase_number": "integer", "phase_name": "string",
    "dimension": "string", "alpha": "number", "defined": "boolean", "units": "integer",
    "voters": "integer", "values": "integer", "units_scored": "integer",
    "undefined_reason": "string", "method": "string",
}


def agreement_rows(session: "Session", workshop: str | None = None) -> list[dict[str, Any]]:
    """The session's agreement table; with ``workshop``, each row starts with it."""
    rows = agreement_table(session.model)
    if workshop is None:
        return rows
    return [{"workshop": workshop, **row} for row in rows]


__all__ = ["COLUMNS", "agreement_rows"]
