"""Registering a client (Client > New client) and editing their details, in one form.

Why one form: a new client and a changed one obey the same rules (``ClientInput``:
the limits, the characters refused), so both show the same fields and the same
messages, next to the field each is about, with everything typed kept. While the
person types, the duplicate panel (``duplicate_panel``) asks, a moment after the
last key, whether a client with these details is already registered; saving with
a duplicate shown needs "This is a different person". A supervisor chooses which
of their team's workers carry the new client; a worker carries it themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.errors import DuplicateFound, ValidationError
from pswdesk.gui.changes import Change
from pswdesk.gui.duplicate_panel import DuplicatePanel
from pswdesk.gui.forms.ui_intake_dialog import Ui_IntakeDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import RecordDialog, sentence
from pswdesk.services import clients, duplicates, intake, users
from pswdesk.services.access import SUPERVISOR, Actor
from pswdesk.services.client_input import LABELS, LIMITS, ClientInput
from pswdesk.services.clients import ClientDetail
from pswdesk.services.duplicates import DuplicateProbe, DuplicateReport, email_key, phone_key
from pswdesk.services.users import UserRow
from pswdesk.vocabulary import Role

#: How long after the last key the duplicate check runs (one query per pause, not per key).
DUPLICATE_DELAY_MS = 300
DATE_FORMS = (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), re.compile(r"^(\d{4})(\d{2})(\d{2})$"))
DATE_HELP = "write the date of birth as year-month-day, for example 1990-03-25"
TEXT_FIELDS = tuple(LIMITS)  # the fields typed as text, each with its limit


def parse_date(text: str) -> dt.date | None:
    """A typed date of birth: "1990-03-25" (or 19900325); None when blank.

    Raises ``ValueError`` with the words to show for anything else: day-month
    orders differ between countries, so only the unambiguous form is taken."""
    value = text.strip().replace("/", "-").replace(".", "-")
    if not value:
        return None
    for form in DATE_FORMS:
        found = form.match(value)
        if found:
            year, month, day = (int(g) for g in found.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise ValueError(f"there is no such date; {DATE_HELP}") from None
    raise ValueError(DATE_HELP)


def _enough_to_check(probe: DuplicateProbe) -> bool:
    """Whether what is typed can tell anyone apart (else the panel waits)."""
    named = bool(probe.preferred_name.strip() or probe.legal_name.strip())
    return (named and probe.date_of_birth is not None) or bool(
        phone_key(probe.phone) or email_key(probe.email)
    )


translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls


class IntakeDialog(RecordDialog):
    """New client (``detail`` None) or the details of an existing one.

    ``saved`` carries the ``ClientDetail`` written; ``open_client`` asks the main
    window for a record from the duplicate panel (the form stays open)."""

    open_client = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        detail: ClientDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.detail = db, actor, detail
        self.setup(Ui_IntakeDialog())
        self.ui: Ui_IntakeDialog
        ui = self.ui
        # Not modal: "Open" on a possible duplicate shows that record in the main window
        # while what was typed here waits.
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.panel = DuplicatePanel(ui, self, confirm=detail is None)
        self.panel.open_client.connect(self.open_client)
        self._generation = 0  # the duplicate check whose answer is awaited
        self.checking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_DELAY_MS)
        self._timer.timeout.connect(self.check_duplicates)
        self._limit_fields()
        for edit in (
            ui.preferred_name_edit, ui.legal_name_edit, ui.date_of_birth_edit,
            ui.phone_edit, ui.email_edit,
        ):  # fmt: skip
            edit.textChanged.connect(self._details_changed)
        ui.date_of_birth_edit.editingFinished.connect(self._check_date)
        self._supervising = actor.has(SUPERVISOR) and detail is None
        if detail is None:
            self.setWindowTitle(translate("IntakeDialog", "New client"))
            self.save_button.setText(translate("IntakeDialog", "&Register client"))
            self._set_up_workers()
        else:
            self.setWindowTitle(
                translate("IntakeDialog", "Edit details: {name}").format(name=detail.preferred_name)
            )
            self.save_button.setText(translate("IntakeDialog", "Save &changes"))
            ui.intro_label.setText(
                translate(
                    "IntakeDialog",
                    "Changes are saved to the record for everyone who carries this client.",
                )
            )
            self._fill(detail)
        self.announce(Change.CLIENT, client_id=detail.id if detail else None)
        ui.preferred_name_edit.setFocus()

    # -- the fields -------------------------------------------------------------------------

    def _text_edit(self, key: str) -> QLineEdit | QPlainTextEdit:
        edit = getattr(self.ui, f"{key}_edit")
        assert isinstance(edit, QLineEdit | QPlainTextEdit)
        return edit

    def _limit_fields(self) -> None:
        """The service's limits in the fields: a line edit stops at its limit; a
        multi-line field says so under it when a paste goes over."""
        for key, limit in LIMITS.items():
            edit = self._text_edit(key)
            if isinstance(edit, QLineEdit):
                edit.setMaxLength(limit)
            else:
                edit.textChanged.connect(lambda k=key, e=edit, n=limit: self._over_limit(k, e, n))

    def _over_limit(self, key: str, edit: QPlainTextEdit, limit: int) -> None:
        length = len(edit.toPlainText().strip())
        label = self._errors.get(key)
        if label is None:
            return
        if length > limit:
            label.setText(
                sentence(f"the {LABELS[key]} is at most {limit:,} characters ({length:,} now).")
            )
            label.setVisible(True)
        elif label.isVisible() and "at most" in label.text():
            label.setVisible(False)

    def text(self, key: str) -> str:
        edit = self._text_edit(key)
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()

    def _fill(self, d: ClientDetail) -> None:
        ui = self.ui
        for key in TEXT_FIELDS:
            edit = self._text_edit(key)
            value = str(getattr(d, key) or "")
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)
        ui.date_of_birth_edit.setText(d.date_of_birth.isoformat() if d.date_of_birth else "")
        ui.phone_ok_check.setChecked(d.phone_ok_message)
        ui.email_ok_check.setChecked(d.email_ok_message)
        ui.safety_check.setChecked(d.safety_sensitive)
        ui.workers_list.setVisible(False)
        names = ", ".join(w.full_name for w in d.workers) or translate("IntakeDialog", "nobody yet")
        ui.workers_value.setText(
            translate("IntakeDialog", "{names}   (change them with Assign or transfer…)").format(
                names=names
            )
        )
        ui.workers_label.setText(translate("IntakeDialog", "Workers"))
        self._timer.stop()  # filling in is not typing; check what is there once
        self.check_duplicates()

    def _set_up_workers(self) -> None:
        ui = self.ui
        if not self._supervising:
            ui.workers_list.setVisible(False)
            ui.workers_value.setText(
                translate("IntakeDialog", "{name} (you)").format(name=self.actor.full_name)
            )
            ui.workers_label.setText(translate("IntakeDialog", "Worker"))
            return
        ui.workers_value.setVisible(False)
        ui.workers_list.setEnabled(False)  # until the team is in
        db, actor = self.db, self.actor
        Op(self, lambda: users.list_users(db, actor)).success(self._show_team).failure(
            lambda e: self._workers_problem(error_text(e))
        ).run()

    def _show_team(self, team: list[UserRow]) -> None:
        ui = self.ui
        ui.workers_list.clear()
        carriers = [u for u in team if u.active and Role.WORKER in u.roles]
        for u in carriers:
            you = translate("IntakeDialog", " (you)") if u.id == self.actor.id else ""
            item = QListWidgetItem(f"{u.full_name}{you}")
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # A supervisor who carries clients carries the new one unless they choose others.
            mine = u.id == self.actor.id or len(carriers) == 1
            item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
            ui.workers_list.addItem(item)
        ui.workers_list.setEnabled(bool(carriers))
        if not carriers:
            self._workers_problem(
                translate("IntakeDialog", "Nobody on your team has the worker role yet.")
            )

    def _workers_problem(self, text: str) -> None:
        label = self._errors["workers"]
        label.setText(text)
        label.setVisible(True)

    def chosen_workers(self) -> list[int] | None:
        """The ticked workers (a supervisor's choice); None lets the service decide."""
        if not self._supervising:
            return None
        ids: list[int] = []
        for i in range(self.ui.workers_list.count()):
            item = self.ui.workers_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_worker_checked(self, user_id: int, checked: bool) -> None:
        """Tick or untick one worker (tests, and a caseload page naming its worker)."""
        for i in range(self.ui.workers_list.count()):
            item = self.ui.workers_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == user_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _check_date(self) -> None:
        """Say at once, on leaving the field, when a date cannot be read."""
        try:
            parse_date(self.ui.date_of_birth_edit.text())
        except ValueError as e:
            label = self._errors["date_of_birth"]
            label.setText(sentence(str(e)) + ".")
            label.setVisible(True)
        else:
            self._errors["date_of_birth"].setVisible(False)

    # -- duplicates -------------------------------------------------------------------------

    def probe(self) -> DuplicateProbe:
        try:
            born = parse_date(self.ui.date_of_birth_edit.text())
        except ValueError:
            born = None
        return DuplicateProbe(
            self.text("preferred_name"), self.text("legal_name"), born,
            self.text("phone"), self.text("email"),
        )  # fmt: skip

    def _details_changed(self, *_args: object) -> None:
        self._timer.start()  # restarts: the check runs once typing pauses

    def check_duplicates(self) -> None:
        """Ask now which clients may be this person (an answer for older text is dropped)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        probe = self.probe()
        if not _enough_to_check(probe):
            self.checking = False
            self.panel.clear()
            return
        db, actor = self.db, self.actor
        exclude = self.detail.id if self.detail else None
        self.checking = True
        Op(
            self, lambda: duplicates.likely_duplicates(db, actor, probe, exclude_id=exclude)
        ).success(lambda report: self._checked(generation, report)).failure(
            lambda e: self._check_failed(generation, e)
        ).run()

    def _checked(self, generation: int, report: DuplicateReport) -> None:
        if generation == self._generation:
            self.checking = False
            self.panel.show_report(report)

    def _check_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.checking = False
            # The check helps; it does not block typing. Saving checks again anyway.
            self.ui.duplicate_status.setText(
                translate("IntakeDialog", "Could not check for duplicates: {error}").format(
                    error=error_text(error)
                )
            )

    # -- saving -----------------------------------------------------------------------------

    def read_input(self) -> tuple[ClientInput, dict[str, str]]:
        """What is typed, and the problems found before any service is asked."""
        problems: dict[str, str] = {}
        try:
            born = parse_date(self.ui.date_of_birth_edit.text())
        except ValueError as e:
            born, problems["date_of_birth"] = None, str(e)
        ui = self.ui
        data = ClientInput(
            **{key: self.text(key) for key in TEXT_FIELDS},
            date_of_birth=born,
            phone_ok_message=ui.phone_ok_check.isChecked(),
            email_ok_message=ui.email_ok_check.isChecked(),
            safety_sensitive=ui.safety_check.isChecked(),
        )
        return data, problems

    def save(self) -> None:
        if self.saving:
            return
        if self.panel.needs_tick:
            self.clear_errors()
            self.panel.ask_for_tick()
            return
        super().save()

    def submit(self) -> Callable[[], Any]:
        data, early = self.read_input()
        db, actor, detail = self.db, self.actor, self.detail
        workers = self.chosen_workers()
        different = self.panel.declared_different
        declared = self.panel.shown_ids if different else ()

        def call() -> ClientDetail:
            # Every field's problem at once: the date read here and the service's rules.
            problems = {**data.problems(), **early}
            if problems:
                raise ValidationError(problems)
            if detail is None:
                return intake.register_client(
                    db, actor, data, workers=workers,
                    not_a_duplicate_of=declared, allow_duplicate=different,
                )  # fmt: skip
            return clients.update_client(db, actor, detail.id, detail.version, data)

        return call

    def _refused(self, error: Exception) -> None:
        if isinstance(error, DuplicateFound):
            # Someone registered a match since the last check (or it had not run yet).
            self._set_saving(False)
            self._timer.stop()
            self._generation += 1
            self.checking = False
            self.panel.show_report(error.report)
            self.panel.ask_for_tick()
            return
        super()._refused(error)
