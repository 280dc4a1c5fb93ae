"""Closing a client's file (with a reason and a date) and reopening it (with a reason).

Why the dialog lists what is still open: a file closed with a follow-up pending or a
note unfinished would leave a promise nobody keeps. ``closing.close_blockers`` says
what stands in the way: open follow-ups (marked done here), the closer's own drafts
and returned notes, and notes waiting for review (opened from here, in their own
windows). "Close the file" stays disabled until nothing is left; the list is read
again whenever a note or follow-up changes, and with "Check again". The dialog is
not modal, so those windows can be used while it waits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.follow_up_actions import follow_up_text
from pswdesk.gui.forms.ui_close_dialog import Ui_CloseDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import RecordDialog, from_qdate, to_qdate
from pswdesk.gui.record_tabs.reason_dialog import ReasonDialog
from pswdesk.gui.table_model import local_time, short_date
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import closing, followups
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientDetail
from pswdesk.services.closing import CloseBlockers, NoteRef
from pswdesk.services.followups import FollowUpRow
from pswdesk.vocabulary import CHOSEN_CLOSE_REASONS, CloseReason, NoteStatus

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CHOOSE = str(QT_TRANSLATE_NOOP("CloseDialog", "Choose a reason…"))


def close_banner(detail: ClientDetail) -> str:
    """ "Closed on 3 Dec 2026 — Goals met" (the record's banner); "" for an open file."""
    if not detail.closed:
        return ""
    if detail.merged_into_id is not None:
        return QCoreApplication.translate(
            "CloseDialog", "Merged into client {id}, which now carries this file."
        ).format(id=detail.merged_into_id)
    try:
        reason = vocab_label(CloseReason(detail.close_reason)) if detail.close_reason else ""
    except ValueError:
        reason = detail.close_reason or ""
    if detail.close_reason_text:
        reason = f"{reason}: {detail.close_reason_text}" if reason else detail.close_reason_text
    if detail.closed_on:
        when = QCoreApplication.translate("CloseDialog", "Closed on {date}").format(
            date=short_date(detail.closed_on)
        )
    else:
        when = QCoreApplication.translate("CloseDialog", "Closed")
    return f"{when} — {reason}" if reason else when


def _note_text(ref: NoteRef, mine: bool) -> str:
    when = local_time(ref.contact_at)
    if ref.status == NoteStatus.SUBMITTED:
        return QCoreApplication.translate(
            "CloseDialog", "Waiting for review: note of {when} by {author}"
        ).format(when=when, author=ref.author)
    if ref.status == NoteStatus.RETURNED:
        return QCoreApplication.translate(
            "CloseDialog", "Returned to you: note of {when} (submit it again or fix it)"
        ).format(when=when)
    if mine:
        return QCoreApplication.translate("CloseDialog", "Your unsubmitted draft of {when}").format(
            when=when
        )
    return QCoreApplication.translate("CloseDialog", "Draft of {when} by {author}").format(
        when=when, author=ref.author
    )


def _follow_up_text(row: FollowUpRow) -> str:
    due = short_date(row.due_date) + (
        QCoreApplication.translate("CloseDialog", " (overdue)") if row.overdue else ""
    )
    what = " ".join(follow_up_text(row.description).split())
    return QCoreApplication.translate(
        "CloseDialog", "Follow-up due {due}: {what} — {owner}"
    ).format(due=due, what=what, owner=row.owner_name)


def blockers_text(b: CloseBlockers) -> str:
    """What to resolve first, each with what resolves it."""
    parts = []
    if b.open_follow_ups:
        n = len(b.open_follow_ups)
        if n == 1:
            parts.append(
                QCoreApplication.translate("CloseDialog", "1 open follow-up (mark it done)")
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "CloseDialog", "{n} open follow-ups (mark them done)"
                ).format(n=n)
            )
    if b.drafts:
        n = len(b.drafts)
        if n == 1:
            parts.append(
                QCoreApplication.translate(
                    "CloseDialog",
                    "1 unsubmitted note of yours (open it to submit, or delete a stray draft)",
                )
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "CloseDialog",
                    "{n} unsubmitted notes of yours (open them to submit, or delete a stray draft)",
                ).format(n=n)
            )
    if b.submitted:
        n = len(b.submitted)
        if n == 1:
            parts.append(
                QCoreApplication.translate(
                    "CloseDialog", "1 note waiting for review (a supervisor approves or returns it)"
                )
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "CloseDialog",
                    "{n} notes waiting for review (a supervisor approves or returns it)",
                ).format(n=n)
            )
    return QCoreApplication.translate("CloseDialog", "Resolve first: {what}.").format(
        what="; ".join(parts)
    )


