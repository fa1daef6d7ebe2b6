"""A small declarative schema for TOML tables: types, required keys, ranges, choices, did-you-mean.

Settings and every content file describe their keys with `Field`s and validate through `Schema`, so
each reports every problem at once, the same way, with the file, the line and the fix.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ioexplainer.core.problems import Problem, suggest

_TYPE_NAMES: dict[type, str] = {
    bool: "true or false", int: "a whole number", float: "a number", str: "text in quotes",
    list: "a list in square brackets", dict: "a table", datetime.date: "a date such as 2027-01-31 (no quotes)",
}


def type_name(kind: type) -> str:
    return _TYPE_NAMES.get(kind, kind.__name__)


def _is(value: Any, kind: type) -> bool:
    """Strict TOML typing: a bool is not a number, an int is a float, a datetime is not a date."""
    if kind is float:
        return type(value) in (int, float)
    if kind is datetime.date:
        return type(value) is datetime.date
    return type(value) is kind


def at_most(letters: int, why: str) -> Callable[[Any], str | None]:
    """A check for text that must stay short (a line on a tile): the fix names the limit and the length."""
    def check(value: Any) -> str | None:
        length = len(str(value).strip())
        return None if length <= letters else f"keep it to {letters} letters or fewer (this has {length}): {why}"
    return check


@dataclass(frozen=True)
class Field:
    """One key: its type, what it means, and what values are allowed."""

    kind: type
    help: str
    required: bool = False
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    items: type | None = None  # lists: the type of every element
    allow_empty: bool = False  # text and lists: may they be empty?
    check: Callable[[Any], str | None] | None = None  # returns the fix when the value is wrong
    example: str = ""  # a correct line, shown in the fix for a missing key

    def problem_with(self, key: str, value: Any) -> str | None:
        """The message for a wrong value, or None if the value is allowed."""
        if not _is(value, self.kind):
            return f"{key} must be {type_name(self.kind)} ({self.help}), not {_show(value)}"
        if self.items is not None and any(not _is(item, self.items) for item in value):
            return f"every item of {key} must be {type_name(self.items)} ({self.help})"
        if not self.allow_empty and self.kind in (str, list) and not (value.strip() if isinstance(value, str)
                                                                      else value):
            return f"{key} must not be empty ({self.help})"
        if self.choices and value not in self.choices:
            hint = suggest(str(value), [str(c) for c in self.choices])
            return f"{key} = {_show(value)} is not allowed: use one of {', '.join(map(str, self.choices))}.{hint}"
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            return f"{key} = {_show(value)} is out of range: use {_range(self.minimum, self.maximum)} ({self.help})"
        if self.check is not None and (fix := self.check(value)):
            return f"{key} = {_show(value)} is not allowed: {fix}"
        return None


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"a value from {low:g} to {high:g}"
    return f"at least {low:g}" if low is not None else f"at most {high:g}"


@dataclass(frozen=True)
class Schema:
    """The keys a table may hold; `what` names them in messages ("config key", "front matter key")."""

    fields: Mapping[str, Field]
    what: str = "key"

    def validate(self, data: Mapping[str, Any], path: Path, line_of: Callable[[str], int],
                 problems: list[Problem], where: str = "") -> dict[str, Any]:
        """The valid values by key; every unknown key, missing key and wrong value becomes a Problem."""
        valid: dict[str, Any] = {}
        place = f" in {where}" if where else ""
        for key, value in data.items():
            field = self.fields.get(key)
            if field is None:
                problems.append(Problem(path, line_of(key), f'unknown {self.what} "{key}"{place}.'
                                                            f"{suggest(key, self.fields)} "
                                                            f"Valid keys: {', '.join(self.fields)}"))
                continue
            message = field.problem_with(key, value)
            if message is None:
                valid[key] = value
            else:
                problems.append(Problem(path, line_of(key), message))
        for key, field in self.fields.items():
            if field.required and key not in data:
                example = field.example or f"{key} = ..."
                problems.append(Problem(path, line_of(""), f'missing {self.what} "{key}"{place}; add a line '
                                                           f"{example} ({field.help})"))
        return valid
