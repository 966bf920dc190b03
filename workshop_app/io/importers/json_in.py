"""Reading foreign JSON safely: strict numbers, bounded nesting, no half characters.

Python's ``json`` accepts ``NaN`` and ``Infinity`` (which are not JSON), refuses integers
longer than 4,300 digits with a bare ``ValueError``, and raises ``RecursionError`` on deeply
nested arrays; and every later step that walks the document (flattening, ``json.dumps``)
recurses too. Everything JSON-shaped from a foreign file comes through here, so those cases
become one :class:`JSONRefused` with a place and a reason instead of a traceback.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from ..errors import ImportFileError

MAX_DEPTH = 64  # a Kumu export nests about six levels; more is not a network
MAX_INT_DIGITS = 30  # longer integers are kept as their digits (text), never converted;
# so are numbers too large for a float (1e400): nothing read here is ever inf or NaN
_NOT_JSON_NUMBER = re.compile(r"[:\[,]\s*(-?Infinity|NaN)\b")
_HALF = re.compile("[\ud800-\udfff]")


class JSONRefused(ValueError):
    """JSON that cannot be imported: the reason and, when known, where it is."""

    def __init__(self, reason: str, where: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.where = where


class _NotANumber(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _refuse_constant(token: str) -> Any:
    raise _NotANumber(token)


def _integer(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else text


def _real(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else text  # 1e400: kept as written, never inf


def _line_of(text: str, at: int) -> str:
    return f"line {text.count(chr(10), 0, at) + 1}"


def parse_json_text(text: str) -> Any:
    """The document in ``text``; a :class:`JSONRefused` for anything ``json`` would not
    carry through the rest of the import unharmed."""
    try:
        doc = json.loads(text, parse_constant=_refuse_constant, parse_int=_integer,
                         parse_float=_real)
    except json.JSONDecodeError as exc:
        raise JSONRefused(f"not valid JSON ({exc.msg})",
                          f"line {exc.lineno}, column {exc.colno}") from None
    except _NotANumber as exc:
        found = _NOT_JSON_NUMBER.search(text)
        raise JSONRefused(f"not valid JSON ({exc.token} is not a JSON number)",
                          _line_of(text, found.start(1)) if found else None) from None
    except RecursionError:
        raise JSONRefused(f"nested too deeply (more than {MAX_DEPTH} levels of lists and "
                          "objects)", _too_deep_at(text)) from None
    check_tree(doc, text)
    return doc


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep_at(text: str) -> str | None:
    """Where the nesting first goes deeper than :data:`MAX_DEPTH` (strings skipped)."""
    depth = 0
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                column = token.start() - text.rfind("\n", 0, token.start())
                return f"line {line}, column {column}"
        elif mark in "]}":
            depth -= 1
    return None


def check_tree(doc: Any, text: str = "") -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and lone surrogates (half characters,
    which no session file can store), without recursion, naming the place."""
    stack: list[tuple[Any, str, int]] = [(doc, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JSONRefused(f"nested too deeply (more than {MAX_DEPTH} levels of lists and "
                              "objects)", path or None)
        if isinstance(value, str):
            _no_half(value, path, text)
        elif isinstance(value, dict):
            for key, item in value.items():
                _no_half(key, path, text)
                stack.append((item, _step(path, key), depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))


def scalars(value: Any) -> int:
    """How many plain values (text, numbers, true/false, null) ``value`` holds, however deep:
    the unit a JSON import's report counts. Iterative, like :func:`check_tree`."""
    n, stack = 0, [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        else:
            n += 1
    return n


def read_json_file(path: Path) -> Any:
    """The parsed JSON document at ``path`` (UTF-8, a BOM allowed); one
    :class:`~..errors.ImportFileError` naming the file, the place and the reason otherwise."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, "is not UTF-8 text", f"byte {exc.start}") from None
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return parse_json_text(text)
    except JSONRefused as exc:
        raise ImportFileError(path, exc.reason, exc.where) from None


def _step(path: str, key: str) -> str:
    """The place of ``key`` under ``path``, short and on one line whatever the key holds."""
    if key.isidentifier() and len(key) <= 40:
        return f"{path}.{key}" if path else key
    shown = json.dumps(key[:40] + ("…" if len(key) > 40 else ""))
    return f"{path}[{shown}]"


def _no_half(value: str, path: str, text: str) -> None:
    found = _HALF.search(value)
    if found is None:
        return
    escape = f"\\u{ord(found.group()):04x}"
    at = text.lower().find(escape) if text else -1
    where = ", ".join(w for w in (_line_of(text, at) if at >= 0 else "", path) if w)
    raise JSONRefused(f"holds half a character (a lone {escape} escape), which a session "
                      "cannot store", where or None)


__all__ = ["JSONRefused", "parse_json_text", "check_tree", "scalars", "read_json_file", "MAX_DEPTH",
           "MAX_INT_DIGITS"]