class CloseDialog(RecordDialog):
    """Closes ``detail``'s file; ``saved`` carries the closed ``ClientDetail``."""

    open_note = Signal(int, int)  # client id, note id

    def __init__(
        self, db: Database, actor: Actor, detail: ClientDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.detail = db, actor, detail
        self.setup(Ui_CloseDialog())
        self.ui: Ui_CloseDialog
        ui = self.ui
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(self.tr("Close {name}'s file").format(name=detail.preferred_name))
        ui.intro_label.setText(
            self.tr(
                "Closing takes {name} off the caseloads and queues. The record "
                "stays, read-only, and is found with “Show closed”; it can be reopened."
            ).format(name=detail.preferred_name)
        )
        ui.reason_combo.addItem(self.tr(CHOOSE), None)
        for reason in CHOSEN_CLOSE_REASONS:
            ui.reason_combo.addItem(vocab_label(reason), reason.value)
        ui.reason_combo.currentIndexChanged.connect(self._reason_changed)
        today = to_qdate(dt.date.today())
        ui.on_edit.setMaximumDate(today)
        ui.on_edit.setDate(today)
        self.close_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.close_button.setText(self.tr("Close the &file"))
        self.blockers: CloseBlockers | None = None
        self.checking = False
        self._generation = 0
        ui.busy_bar.setVisible(False)
        ui.recheck_button.clicked.connect(self.recheck)
        ui.open_blocker_button.clicked.connect(self.open_selected)
        ui.done_blocker_button.clicked.connect(self.mark_selected_done)
        ui.blockers_list.itemActivated.connect(lambda _item: self.open_selected())
        ui.blockers_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.announce(Change.CLIENT, client_id=detail.id)
        change_notice().subscribe(
            self, (Change.NOTE, Change.REVIEW, Change.FOLLOW_UP), self._on_change
        )
        self._reason_changed()
        self.recheck()
        ui.reason_combo.setFocus()

    # -- what stands in the way -------------------------------------------------------------

    def recheck(self) -> None:
        """Read again what is still open (an answer to an older question is dropped)."""
        self._generation += 1
        generation = self._generation
        self.checking = True
        self.ui.busy_bar.setVisible(True)
        self._update_buttons()
        db, actor, cid = self.db, self.actor, self.detail.id
        Op(self, lambda: closing.close_blockers(db, actor, cid)).success(
            lambda b: self._checked(generation, b)
        ).failure(lambda e: self._check_failed(generation, e)).run()

    def _on_change(self, changes: Changes) -> None:
        if changes.concerns(self.detail.id):
            self.recheck()

    def _checked(self, generation: int, blockers: CloseBlockers) -> None:
        if generation != self._generation:
            return
        self.checking = False
        self.blockers = blockers
        ui = self.ui
        ui.busy_bar.setVisible(False)
        ui.blockers_error.setVisible(False)
        ui.blockers_list.clear()
        for f in blockers.open_follow_ups:
            self._add_item(_follow_up_text(f), f)
        for ref in (*blockers.drafts, *blockers.submitted):
            self._add_item(_note_text(ref, mine=ref.status != NoteStatus.SUBMITTED), ref)
        for widget in (ui.blockers_list, ui.open_blocker_button, ui.done_blocker_button):
            widget.setVisible(blockers.blocking)
        if blockers.blocking:
            ui.blockers_status.setText(blockers_text(blockers))
            ui.blockers_list.setCurrentRow(0)
        else:
            ui.blockers_status.setText(self.tr("Nothing is still open: the file can close."))
        self._update_buttons()

    def _add_item(self, text: str, row: FollowUpRow | NoteRef) -> None:
        item = QListWidgetItem(text)
        item.setData(ITEM_ROLE, row)
        item.setToolTip(text)
        self.ui.blockers_list.addItem(item)

    def _check_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.checking = False
        self.ui.busy_bar.setVisible(False)
        self.ui.blockers_error.setText(error_text(error))
        self.ui.blockers_error.setVisible(True)
        self._update_buttons()

    def selected(self) -> FollowUpRow | NoteRef | None:
        item = self.ui.blockers_list.currentItem()
        if item is None:
            return None
        row = item.data(ITEM_ROLE)
        return row if isinstance(row, FollowUpRow | NoteRef) else None

    def open_selected(self) -> None:
        row = self.selected()
        if isinstance(row, NoteRef):
            self.open_note.emit(self.detail.id, row.id)

    def mark_selected_done(self) -> None:
        row = self.selected()
        if not isinstance(row, FollowUpRow):
            return
        db, actor, fid = self.db, self.actor, row.id
        Op(self, lambda: followups.complete_follow_up(db, actor, fid)).success(
            lambda _r: self.recheck()
        ).failure(lambda e: self._show_blocker_error(error_text(e))).changes(
            Change.FOLLOW_UP, client_id=self.detail.id
        ).busy(self).run()

    def _show_blocker_error(self, text: str) -> None:
        self.ui.blockers_error.setText(text)
        self.ui.blockers_error.setVisible(True)

    # -- the closing ------------------------------------------------------------------------

    @property
    def blocked(self) -> bool:
        """True until the last check found nothing open."""
        return self.blockers is None or self.blockers.blocking or self.checking

    def reason(self) -> CloseReason | None:
        value = self.ui.reason_combo.currentData()
        return CloseReason(value) if value else None

    def set_reason(self, reason: CloseReason) -> None:
        self.ui.reason_combo.setCurrentIndex(self.ui.reason_combo.findData(reason.value))

    def set_date(self, day: dt.date) -> None:
        self.ui.on_edit.setDate(QDate(day.year, day.month, day.day))

    def _reason_changed(self, *_args: object) -> None:
        other = self.reason() is CloseReason.OTHER
        self.ui.text_edit.setPlaceholderText(
            self.tr("Say in a few words why the file closes")
            if other
            else self.tr("A few words (optional)")
        )
        self._errors["reason"].setVisible(False)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.open_blocker_button.setEnabled(isinstance(row, NoteRef))
        self.ui.done_blocker_button.setEnabled(isinstance(row, FollowUpRow))
        self.close_button.setEnabled(not self.saving and not self.blocked)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self._update_buttons()

    def save(self) -> None:
        if self.saving or self.blocked:
            return
        if self.reason() is None:
            self.clear_errors()
            label = self._errors["reason"]
            label.setText(self.tr("Choose why the file closes."))
            label.setVisible(True)
            self.ui.reason_combo.setFocus()
            return
        super().save()

    def submit(self) -> Callable[[], Any]:
        db, actor, d = self.db, self.actor, self.detail
        reason = self.reason()
        assert reason is not None  # save() asked for one
        on, text = from_qdate(self.ui.on_edit), self.ui.text_edit.toPlainText()
        return lambda: closing.close_client(db, actor, d.id, d.version, reason, on, text)

    def _refused(self, error: Exception) -> None:
        super()._refused(error)
        self.recheck()  # something may have been opened meanwhile (shown as "blockers")


def reopen_dialog(
    db: Database, actor: Actor, detail: ClientDetail, parent: QWidget | None = None
) -> ReasonDialog:
    """Asks why the file reopens, then reopens it; ``saved`` carries the open ``ClientDetail``."""
    cid, version = detail.id, detail.version

    def reopen(reason: str) -> ClientDetail:
        return closing.reopen_client(db, actor, cid, version, reason)

    dialog = ReasonDialog(
        QCoreApplication.translate("CloseDialog", "Reopen {name}'s file").format(
            name=detail.preferred_name
        ),
        QCoreApplication.translate(
            "CloseDialog",
            "{banner}. Say why the file reopens; the reason and the closing it "
            "undoes are kept in the audit log.",
        ).format(banner=close_banner(detail)),
        reopen,
        QCoreApplication.translate("CloseDialog", "&Reopen the file"),
        parent,
    )
    dialog.setObjectName("reopen_dialog")
    dialog.announce(Change.CLIENT, client_id=cid)
    return dialog
