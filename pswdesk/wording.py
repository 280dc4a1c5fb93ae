"""Messages written below the GUI that the windows show in their own language.

A service's message is English, and stays English on the command line and in the logs.
:func:`words` keeps it as text (a ``str``, so ``str(error)`` and every comparison read
the same English) that also remembers the English template and the values put in it; the
GUI translates the template and puts the values back (``gui/domain_text.py``), so a
French window says it in French. No Qt here: the services stay free of it.

``scripts/update_translations.py`` finds every ``words("…", …)`` call below the GUI and
lists its template for lupdate, so the template must be a string literal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class Words(str):
    """English text that knows the template and values it was made from."""

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, args: Mapping[str, Any]) -> Words:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = dict(args)
        return self

    def __getnewargs__(self) -> tuple[str, Mapping[str, Any]]:  # type: ignore[override]
        return self.template, self.args


def words(template: str, /, **args: Any) -> Words:
    """``template.format(**args)``, translatable where it is shown (a literal template)."""
    return Words(template, args)


def joined(parts: Iterable[str], separator: str = "; ") -> Words:
    """The parts one after another, each translated where shown (a joining, not a sentence:
    it has no catalogue entry of its own)."""
    args = {f"part{i}": part for i, part in enumerate(parts)}
    escaped = separator.replace("{", "{{").replace("}", "}}")
    return Words(escaped.join("{" + name + "}" for name in args), args)


def message_of(error: BaseException) -> str:
    """The error's message as it was raised (a :class:`Words` kept), not ``str(error)``,
    which makes a plain copy."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
