"""Text that is safe to print to a terminal, whatever a session's names contain.

Names, notes and imported labels are typed by people in the room or come from other tools;
an escape sequence in an actor's name must not recolour, clear or retitle the facilitator's
terminal, and a right-to-left override must not make a report read backwards. The text
reports show such characters as visible escapes (``\\x1b``, ``\\u202e``); the JSON reports
write them as JSON escapes, so a parser still reads back exactly the stored text.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls except tab and newline (which lay the reports out), DEL, C1 controls, the
# bidi embeddings, overrides and isolates that reorder the rest of a terminal line, and lone
# surrogates (an undecodable byte in a file name), which are not text a terminal can take.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# In JSON, C0 controls are already escaped by the encoder; the rest only ever sits in strings.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could steer a terminal shown as an escape."""
    return _UNSAFE.sub(_visible, text)


def json_text(data: Any) -> str:
    """Indented JSON (non-ASCII kept readable) with terminal-steering characters escaped."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


__all__ = ["terminal_safe", "json_text"]
