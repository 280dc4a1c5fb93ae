"""The eight-step note editor: one page per step, autosaving, never losing typing.

Layout comes from ``ui/note_editor.ui`` (contact page, step list, buttons); the
step pages are built here from ``framework.STEPS`` so the framework stays data.

Drafts are saved through ``notes.save_draft`` a moment after typing stops (and
at least every few seconds while typing goes on), and on close. Saves run off the
GUI thread (pswdesk/gui/operations.py), one at a time: typing during a save marks
the draft dirty again and the next save follows. Closing waits for the last save,
so nothing typed is lost. While an editor is open its note id is kept in
QSettings; a clean close removes it, so after a crash or ``kill -9`` the next
start can offer the draft back (``recovery_note_id`` and ``recoverable_draft``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.errors import ConflictError, DatabaseBusy, PswdeskError, ValidationError
from pswdesk.framework import (
    FEELING_SUGGESTIONS,
    RISK_INDICATOR_SUGGESTIONS,
    STEPS,
    Step,
)
from pswdesk.gui.changes import Change
from pswdesk.gui.date_fields import one_tab_stop
from pswdesk.gui.forms.ui_note_editor import Ui_NoteEditor
from pswdesk.gui.framework_text import framework_tr
from pswdesk.gui.note_fields import FieldBinding, make_field
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.resources import show_message
from pswdesk.gui.risk_context_panel import RiskContext
from pswdesk.gui.submit_check import check_html, check_lines, check_text, focus_field
from pswdesk.gui.table_model import local_time, short_date
from pswdesk.gui.theme import set_own_sheet, text_colour
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import notes
from pswdesk.services.access import Actor
from pswdesk.services.note_content import NoteContent, SelfCareContent
from pswdesk.services.note_rules import SAFETY_STEP, step_problem_key
from pswdesk.vocabulary import ContactType, NoteStatus

IDLE_SAVE_MS = 1500  # save this long after the last keystroke ...
MAX_UNSAVED_MS = 5000  # ... and never let typing go unsaved for longer than this
CLOSE_SAVE_MS = 30_000  # how long closing waits for the last save before asking
RETRY_FIRST_MS = 500  # a save the database was too busy for is tried again after this ...
RETRY_MAX_MS = 8000  # ... doubling each time, up to this
RETRYING = "Not saved yet — retrying…"
RECOVERY_KEY = "recovery/open_note_id"

# Where each framework field lands in NoteContent (most are the same name).
_CONTENT_NAME = {
    "goals": "goal_items",
    "strengths": "strength_items",
    "referrals": "referral_items",
}
_SELF_CARE = {"impact", "boundaries", "plan", "debrief_requested"}
_STATUS_LABELS: dict[str, str] = {
    NoteStatus.DRAFT: "Draft",
    NoteStatus.SUBMITTED: "Submitted — waiting for review",
    NoteStatus.RETURNED: "Returned to you",
    NoteStatus.APPROVED: "Approved and signed",
}
_STATUS_TEXTS: tuple[object, ...] = (  # the labels above, for pyside6-lupdate
    QT_TRANSLATE_NOOP("NoteEditor", "Draft"),
    QT_TRANSLATE_NOOP("NoteEditor", "Submitted — waiting for review"),
    QT_TRANSLATE_NOOP("NoteEditor", "Returned to you"),
    QT_TRANSLATE_NOOP("NoteEditor", "Approved and signed"),
    QT_TRANSLATE_NOOP("NoteEditor", "Not saved yet — retrying…"),
    QT_TRANSLATE_NOOP("NoteEditor", "needs attention"),  # a step's state, read out
    QT_TRANSLATE_NOOP("NoteEditor", "not addressed"),
    QT_TRANSLATE_NOOP("NoteEditor", "filled"),
    QT_TRANSLATE_NOOP("NoteEditor", "empty"),
)


# pyside6-lupdate reads translate("NoteEditor", "literal"); _tr is for texts held in variables.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("NoteEditor", text)


def step_heading(step: Step) -> str:
    """The step's number and title ("1. Listening and validation"), in the windows' language."""
    return f"{step.number}. {framework_tr(step.title)}"


# Local to the editor so it reads well whatever the application style sheet says.
EDITOR_STYLE = """
QLabel#note_client_label { font-size: 17pt; font-weight: 600; }
QLabel#status_label { padding: 2px 8px; border-radius: 9px; background: #e5e9f0; }
QLabel#status_label[status="returned"] { background: #fff1d6; color: #7a4b00; }
QLabel#status_label[status="submitted"] { background: #e0ecff; color: #1d4e89; }
QLabel#status_label[status="approved"] { background: #e3f4e8; color: #1b5e20; }
QLabel#message_label { padding: 8px 10px; border-radius: 4px; background: #eef2f7; }
QLabel#message_label[kind="error"] { background: #fdecea; color: #8a1c1c; }
QLabel#message_label[kind="warning"] { background: #fff4e0; color: #7a4b00; }
QLabel#message_label[kind="ok"] { background: #e6f4ea; color: #1b5e20; }
QListWidget#step_list { font-size: 11pt; }
QListWidget#step_list::item { padding: 7px 6px; }
QLabel#step_title, QLabel#contact_title_label { font-size: 15pt; font-weight: 600; }
QLabel#step_purpose, QLabel#contact_hint_label { color: #3e4c59; font-size: 11pt; }
QLabel#step_prompts { color: #52606d; background: #f5f7fa; padding: 8px; border-radius: 4px; }
QLabel#field_error { color: #b3261e; font-weight: 600; }
QLabel#submit_summary { font-size: 11pt; padding: 12px; }
QLabel#save_state_label { color: #52606d; }
"""
CONTACT_ROW = 0
STEP_ROW_OFFSET = 1


def content_name(field_name: str) -> str:
    """The key the services use for a framework field (also in validation problems)."""
    if field_name in _SELF_CARE:
        return f"self_care.{field_name}"
    return _CONTENT_NAME.get(field_name, field_name)


class StepPage(QWidget):
    """One framework step: purpose, prompts, 'not addressed', and its fields."""

    def __init__(self, step: Step, on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        layout = self.body_layout = QVBoxLayout(body)
        title = QLabel(step_heading(step), body)
        title.setObjectName("step_title")
        purpose = QLabel(framework_tr(step.purpose), body)
        purpose.setWordWrap(True)
        purpose.setObjectName("step_purpose")
        prompts = QLabel("".join(f"• {framework_tr(p)}<br>" for p in step.prompts), body)
        prompts.setTextFormat(Qt.TextFormat.RichText)  # our own text only, no user input
        prompts.setWordWrap(True)
        prompts.setObjectName("step_prompts")
        prompts.setAccessibleName(
            translate("NoteEditor", "Prompts for step {n}").format(n=step.number)
        )
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(prompts)
        self.skip_box = QCheckBox(translate("NoteEditor", "Not addressed in this contact"), body)
        self.skip_box.setAccessibleName(
            translate("NoteEditor", "Step {n} not addressed").format(n=step.number)
        )
        self.skip_box.setObjectName(f"{step.key}_skip")
        self.skip_box.toggled.connect(self._skip_toggled)
        self.skip_box.toggled.connect(lambda _b: on_change())
        layout.addWidget(self.skip_box)
        self.form_host = QWidget(body)
        form = QFormLayout(self.form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.bindings: list[FieldBinding] = []
        for spec in step.fields:
            suggestions = {
                "feelings": FEELING_SUGGESTIONS,
                "risk_indicators": RISK_INDICATOR_SUGGESTIONS,
            }.get(spec.name, ())
            binding = make_field(spec, self.form_host, on_change, suggestions)
            box = QWidget(self.form_host)
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(binding.widget)
            v.addWidget(binding.error_label)
            if spec.kind == "bool":
                form.addRow(box)
            else:
                label = QLabel(framework_tr(spec.label), self.form_host)
                label.setBuddy(binding.widget)
                proxy = binding.widget.focusProxy()
                if proxy is not None:  # a composite field (a date and its buttons)
                    proxy.setAccessibleName(label.text().replace("&", ""))
                form.addRow(label, box)
            self.bindings.append(binding)
        layout.addWidget(self.form_host)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def _skip_toggled(self, skipped: bool) -> None:
        self.form_host.setEnabled(not skipped)

    @property
    def skipped(self) -> bool:
        return self.skip_box.isChecked()

    def is_filled(self) -> bool:
        return any(b.is_filled() for b in self.bindings if b.spec.kind != "bool")


class NoteEditor(QMainWindow):
    """Edit one draft (or view a locked note read-only)."""

    saved = Signal(int)
    submitted = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        note: notes.NoteView,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.note = note
        self.settings = settings or QSettings()
        self.ui = Ui_NoteEditor()
        self.ui.setupUi(self)
        one_tab_stop(self.ui.contact_at_edit)  # Tab leaves it; Left/Right move in it
        set_own_sheet(self, EDITOR_STYLE)  # dark colours in dark mode
        self._loading = False
        self._dirty = False
        self._edits = 0  # counts edits, so a save knows whether typing went on meanwhile
        self._save_op: Op[notes.NoteView] | None = None  # the save in flight, if any
        self._save_again = False  # a save was asked for while one was in flight
        self._submit_after_save = False
        self._submitting = False
        self._save_error = False  # the last save was refused
        self._problems: dict[str, str] = {}
        self.pages: list[StepPage] = []
        self.bindings: dict[str, FieldBinding] = {}
        self._build_pages()
        self._wire()
        self._idle_timer = QTimer(self, singleShot=True, interval=IDLE_SAVE_MS)
        self._idle_timer.timeout.connect(self.save_now)
        self._max_timer = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._max_timer.timeout.connect(self.save_now)
        # A busy database: the same save again, later and later (no sleeps on the GUI thread).
        self._retry_timer = QTimer(self, singleShot=True)
        self._retry_timer.timeout.connect(self.save_now)
        self._retry_ms = RETRY_FIRST_MS
        self._show_note(note)
        self.ui.step_list.setCurrentRow(CONTACT_ROW)
        # An open risk alert on the client: shown on step 5, which may not be skipped.
        self.risk_context: RiskContext | None = None
        safety = next((p for p in self.pages if p.step.key == SAFETY_STEP), None)
        if self.editable and safety is not None:
            self.risk_context = RiskContext(
                self, db, actor, note.client_id, safety, self._refresh_summary
            )
        if self.editable:
            self.settings.setValue(RECOVERY_KEY, note.id)
            self.settings.sync()

    # -- building ---------------------------------------------------------------------------

    def _build_pages(self) -> None:
        ui = self.ui
        for ct in ContactType:
            ui.contact_type_combo.addItem(vocab_label(ct), ct.value)
        ui.client_label.setObjectName("note_client_label")
        ui.contact_title_label.setObjectName("contact_title_label")
        contact_item = QListWidgetItem(translate("NoteEditor", "Contact details"))
        ui.step_list.addItem(contact_item)
        for step in STEPS:
            if step.private_to_staff and self.note.content.self_care is None:
                continue  # step 8 of someone else's note: not ours to see
            page = StepPage(step, self._on_edited, ui.page_stack)
            ui.page_stack.addWidget(page)
            self.pages.append(page)
            ui.step_list.addItem(QListWidgetItem(step_heading(step)))
            for b in page.bindings:
                self.bindings[b.spec.name] = b
        self._submit_item = QListWidgetItem(translate("NoteEditor", "Check and submit"))
        ui.step_list.addItem(self._submit_item)
        self.summary_page = QLabel(ui.page_stack)
        self.summary_page.setObjectName("submit_summary")
        self.summary_page.setWordWrap(True)
        self.summary_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Problems are links to their fields (gui/submit_check.py escapes every word typed).
        self.summary_page.setTextFormat(Qt.TextFormat.RichText)
        self.summary_page.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.summary_page.linkActivated.connect(self.go_to_problem)
        self.summary_text = ""  # the page as plain text (tests, screen readers)
        ui.page_stack.addWidget(self.summary_page)

    def _wire(self) -> None:
        ui = self.ui
        ui.step_list.currentRowChanged.connect(self._go_to_row)
        ui.previous_button.clicked.connect(lambda: self.step_by(-1))
        ui.next_button.clicked.connect(lambda: self.step_by(1))
        ui.save_button.clicked.connect(self.save_now)
        ui.submit_button.clicked.connect(self.submit)
        ui.contact_at_edit.dateTimeChanged.connect(lambda _d: self._on_edited())
        ui.duration_spin.valueChanged.connect(lambda _v: self._on_edited())
        ui.contact_type_combo.currentIndexChanged.connect(lambda _i: self._on_edited())
        ui.location_edit.textEdited.connect(lambda _t: self._on_edited())
        ui.summary_edit.textChanged.connect(self._on_edited)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save_now),
            ("Ctrl+PgDown", lambda: self.step_by(1)),
            ("Ctrl+PgUp", lambda: self.step_by(-1)),
            ("Ctrl+Return", self.submit),
            ("Ctrl+Enter", self.submit),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        for n in range(1, 9):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.go_to_step(n))

    # -- navigation -------------------------------------------------------------------------

    def _go_to_row(self, row: int) -> None:
        self.ui.page_stack.setCurrentIndex(max(row, 0))
        if row == self.ui.step_list.count() - 1:
            self._refresh_summary()
        last = self.ui.step_list.count() - 1
        self.ui.previous_button.setEnabled(row > 0)
        self.ui.next_button.setEnabled(row < last)

    def step_by(self, delta: int) -> None:
        row = self.ui.step_list.currentRow() + delta
        if 0 <= row < self.ui.step_list.count():
            self.ui.step_list.setCurrentRow(row)
            page = self.ui.page_stack.currentWidget()
            if page is not None:
                page.setFocus()
                page.focusNextChild()

    def go_to_problem(self, key: str) -> None:
        """A link on the check page: show the field's page and put the cursor in it."""
        ui = self.ui
        contact = {
            "contact_at": ui.contact_at_edit,
            "duration_minutes": ui.duration_spin,
            "contact_type": ui.contact_type_combo,
            "location": ui.location_edit,
            "summary": ui.summary_edit,
        }
        if key in contact:
            ui.step_list.setCurrentRow(CONTACT_ROW)
            focus_field(contact[key])
            return
        for row, page in enumerate(self.pages, STEP_ROW_OFFSET):
            fields = {content_name(b.spec.name): b.widget for b in page.bindings}
            target: QWidget | None = fields.get(key)
            whole = key == step_problem_key(page.step.key)
            if whole or (key == "self_care" and page.step.private_to_staff):
                # The box when it is ticked (or wrongly so), otherwise the step's first field.
                box = page.skipped and page.skip_box.isEnabled()
                target = page.skip_box if box or not fields else page.bindings[0].widget
            if target is not None:
                ui.step_list.setCurrentRow(row)
                focus_field(target)
                return

    def go_to_step(self, number: int) -> None:
        for i, page in enumerate(self.pages):
            if page.step.number == number:
                self.ui.step_list.setCurrentRow(i + STEP_ROW_OFFSET)
                return

    # -- reading and filling ---------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self.note.can_edit

    def content(self) -> NoteContent:
        """What the widgets hold now, as the services want it."""
        ui = self.ui
        values: dict[str, Any] = {}
        self_care: dict[str, Any] = {}
        for name, b in self.bindings.items():
            if name in _SELF_CARE:
                self_care[name] = b.get()
            else:
                values[content_name(name)] = b.get()
        contact_at = ui.contact_at_edit.dateTime().toPython()
        assert isinstance(contact_at, dt.datetime)
        return NoteContent(
            contact_at=contact_at.astimezone(dt.UTC),  # naive local -> aware UTC
            duration_minutes=ui.duration_spin.value(),
            contact_type=ui.contact_type_combo.currentData(),
            location=ui.location_edit.text().strip(),
            summary=ui.summary_edit.toPlainText(),
            not_addressed=tuple(p.step.key for p in self.pages if p.skipped),
            self_care=SelfCareContent(**self_care) if self.note.content.self_care else None,
            **values,
        )

    def _fill(self, c: NoteContent) -> None:
        ui = self.ui
        self._loading = True
        try:
            local = c.contact_at.astimezone()
            ui.contact_at_edit.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day),
                    QTime(local.hour, local.minute, local.second, local.microsecond // 1000),
                )
            )
            ui.duration_spin.setValue(c.duration_minutes)
            ui.contact_type_combo.setCurrentIndex(
                max(ui.contact_type_combo.findData(c.contact_type), 0)
            )
            ui.location_edit.setText(c.location)
            ui.summary_edit.setPlainText(c.summary)
            for name, b in self.bindings.items():
                if name in _SELF_CARE:
                    b.set(getattr(c.self_care, name) if c.self_care else None)
                else:
                    b.set(getattr(c, content_name(name)))
            for page in self.pages:
                page.skip_box.setChecked(page.step.key in c.not_addressed)
        finally:
            self._loading = False
        self._refresh_step_states()

    def _show_note(self, note: notes.NoteView) -> None:
        self.note = note
        self._fill(note.content)
        ui = self.ui
        ui.client_label.setText(note.client_name)
        ui.status_label.setText(
            translate("NoteEditor", "Filed without review")
            if note.filed_without_review
            else _tr(_STATUS_LABELS.get(note.status, note.status))
        )
        ui.status_label.setProperty("status", note.status)
        self.setWindowTitle(
            translate("NoteEditor", "Note — {name} — {date}").format(
                name=note.client_name, date=short_date(note.content.contact_at)
            )
        )
        if note.status == "returned" and note.last_return_comment:
            self._message(
                translate("NoteEditor", "Returned by your supervisor: {comment}").format(
                    comment=note.last_return_comment
                ),
                "warning",
            )
        elif note.filed_without_review:
            self._message(f"{note.filed_without_review} It cannot change; add an addendum instead.")
        elif note.status == "approved":
            when = note.signed_at.astimezone() if note.signed_at else None
            signed = (
                translate("NoteEditor", " by {name} on {when}").format(
                    name=note.signed_by_name, when=local_time(note.signed_at)
                )
                if when
                else ""
            )
            self._message(
                translate(
                    "NoteEditor",
                    "Approved{signed}. Signed notes cannot change; add an addendum instead.",
                ).format(signed=signed)
            )
        elif not self.editable:
            self._message(translate("NoteEditor", "This note is read-only for you."))
        else:
            self._message("")
        self._set_read_only(not self.editable)

    def _set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        ui.contact_at_edit.setReadOnly(read_only)
        ui.duration_spin.setReadOnly(read_only)
        ui.contact_type_combo.setEnabled(not read_only)
        ui.location_edit.setReadOnly(read_only)
        ui.summary_edit.setReadOnly(read_only)
        for b in self.bindings.values():
            b.lock(read_only)
        for page in self.pages:
            page.skip_box.setEnabled(not read_only)
        ui.save_button.setVisible(not read_only)
        ui.submit_button.setVisible(not read_only)

    # -- saving -----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading or not self.editable:
            return
        self._dirty = True
        self._edits += 1
        self.ui.save_state_label.setText("Editing…")
        self._idle_timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()
        self._refresh_step_states()

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def saving(self) -> bool:
        return self._save_op is not None

    def save_now(self) -> None:
        """Save the draft if anything changed; the answer arrives on the GUI thread later."""
        self._idle_timer.stop()
        self._max_timer.stop()
        self._retry_timer.stop()
        if self._save_op is not None:  # one save at a time; the next follows this one
            self._save_again = True
            return
        if not self._dirty or not self.editable:
            return
        db, actor, note_id = self.db, self.actor, self.note.id
        content, version, edits = self.content(), self.note.version, self._edits
        op = (
            Op(self, lambda: notes.save_draft(db, actor, note_id, content, version))
            .success(lambda view: self._saved(view, edits))
            .failure(self._save_failed)
            .changes(Change.NOTE, client_id=self.note.client_id)
        )
        self._save_op = op
        self.ui.save_state_label.setText(translate("NoteEditor", "Saving…"))
        op.run()

    def _saved(self, view: notes.NoteView, edits: int) -> None:
        self._save_op = None
        self._save_error = False
        self._retry_ms = RETRY_FIRST_MS
        self.note = view
        if edits == self._edits:
            self._dirty = False
            self.ui.save_state_label.setText(
                translate("NoteEditor", "Saved {time}").format(time=f"{dt.datetime.now():%H:%M:%S}")
            )
        else:
            self.ui.save_state_label.setText("Editing…")
        self.saved.emit(view.id)
        if self._dirty and (self._save_again or self._submit_after_save):
            self._save_again = False
            self.save_now()
            return
        self._save_again = False
        if self._submit_after_save and not self._dirty:
            self._submit_after_save = False
            self._submit_saved()
        elif self._dirty and not self._idle_timer.isActive():
            self._idle_timer.start()  # typing went on during the save: save that too

    def _save_failed(self, error: Exception) -> None:
        self._save_op = None
        self._save_again = False
        self._save_error = True
        if isinstance(error, DatabaseBusy):
            # Nothing was written and the text stays here: try again, waiting longer each
            # time; a submit asked for goes on once the save is through.
            self.ui.save_state_label.setText(_tr(RETRYING))
            self._retry_timer.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
            return
        self._submit_after_save = False
        self.ui.save_state_label.setText(translate("NoteEditor", "Not saved"))
        if isinstance(error, ConflictError):
            self._message(
                translate(
                    "NoteEditor",
                    "Not saved: {error}. Your text is still here; copy it before reloading.",
                ).format(error=error),
                "error",
            )
            return
        self._message(
            translate("NoteEditor", "Not saved: {error}").format(error=error_text(error)), "error"
        )
        if isinstance(error, ValidationError):
            self._show_problems(error.problems)

    def save_and_wait(self, msecs: int = CLOSE_SAVE_MS) -> bool:
        """Save now and block until the save is done (closing must not lose typing).

        Only this editor's save is delivered meanwhile. True when everything typed is stored."""
        self._idle_timer.stop()
        self._max_timer.stop()
        for _ in range(3):  # the save in flight, then one for what was typed after it
            op = self._save_op
            if op is None:
                if not self._dirty or not self.editable:
                    return True
                self._save_again = False
                self.save_now()
                op = self._save_op
                if op is None:
                    return not self._dirty
            if not op.wait(msecs) or self._save_error:
                return False
        return not self._dirty

    def submit(self) -> None:
        """Save what is typed, check it, then send it for review (all off the GUI thread)."""
        if not self.editable or self._submitting:
            return
        self._submit_after_save = True
        if self._save_op is not None:
            self._save_again = True
            return
        if self._dirty:
            self.save_now()
            return
        self._submit_after_save = False
        self._submit_saved()

    def _submit_saved(self) -> None:
        problems = notes.validate_for_submit(self.content(), open_risk_alert=self.open_risk_alert)
        if problems:
            self._show_problems(problems)
            self.ui.step_list.setCurrentRow(self.ui.step_list.count() - 1)
            self._message(
                translate(
                    "NoteEditor", "Not submitted yet: a few things need attention (listed below)."
                ),
                "error",
            )
            return
        db, actor, note_id, version = self.db, self.actor, self.note.id, self.note.version
        self._submitting = True
        self.ui.submit_button.setEnabled(False)
        Op(self, lambda: notes.submit(db, actor, note_id, version)).success(
            self._submitted
        ).failure(self._submit_failed).changes(
            Change.NOTE, Change.REVIEW, Change.CLIENT, client_id=self.note.client_id
        ).busy(self).run()

    def _submitted(self, view: notes.NoteView) -> None:
        self._submitting = False
        self.ui.submit_button.setEnabled(True)
        self._show_problems({})
        self._show_note(view)
        self._message(translate("NoteEditor", "Submitted. Your supervisor will review it."), "ok")
        self._forget_recovery()
        self.submitted.emit(view.id)

    def _submit_failed(self, error: Exception) -> None:
        self._submitting = False
        self.ui.submit_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_problems(error.problems)
            self.ui.step_list.setCurrentRow(self.ui.step_list.count() - 1)
            self._message(
                translate("NoteEditor", "Not submitted yet: a few things need attention."), "error"
            )
            return
        self._message(
            translate("NoteEditor", "Not submitted: {error}").format(error=error_text(error)),
            "error",
        )

    # -- problems and step states ------------------------------------------------------------

    def _show_problems(self, problems: dict[str, str]) -> None:
        self._problems = dict(problems)
        for name, b in self.bindings.items():
            b.show_problem(problems.get(name) or problems.get(content_name(name)))
        self._refresh_step_states()
        self._refresh_summary()

    def _page_problem_keys(self, page: StepPage) -> set[str]:
        keys = {step_problem_key(page.step.key)}
        for b in page.bindings:
            keys |= {b.spec.name, content_name(b.spec.name)}
        return keys

    def _refresh_step_states(self) -> None:
        lst = self.ui.step_list
        contact_keys = {"contact_at", "duration_minutes", "contact_type", "location", "summary"}
        self._mark(
            lst.item(CONTACT_ROW),
            translate("NoteEditor", "Contact details"),
            bool(contact_keys & set(self._problems)),
            True,
            False,
        )
        for i, page in enumerate(self.pages):
            attention = bool(self._page_problem_keys(page) & set(self._problems))
            self._mark(
                lst.item(i + STEP_ROW_OFFSET),
                step_heading(page.step),
                attention,
                page.is_filled(),
                page.skipped,
            )

    @staticmethod
    def _mark(
        item: QListWidgetItem, title: str, attention: bool, filled: bool, skipped: bool
    ) -> None:
        if attention:
            mark, state, colour = "!", "needs attention", "#b3261e"
        elif skipped:
            mark, state, colour = "–", "not addressed", "#6b7280"
        elif filled:
            mark, state, colour = "✓", "filled", "#1b7f3b"
        else:
            mark, state, colour = "○", "empty", "#374151"
        item.setText(f"{mark}  {title}")
        item.setForeground(QBrush(text_colour(colour)))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {_tr(state)}")
        item.setData(Qt.ItemDataRole.UserRole, state)

    def step_state(self, number: int) -> str:
        """filled, not addressed, needs attention or empty (for tests and screen readers)."""
        for i, page in enumerate(self.pages):
            if page.step.number == number:
                return self.ui.step_list.item(i + STEP_ROW_OFFSET).data(Qt.ItemDataRole.UserRole)
        raise KeyError(number)

    def _refresh_summary(self) -> None:
        if not self.editable:
            self.summary_page.setText(translate("NoteEditor", "This note is no longer editable."))
            return
        content = self.content()
        problems = self._problems or notes.validate_for_submit(
            content, open_risk_alert=self.open_risk_alert
        )
        if problems:
            found = check_lines(problems, content)
            self.summary_text = check_text(found)
            self.summary_page.setText(check_html(found))
            return
        lines = [
            translate("NoteEditor", "Everything needed is here."),
            "",
            translate(
                "NoteEditor",
                "Submit sends it to your supervisor; if it comes back, you can still change it.",
            ),
        ]
        self.summary_text = "\n".join(lines)
        self.summary_page.setText("<br>".join(lines))

    @property
    def open_risk_alert(self) -> bool:
        """The client has a risk alert no supervisor has cleared (once it has loaded)."""
        return self.risk_context is not None and self.risk_context.open_alert

    def _message(self, text: str, kind: str = "info") -> None:
        show_message(self.ui.message_label, text, kind)

    @property
    def message(self) -> str:
        return self.ui.message_label.text()

    # -- closing ----------------------------------------------------------------------------

    def _forget_recovery(self) -> None:
        forget_recovery(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editable and not self.save_and_wait():
            answer = QMessageBox.warning(
                self,
                translate("NoteEditor", "Note not saved"),
                translate(
                    "NoteEditor",
                    "The latest changes could not be saved. Close anyway and lose them?",
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._forget_recovery()
        event.accept()


def recovery_note_id(settings: QSettings) -> int | None:
    """The note an editor had open when the app last stopped without closing it (no database)."""
    if not settings.contains(RECOVERY_KEY):
        return None
    try:
        return int(str(settings.value(RECOVERY_KEY)))
    except (ValueError, TypeError):
        forget_recovery(settings)
        return None


def forget_recovery(settings: QSettings) -> None:
    if settings.contains(RECOVERY_KEY):
        settings.remove(RECOVERY_KEY)
        settings.sync()


def recoverable_draft(db: Database, actor: Actor, note_id: int) -> notes.NoteView | None:
    """The note, if its author may still edit it; None if it is gone or no longer a draft.

    Reads the database: call it inside an ``Op``, then ``forget_recovery`` on None."""
    try:
        note = notes.get_note(db, actor, note_id)
    except PswdeskError:
        return None
    return note if note.can_edit else None


def pending_recovery(db: Database, actor: Actor, settings: QSettings | None = None) -> int | None:
    """``recovery_note_id`` and ``recoverable_draft`` in one blocking call (the recovery
    test, and callers not yet moved to ``Op``); forgets a note that cannot be recovered."""
    settings = settings or QSettings()
    note_id = recovery_note_id(settings)
    if note_id is None:
        return None
    if recoverable_draft(db, actor, note_id) is None:
        forget_recovery(settings)
        return None
    return note_id
