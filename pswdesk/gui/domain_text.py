"""The services' messages (``pswdesk.wording.Words``) in the language of the windows.

A service raises or returns English; a :class:`~pswdesk.wording.Words` remembers the
template and the values it was made from, so here the template is looked up in the
catalogue's "Domain" context (listed for lupdate in ``domain_words.py``, which
``scripts/update_translations.py`` writes from the services' ``words("…")`` calls) and the
values are put back, a value that is itself Words translated the same way. Plain text, and
a template without a translation, come out exactly as the service wrote them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from pswdesk.wording import Words, message_of

log = logging.getLogger(__name__)

CONTEXT = "Domain"

# strftime codes the services' templates use, as QLocale formats them.
_QT_CODES = {"d": "dd", "-d": "d", "b": "MMM", "B": "MMMM", "Y": "yyyy", "H": "HH", "M": "mm"}


def translated(text: str) -> str:
    """``text`` in the windows' language when it is Words with a translation, else as is.

    Never raises: a translation that names a value the template does not have, or that
    formats one in a way it cannot be, falls back to the English template."""
    if not isinstance(text, Words):
        return text
    try:
        return _translated(text)
    except Exception:  # a bad catalogue entry must never stop a message from showing
        log.warning("a translation of %r could not be filled in", text.template, exc_info=True)
        return str.__str__(text)


def _translated(text: Words) -> str:
    template = QCoreApplication.translate(CONTEXT, text.template)
    local = template != text.template
    args = {name: _value(value, local) for name, value in text.args.items()}
    if local:
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            log.warning("the translation of %r does not fit its values", text.template)
    return text.template.format(**{name: _value(v, False) for name, v in text.args.items()})


def _value(value: Any, local: bool) -> Any:
    if isinstance(value, Words):
        return translated(value)
    if local and isinstance(value, dt.date):
        return _LocalDate(value)
    return value


class _LocalDate:
    """A date put into a translated template: ``{on:%d %b %Y}`` in the windows' locale."""

    def __init__(self, value: dt.date) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if not spec:
            return format(self.value)
        qt = re.sub(r"%(-?[dbBYHM])", lambda m: _QT_CODES[m.group(1)], spec.replace("'", "''"))
        if "%" in qt:  # a code the locale is not asked for: as Python writes it
            return format(self.value, spec)
        v = self.value
        if isinstance(v, dt.datetime):
            moment = QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))
            return QLocale().toString(moment, qt)
        return QLocale().toString(QDate(v.year, v.month, v.day), qt)

    def __str__(self) -> str:
        return str(self.value)


def error_message(error: BaseException) -> str:
    """A domain error's message in the windows' language (no capital added)."""
    return translated(message_of(error))


def problems_text(problems: dict[str, str]) -> dict[str, str]:
    """A ValidationError's problems, field by field, in the windows' language."""
    return {field: translated(message) for field, message in problems.items()}
