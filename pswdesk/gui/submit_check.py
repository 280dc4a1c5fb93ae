"""The editor's "Check and submit" page: each problem once, as a link to its field.

``services/note_rules.py`` keys every problem by the field it concerns (or
``step.<key>`` for a whole step); here they become lines in the editor's order,
with the field's name as a link (the editor's ``go_to_problem`` follows it), and
every empty step in one line ("Steps 2, 4 and 6 are empty: …"). Problem text can
quote what was typed, so all of it is escaped before it becomes HTML.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from pswdesk.framework import STEP_BY_KEY, STEPS, Step
from pswdesk.gui.framework_text import framework_tr
from pswdesk.gui.note_problems import field_label, problem_text
from pswdesk.services.note_content import NoteContent
from pswdesk.services.note_rules import FIELD_LABELS, STEP_PREFIX, content_fields, step_has_content

_CONTACT_KEYS = ("contact_at", "duration_minutes", "contact_type", "location", "summary")
_POSITION: dict[str, int] = {key: 0 for key in (*_CONTACT_KEYS, "not_addressed")}
for _step in STEPS:
    _POSITION[STEP_PREFIX + _step.key] = _step.number
    for _name in content_fields(_step):
        _POSITION[_name] = _step.number
_POSITION["self_care"] = 8
_LAST = 99


@dataclass(frozen=True, slots=True)
class CheckLine:
    """One line of the check: rich text with its links, the same as plain text."""

    html: str
    text: str
    keys: tuple[str, ...]


# pyside6-lupdate reads translate("SubmitCheck", "literal"); _tr is for texts held in variables.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("SubmitCheck", text)


def _link(key: str, text: str) -> str:
    return f"<a href='{html.escape(key, quote=True)}'>{html.escape(text)}</a>"


def _spoken_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("SubmitCheck", "{items} and {last}").format(
        items=", ".join(items[:-1]), last=items[-1]
    )


def _empty_steps_line(steps: list[Step]) -> CheckLine:
    keys = tuple(STEP_PREFIX + s.key for s in steps)
    numbers = [str(s.number) for s in steps]
    links = [_link(k, n) for k, n in zip(keys, numbers, strict=True)]
    if len(steps) == 1:
        head, tail = (
            translate("SubmitCheck", "Step"),
            translate("SubmitCheck", " is empty: write what happened or mark it not addressed"),
        )
    else:
        head = translate("SubmitCheck", "Steps")
        tail = translate(
            "SubmitCheck", " are empty: write what happened or mark them not addressed"
        )
    return CheckLine(
        f"{head} {_spoken_list(links)}{html.escape(tail)}",
        f"{head} {_spoken_list(numbers)}{tail}",
        keys,
    )


def _step_of(key: str) -> Step | None:
    """The step a ``step.<key>`` problem is about (None for a field's problem)."""
    return STEP_BY_KEY.get(key.removeprefix(STEP_PREFIX)) if key.startswith(STEP_PREFIX) else None


def _split(key: str, message: str) -> tuple[str, str]:
    """(the words that link to the field, the rest of the sentence)."""
    step = _step_of(key)
    if step is not None:
        number = translate("SubmitCheck", "Step") + f" {step.number}"
        titled = f"{number} ({framework_tr(step.title)})"
        for prefix, shown in (
            (f"step {step.number} ({step.title})", titled),
            (f"step {step.number}", number),
        ):
            if message.lower().startswith(prefix.lower()):
                return shown, problem_text(message[len(prefix) :])
        return f"{step.number}. {framework_tr(step.title)}", f": {problem_text(message)}"
    label = FIELD_LABELS.get(key, key.replace("_", " ").capitalize())
    where = ""
    if _POSITION.get(key, 0) in range(1, 9):
        where = translate("SubmitCheck", " (step {n})").format(n=_POSITION[key])
    if message.lower().startswith(label.lower()):
        return f"{field_label(label)}{where}", message[len(label) :]
    return f"{field_label(label)}{where}", f": {problem_text(message)}"


def check_lines(problems: Mapping[str, str], content: NoteContent) -> list[CheckLine]:
    """The problems in the editor's order, each once, with the empty steps in one line."""
    empty: list[Step] = []
    placed: list[tuple[int, int, CheckLine]] = []
    seen: set[str] = set()
    for n, (key, message) in enumerate(problems.items()):
        step = _step_of(key)
        if (
            step is not None
            and step.key not in content.not_addressed
            and not step_has_content(content, step)
        ):
            empty.append(step)
            continue
        linked, rest = _split(key, message)
        text = f"{linked}{rest}"
        if text in seen:
            continue
        seen.add(text)
        line = CheckLine(f"{_link(key, linked)}{html.escape(rest)}", text, (key,))
        placed.append((_POSITION.get(key, _LAST), n, line))
    if empty:
        empty.sort(key=lambda s: s.number)
        placed.append((empty[0].number, -1, _empty_steps_line(empty)))
    return [line for _pos, _n, line in sorted(placed, key=lambda p: (p[0], p[1]))]


def check_html(lines: list[CheckLine]) -> str:
    items = "".join(f"<li style='margin-bottom:6px'>{ln.html}</li>" for ln in lines)
    intro = html.escape(
        translate(
            "SubmitCheck", "Before you submit, please fix (each link takes you to the field):"
        )
    )
    return f"<p>{intro}</p><ul>{items}</ul>"


def check_text(lines: list[CheckLine]) -> str:
    intro = translate("SubmitCheck", "Before you submit, please fix:")
    return "\n".join([intro, "", *(f"• {ln.text}" for ln in lines)])


def focus_field(widget: QWidget) -> None:
    """Put the cursor in a field (or the first part of a composite one) and scroll to it."""
    target = widget
    if widget.focusProxy() is None and not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        target = next(
            (
                w
                for w in widget.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.isEnabled()
                and w.isVisibleTo(widget)
            ),
            widget,
        )
    parent = target.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(target)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
