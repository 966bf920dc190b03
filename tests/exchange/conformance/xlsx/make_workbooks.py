"""Writes the workbooks of the XLSX conformance cases (run it to rebuild them; the .xlsx
files are kept in the repository so the suite needs no step before it runs).

    python tests/exchange/conformance/xlsx/make_workbooks.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).parent


def book(name: str, sheets: dict[str, list[list[Any]]]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(HERE / f"{name}.xlsx")


def main() -> None:
    book("kumu_elements_connections", {
        "Elements": [["Label", "Type", "Description", "Tags"],
                     ["City of Turin", "Government", "runs the programme", "public;lead"],
                     ["Torino Wireless", "Foundation", None, None],
                     ["Residents", "Community", None, "citizens"]],
        "Connections": [["From", "To", "Type", "Direction", "Trust", "Commitment"],
                        ["City of Turin", "Torino Wireless", "Funding", "directed", "75%", "4 (high)"],
                        ["Torino Wireless", "Residents", "Consultation", "undirected", "n/a", "low"],
                        ["Residents", "City of Turin", "Data", "mutual", "40%", None]],
        "Views": [["name", "zoom"], ["default", 1.5]],
    })
    book("gephi_nodes_edges", {
        "Nodes": [["Id", "Label", "sector", "x", "y"],
                  [1, "City", "public", 12.5, -3],
                  [2, "Vendor", "business", 40, 8],
                  [3, "University", "research", None, None]],
        "Edges": [["Source", "Target", "Type", "Id", "Label", "Weight"],
                  [1, 2, "Directed", 0, "contract", 2],
                  [2, 3, "Undirected", 1, "", 1],
                  [1, 2, "Directed", 2, "data", 1]],
    })
    book("edge_sheets_as_phases", {
        "2019": [["source", "target", "kind", "trust"],
                 ["City", "Lab", "funding", 3], ["Lab", "NGO", "information", 4]],
        "2021": [["source", "target", "kind", "trust"],
                 ["City", "Lab", "funding", 5]],
        "Notes": [["written by", "on"], ["research team", dt.date(2022, 1, 10)]],
    })
    book("matrix_sheets_as_phases", {
        "wave 1": [[None, "A", "B", "C"], ["A", 0, 1, 0], ["B", 1, 0, 1], ["C", 0, 1, 0]],
        "wave 2": [[None, "A", "B", "C"], ["A", 0, 1, 1], ["B", 0, 0, 0], ["C", 0, 0, 0]],
    })
    book("long_with_dates", {
        "ties": [[], ["source", "target", "year", "commitment"],
                 ["City", "Vendor", 2020, 0.8], ["City", "Vendor", 2019, 0.2],
                 ["Vendor", "City", 2020, None]],
    })
    book("no_network", {"Budget": [["item", "amount"], ["sensors", 12000]]})


if __name__ == "__main__":
    main()
