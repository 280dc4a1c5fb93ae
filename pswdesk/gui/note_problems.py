"""The note rules' problems (``services/note_rules``) in the language of the windows.

The services explain what stops a note in English sentences, keyed by field; the editor
shows them beside the fields and on its "Check and submit" page. The problems a worker
meets when submitting are recognised here by their English wording and given in the
windows' language (with their level, step title or number carried over); any other
problem (a value no form can produce, say) is shown as the service wrote it. In English
every text comes out exactly as the service wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pswdesk.gui.domain_text import translated as translated_words
from pswdesk.gui.framework_text import framework_tr
from pswdesk.gui.vocabulary_text import translated
from pswdesk.wording import Words

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls


def _templates() -> list[tuple[str, str]]:
    """(English pattern, the same sentence as a translatable template), most common first."""
    return [
        (
            r"write a one- or two-sentence summary of the contact",
            translate("NoteProblems", "write a one- or two-sentence summary of the contact"),
        ),
        (
            r"risk indicators are recorded, so choose a risk level",
            translate("NoteProblems", "risk indicators are recorded, so choose a risk level"),
        ),
        (
            r"(?P<level>\w+) risk needs at least one action taken \(safety plan, support "
            r"people, crisis protocol or emergency services\)",
            translate(
                "NoteProblems",
                "{level} risk needs at least one action taken (safety plan, support people, "
                "crisis protocol or emergency services)",
            ),
        ),
        (
            r"(?P<level>\w+) risk needs a date for the next check-in",
            translate("NoteProblems", "{level} risk needs a date for the next check-in"),
        ),
        (
            r"the next check-in date has already passed; pick today or later",
            translate(
                "NoteProblems", "the next check-in date has already passed; pick today or later"
            ),
        ),
        (
            r"the contact time is in the future; notes record contacts that happened",
            translate(
                "NoteProblems",
                "the contact time is in the future; notes record contacts that happened",
            ),
        ),
        (r"the contact time is missing", translate("NoteProblems", "the contact time is missing")),
        (
            r"the duration must be between 1 and (?P<max>\d+) minutes; write a longer contact "
            r"up as separate notes",
            translate(
                "NoteProblems",
                "the duration must be between 1 and {max} minutes; write a longer contact up "
                "as separate notes",
            ),
        ),
        # The rest of a step's problem, once "step 5 (Crisis and safety)" is taken off.
        (
            r" is empty; write what happened or mark it as not addressed",
            translate("NoteProblems", " is empty; write what happened or mark it as not addressed"),
        ),
        (
            r" is marked not addressed but has content; clear the content or untick "
            r"“not addressed”",
            translate(
                "NoteProblems",
                " is marked not addressed but has content; clear the content or untick "
                "“not addressed”",
            ),
        ),
        (
            r" cannot be marked not addressed: this client has an open risk alert, so write how "
            r"risk and the safety plan were checked in this contact",
            translate(
                "NoteProblems",
                " cannot be marked not addressed: this client has an open risk alert, so write "
                "how risk and the safety plan were checked in this contact",
            ),
        ),
    ]


def _field_labels() -> dict[str, str]:
    """The contact details' labels (``note_rules.FIELD_LABELS``; the steps' are framework's)."""
    return {
        "Date and time of contact": translate("NoteProblems", "Date and time of contact"),
        "Duration (minutes)": translate("NoteProblems", "Duration (minutes)"),
        "Type of contact": translate("NoteProblems", "Type of contact"),
        "Location": translate("NoteProblems", "Location"),
        "Short summary": translate("NoteProblems", "Short summary"),
        "Steps not addressed": translate("NoteProblems", "Steps not addressed"),
    }


def field_label(english: str) -> str:
    """A field's name as the rules write it, in the windows' language."""
    return _field_labels().get(english) or framework_tr(english)


def problem_text(message: str) -> str:
    """A rule's problem in the windows' language (as written when it is not a known one)."""
    if isinstance(message, Words):
        return translated_words(message)
    for pattern, template in _templates():
        match = re.fullmatch(pattern, message)
        if match is None:
            continue
        parts = match.groupdict()
        if "level" in parts:  # "high" -> "élevé": the risk level's label, in lower case
            parts["level"] = translated(parts["level"].capitalize()).lower()
        return template.format(**parts)
    return message
