"""Check a JSON value against the shipped template schema, naming the place that is wrong.

Templates are small and their schema (``resources/templates/schema.json``) uses a handful of
JSON Schema keywords, so they are read here rather than through a validation library the
app would carry only for this: ``type``, ``const``, ``enum``, ``required``, ``properties``,
``additionalProperties`` (false), ``items``, ``minItems``/``maxItems``, ``uniqueItems``,
``minLength``/``maxLength`` and ``pattern``. Anything else in a schema is refused when the
schema is read, so a keyword added to the file cannot be silently ignored.
"""

from __future__ import annotations

import json
import re
from typing import Any

KNOWN = {"$schema", "$id", "title", "description", "type", "const", "enum", "required", "properties",
         "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "minLength",
         "maxLength", "pattern"}
_TYPES: dict[str, tuple[type, ...]] = {"object": (dict,), "array": (list,), "string": (str,),
                                       "boolean": (bool,), "integer": (int,), "number": (int, float)}


class SchemaViolation(ValueError):
    """A value that breaks the schema: ``place`` is a path like ``phases[2].key``."""

    def __init__(self, place: str, reason: str) -> None:
        self.place, self.reason = place, reason
        super().__init__(f"{place or 'the file'}: {reason}")


def check_schema(schema: dict[str, Any], where: str = "") -> None:
    """Refuse a schema that uses a keyword this checker does not read."""
    unknown = set(schema) - KNOWN
    if unknown:
        raise ValueError(f"template schema{' at ' + where if where else ''} uses keywords this app "
                         f"does not check: {', '.join(sorted(unknown))}")
    for name, sub in schema.get("properties", {}).items():
        check_schema(sub, f"{where}.{name}".lstrip("."))
    if isinstance(schema.get("items"), dict):
        check_schema(schema["items"], f"{where}[]")


def _is(value: Any, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[kind])


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def validate(value: Any, schema: dict[str, Any], place: str = "") -> None:
    """Raise :class:`SchemaViolation` at the first place ``value`` breaks ``schema``."""
    kind = schema.get("type")
    if kind is not None and not _is(value, kind):
        raise SchemaViolation(place, f"should be {'an' if kind[0] in 'aeiou' else 'a'} {kind}, not {_show(value)}")
    if "const" in schema and value != schema["const"]:
        raise SchemaViolation(place, f"should be {_show(schema['const'])}, not {_show(value)}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaViolation(place, f"{_show(value)} is not one of: {', '.join(map(str, schema['enum']))}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise SchemaViolation(place, "should not be empty" if schema["minLength"] == 1
                                  else f"should have at least {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise SchemaViolation(place, f"is longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            form = schema.get("description") or f"text matching {schema['pattern']}"
            raise SchemaViolation(place, f"{_show(value)} should be {form}")
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                raise SchemaViolation(place, f"the field {key!r} is missing")
        props = schema.get("properties", {})
        for key, item in value.items():
            at = f"{place}.{key}" if place else key
            if key in props:
                validate(item, props[key], at)
            elif schema.get("additionalProperties", True) is False:
                raise SchemaViolation(at, f"is not a field of a template (known: {', '.join(props)})")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            raise SchemaViolation(place, f"needs at least {schema['minItems']} "
                                         f"{'entry' if schema['minItems'] == 1 else 'entries'}")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise SchemaViolation(place, f"has more than {schema['maxItems']} entries")
        for i, item in enumerate(value):
            if isinstance(schema.get("items"), dict):
                validate(item, schema["items"], f"{place}[{i}]")
            if schema.get("uniqueItems") and item in value[:i]:
                raise SchemaViolation(f"{place}[{i}]", f"{_show(item)} is listed twice")


__all__ = ["SchemaViolation", "check_schema", "validate"]
