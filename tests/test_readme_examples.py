"""The README's research example is what a researcher copies first: it must run as written
and print what the README says it prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _example() -> tuple[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("Run from the repository folder:")
    code = re.search(r"```python\n(.*?)```", text[start:], re.S)
    shown = re.search(r"prints\n\n```\n(.*?)```", text[start:], re.S)
    assert code and shown, "the research example or its output is missing from the README"
    return code.group(1), shown.group(1)


def test_the_research_example_prints_what_the_readme_says() -> None:
    code, shown = _example()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == shown
