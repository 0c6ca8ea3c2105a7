"""Text from outside (a PDF, a certificate) made safe to print: no string can forge a line or a colour.

Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional overrides are shown
as escapes (`\\n`, `\\x1b`, `\\u202e`), so a certificate name with a newline and "result: OK" prints on
one line, visibly escaped, and a terminal escape code is never sent to the terminal.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_unsafe(char: str) -> bool:
    """A character that moves the cursor, changes the terminal or reorders the text around it."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in _BIDI


def has_control(text: str) -> bool:
    return any(is_unsafe(c) for c in text)


def printable(text: object) -> str:
    """`text` with every unsafe character (and the backslash) escaped; other text unchanged."""
    value = str(text)
    if not any(is_unsafe(c) or c == "\\" for c in value):
        return value
    return "".join(_escape(c) for c in value)


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    if not is_unsafe(char):
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_text(value: object, indent: int | None = 2) -> str:
    """JSON for a terminal or a pipe: readable non-ASCII text, but every unsafe character (a C1 control,
    a line separator, a bidirectional override) written as a \\u escape, which JSON readers read back as
    the same character. (json.dumps escapes only C0 controls when it keeps non-ASCII text.)"""
    import json

    text = json.dumps(value, indent=indent, ensure_ascii=False)
    if not has_control(text.replace("\n", "")):
        return text
    return "".join(f"\\u{ord(c):04x}" if c != "\n" and is_unsafe(c) else c for c in text)
