"""Emergency disclosures: what left without the client's consent, for the people who must know.

A supervisor sees their team's (made by a member, or about a client the team
carries): who made it, when, to whom and why, whether it left the dialog, and
whether a supervisor acknowledged it. "Acknowledge…" records that they read it,
once, with an optional note; the list then says by whom and when. Those not yet
acknowledged come first.

An administrator sees every emergency disclosure in the agency for the
accounting, with the client's number only: the name and the reason stay with
the client's supervisors (``services.handover.emergencies``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.list_pages import ListPage
from pswdesk.gui.operations import Op
from pswdesk.gui.record_tabs.common import RED, one_line
from pswdesk.gui.table_model import Column, error_text, list_source, local_time
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import handover
from pswdesk.services.access import SUPERVISOR, Actor
from pswdesk.services.handover import Acknowledgement, EmergencyRow

GREY = "#7b8794"


def withheld() -> str:
    return QCoreApplication.translate("EmergencyDisclosuresPage", "(for the client's supervisors)")


def client_text(row: EmergencyRow) -> str:
    if row.client_name is not None:
        return row.client_name
    return QCoreApplication.translate("EmergencyDisclosuresPage", "Client %1").replace(
        "%1", str(row.client_id)
    )


def left_text(row: EmergencyRow) -> str:
    """How it left (the time is in the tooltip), or that it never did."""
    if not row.released:
        return QCoreApplication.translate("EmergencyDisclosuresPage", "Not released")
    text = ", ".join(vocab_label(h) for h in row.released_how)
    return text[:1].upper() + text[1:]


def left_tooltip(row: EmergencyRow) -> str:
    if not row.released:
        return QCoreApplication.translate(
            "EmergencyDisclosuresPage",
            "Prepared, never saved, printed or written out: it did not leave the agency.",
        )
    return (
        QCoreApplication.translate("EmergencyDisclosuresPage", "First left %1: %2")
        .replace("%1", local_time(row.released_at))
        .replace("%2", left_text(row).lower())
    )


def acknowledged_text(row: EmergencyRow) -> str:
    if not row.acknowledged:
        return QCoreApplication.translate("EmergencyDisclosuresPage", "Not yet")
    return f"{row.acknowledged_by}, {local_time(row.acknowledged_at)}"


class EmergencyDisclosuresPage(ListPage):
    title = "Emergency disclosures"
    empty_sentence = "No emergency disclosure has been made."
    noun = ("emergency disclosure", "emergency disclosures")
    refresh_on = (Change.HANDOVER,)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.acknowledging = False
        ui = self.ui
        supervisor = actor.has(SUPERVISOR)
        ui.description_label.setText(
            self.tr(
                "Handovers made without the client's consent because someone's safety could "
                "not wait: who, when, to whom and why. Not yet acknowledged first."
            )
            if supervisor
            else self.tr(
                "Every emergency disclosure in the agency, for the accounting of disclosures. "
                "The client's name and the reason are shown to the client's supervisors only."
            )
        )
        ui.description_label.setVisible(True)
        ui.open_button.setText(self.tr("&Open client"))
        ui.open_button.setAccessibleName(self.tr("Open the selected client's record"))
        ui.open_button.setVisible(supervisor)
        ui.action_button.setText(self.tr("&Acknowledge…"))
        ui.action_button.setAccessibleName(self.tr("Acknowledge the selected emergency disclosure"))
        ui.action_button.setVisible(supervisor)
        ui.action_button.clicked.connect(lambda: self.acknowledge_selected())
        ui.hint_label.setText(
            self.tr("Select one and choose Acknowledge to record that you have read it.")
            if supervisor
            else self.tr("Acknowledging is for the client's supervisors.")
        )

    def empty_text(self) -> str:
        return self.tr("No emergency disclosure has been made.")

    def columns(self) -> list[Column[Any]]:
        grey: Callable[[EmergencyRow], str | None] = lambda r: None if r.released else GREY  # noqa: E731
        return [
            Column("Made", lambda r: local_time(r.created_at), width=135),
            Column("By", lambda r: r.user_name, width=105),
            Column("Client", client_text, width=100),
            Column("To", lambda r: r.recipient, tooltip=lambda r: r.recipient, width=140),
            Column("Left", left_text, foreground=grey, tooltip=left_tooltip, width=110),
            Column(
                "Acknowledged",
                acknowledged_text,
                foreground=lambda r: None if r.acknowledged else RED,
                bold=lambda r: not r.acknowledged,
                tooltip=lambda r: r.acknowledgement_note or acknowledged_text(r),
                width=190,
            ),
            Column(
                "Why",
                lambda r: one_line(r.reason) if r.reason is not None else withheld(),
                tooltip=lambda r: r.reason or withheld(),
            ),
        ]

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        return list_source(lambda: handover.emergency_disclosures(db, actor))

    def open_row(self, row: EmergencyRow) -> None:
        if row.client_name is not None:
            self.open_client.emit(row.client_id)

    def acknowledge_selected(self, note: str | None = None) -> bool:
        """Record the acknowledgement of the selected one (``note``: skip asking; tests)."""
        row = self.selected_row()
        if row is None or self.acknowledging:
            return False
        if row.acknowledged:
            self.show_message(
                self.tr("%1 already acknowledged this one.").replace(
                    "%1", row.acknowledged_by or ""
                )
            )
            return False
        if not row.may_acknowledge:
            self.show_message(
                self.tr("Only a supervisor of the client's team can acknowledge this one.")
            )
            return False
        if note is None:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Acknowledge emergency disclosure"),
                self.tr(
                    "You read the emergency disclosure about %1 to %2.\n"
                    "A note, if any (what was done, who was told):"
                )
                .replace("%1", client_text(row))
                .replace("%2", row.recipient),
            )
            if not ok:
                return False
            note = text
        db, actor, did, typed = self.db, self.actor, row.id, note
        self.acknowledging = True
        Op(self, lambda: handover.acknowledge_emergency(db, actor, did, typed)).success(
            lambda a: self._acknowledged(a, row)
        ).failure(self._failed).changes(Change.HANDOVER, Change.AUDIT).busy(self).run()
        return True

    def _acknowledged(self, ack: Acknowledgement, row: EmergencyRow) -> None:
        self.acknowledging = False
        self._changed(
            self.tr("Acknowledged: the emergency disclosure about %1 to %2.")
            .replace("%1", client_text(row))
            .replace("%2", row.recipient)
        )

    def _failed(self, error: Exception) -> None:
        self.acknowledging = False
        self.show_message(error_text(error))
        self.refresh()
