"""What every match of a facet pattern must begin with, so most facets can be ruled out without running them.

A text is scanned against ~90 facet patterns, most of them long alternations of phrases that start at a word
boundary ("\\b(?:pills|tablets|...)"). Reading the compiled pattern once gives the set of *starts* one of which
every match must begin with: the first few characters after a word boundary ("pil", "tab"), or a single
character anywhere in the text ("@", "€") when the phrase does not start at a boundary. A text's own starts are
computed once; a facet none of whose starts the text has cannot match, and its regex is not run. A pattern the
analysis cannot bound (one starting with ``.``, ``\\w``, a negated class…) is always run.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Characters kept after a word boundary: long enough to tell phrases apart, short enough to stay cheap per text.
WORD_START_LENGTH = 4
# A key for "this character occurs somewhere in the text" (it cannot begin a word start, which begins with \w).
_ANYWHERE = "\x00"
_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"\w+")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_LARGEST_CLASS = 40
_MOST_HEADS = 512
# Stands for "some decimal digit", which the text offers with the anywhere mark when it has one.
_DIGIT = "\\d"


def required_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The starts every match of `pattern` begins with, or None when the pattern cannot be bounded."""
    if pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    starts = _starts(list(sre_parse.parse(pattern.pattern, pattern.flags)), at_boundary=False)
    return frozenset(starts) if starts else None


@functools.lru_cache(maxsize=256)
def text_starts(text: str) -> frozenset[str]:
    """The starts a text offers: the first characters of each word, and every character with the anywhere mark."""
    starts = {_ANYWHERE + ch for ch in set(text)}
    if any(ch.isdecimal() for ch in text):
        starts.add(_ANYWHERE + _DIGIT)
    for word in _WORD.finditer(text):
        at = word.start()
        starts.update(text[at:at + length] for length in range(1, WORD_START_LENGTH + 1))
    return frozenset(starts)


def _starts(items: list[tuple[Any, Any]], at_boundary: bool) -> set[str] | None:
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1:]
        if op is sre.LITERAL:
            if at_boundary and _WORD_CHAR.match(chr(arg)):
                return _heads(items[index:], WORD_START_LENGTH)
            return {_ANYWHERE + chr(arg)}
        if op in (sre.ASSERT, sre.ASSERT_NOT):  # lookarounds consume nothing
            continue
        if op is sre.AT:
            at_boundary = arg is sre.AT_BOUNDARY
            continue
        if op is sre.SUBPATTERN:
            if arg[1] & re.IGNORECASE:  # a scoped (?i:...) matches letters the text does not spell that way
                return None
            return _starts(list(arg[3]) + rest, at_boundary)
        if op is sre.BRANCH:
            return _union(_starts(list(alternative) + rest, at_boundary) for alternative in arg[1])
        if op in _REPEATS:
            low, high, inner = arg
            # After a repeated part comes either the rest or the part again: read on only past an optional one.
            first = _starts(list(inner) + (rest if high == 1 else []), at_boundary)
            return first if low > 0 else _union((first, _starts(rest, at_boundary)))
        if op is sre.IN or op is sre.CATEGORY:
            chars = _class_chars([(op, arg)] if op is sre.CATEGORY else arg)
            if chars is None:
                return None
            return {ch if at_boundary and _WORD_CHAR.match(ch) and ch != _DIGIT else _ANYWHERE + ch for ch in chars}
        return None
    return None


def _heads(items: list[tuple[Any, Any]], length: int) -> set[str]:
    """The literal text (up to `length` characters) a match of `items` may begin with; a path that reaches
    something other than plain characters stops there, so every head is a prefix of what that path matches."""
    head = ""
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1:]
        if len(head) == length:
            break
        if op is sre.LITERAL:
            head += chr(arg)
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        tails: set[str] | None = None
        if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
            tails = _heads(list(arg[3]) + rest, length - len(head))
        elif op is sre.BRANCH:
            tails = set().union(*(_heads(list(alt) + rest, length - len(head)) for alt in arg[1]))
        elif op in _REPEATS:
            low, high, inner = arg
            tails = _heads(list(inner) + (rest if high == 1 else []), length - len(head))
            if low == 0:
                tails |= _heads(rest, length - len(head))
        if tails is None or len(tails) > _MOST_HEADS:
            break
        return {head + tail for tail in tails}
    return {head}


def _union(parts: Any) -> set[str] | None:
    union: set[str] = set()
    for part in parts:
        if part is None:
            return None
        union |= part
    return union


def _class_chars(members: list[tuple[Any, Any]]) -> list[str] | None:
    chars: list[str] = []
    for op, arg in members:
        if op is sre.LITERAL:
            chars.append(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _LARGEST_CLASS:
            chars.extend(chr(code) for code in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            chars.append(_DIGIT)  # any Unicode decimal digit, as the class matches
        else:  # a negated class, \w, \s, a wide range: too many characters to be worth it
            return None
    return chars if len(chars) <= _LARGEST_CLASS else None
