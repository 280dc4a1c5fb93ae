"""Supervisors' list of open files nobody has been in contact with for a while.

Why a list and not a rule: after the agency's number of days without contact
(Agency settings, 90 by default) a file may be ready to close, or the client may
need someone to reach out. The page proposes; a person decides, one file at a
time, with "Close file…" (the same dialog as on the record). Nothing closes by
itself.

A supervisor can also narrow it to 14 or 30 days: the team's clients nobody has
reached lately. A contact is a note or a brief contact (both move the client's last
contact).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.close_dialog import CloseDialog
from pswdesk.gui.list_pages import ListPage
from pswdesk.gui.operations import Op
from pswdesk.gui.table_model import Column, error_text, list_source, local_time
from pswdesk.gui.vocabulary_text import number, translated
from pswdesk.services import clients, closing
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientDetail, ClientRow


def days_since(row: ClientRow) -> str:
    if row.last_contact is None:
        return QCoreApplication.translate("NoContactPage", "never")
    last = row.last_contact if row.last_contact.tzinfo else row.last_contact.replace(tzinfo=dt.UTC)
    days = (dt.datetime.now(dt.UTC) - last).days
    return QCoreApplication.translate("NoContactPage", "{n} days").format(n=number(days))


# Shown by ListPage through its "ListPages" context.
QT_TRANSLATE_NOOP("ListPages", "Every open file of your team has had a contact recently.")

#: The short spans a supervisor can switch to, besides the agency's own number of days.
SHORT_SPANS = (14, 30)


class NoContactPage(ListPage):
    title = "No recent contact"
    empty_sentence = "Every open file of your team has had a contact recently."
    noun = ("client", "clients")
    refresh_on = (Change.CLIENT, Change.REVIEW)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.days: int | None = None  # the agency's setting until told otherwise
        self.span_combo = QComboBox()
        self.span_combo.setObjectName("span_combo")
        self.span_combo.setAccessibleName(self.tr("Without contact for"))
        self.span_combo.addItem(self.tr("the agency's number of days"), None)
        for span in SHORT_SPANS:
            self.span_combo.addItem(self.tr("{n} days").format(n=span), span)
        span_label = QLabel(self.tr("&Without contact for"))
        span_label.setBuddy(self.span_combo)
        self.ui.option_layout.insertWidget(0, span_label)
        self.ui.option_layout.insertWidget(1, self.span_combo)
        self.span_combo.currentIndexChanged.connect(self._span_changed)
        self.close_dialog: CloseDialog | None = None
        ui = self.ui
        ui.open_button.setText(self.tr("&Open client"))
        ui.open_button.setAccessibleName(self.tr("Open the selected client's record"))
        ui.action_button.setText(self.tr("&Close file…"))
        ui.action_button.setAccessibleName(self.tr("Close the selected client's file"))
        ui.action_button.setVisible(True)
        ui.action_button.clicked.connect(self.close_selected)
        ui.hint_label.setText(
            self.tr("Reach out, or close the file if support has ended. Nothing closes by itself.")
        )
        self.set_days(None)

    def span(self) -> int | None:
        """The days chosen in the switch (None: the agency's setting)."""
        data = self.span_combo.currentData()
        return int(data) if data is not None else None

    def _span_changed(self) -> None:
        self.set_days(self.days)
        self.refresh()

    def set_days(self, days: int | None) -> None:
        """The agency's number of days without contact (shown in the description)."""
        self.days = days
        if days:
            self.span_combo.setItemText(
                0, self.tr("{n} days (the agency's setting)").format(n=days)
            )
        chosen = self.span() or days
        if chosen:
            span = self.tr("{n} days").format(n=chosen)
        else:
            span = self.tr("the agency's number of days")
        self.ui.description_label.setText(
            self.tr(
                "Your team's open files with no contact for {span} or more, longest first."
            ).format(span=span)
        )
        self.ui.description_label.setVisible(True)

    def columns(self) -> list[Column[Any]]:
        return [
            Column("Client", lambda r: r.preferred_name, width=220),
            Column("Assigned to", lambda r: r.workers, width=220),
            Column(
                "Last contact",
                lambda r: local_time(r.last_contact) or translated("No contact yet"),
                width=160,
            ),
            Column("Without contact", days_since, width=130),
        ]

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        days = self.span()
        return list_source(lambda: closing.no_contact_clients(db, actor, days))

    def open_row(self, row: Any) -> None:
        self.open_client.emit(row.id)

    def close_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        db, actor, cid = self.db, self.actor, row.id
        Op(self, lambda: clients.get_client(db, actor, cid, audit_open=False)).success(
            self._show_close
        ).failure(lambda e: self.show_message(error_text(e))).busy(self).run()

    def _show_close(self, detail: ClientDetail) -> None:
        dialog = CloseDialog(self.db, self.actor, detail, self)
        dialog.setObjectName("close_dialog")
        dialog.open_note.connect(self.open_note)
        dialog.saved.connect(
            lambda d: self._changed(
                self.tr("{name}'s file is closed.").format(name=d.preferred_name)
            )
        )
        self.close_dialog = dialog
        dialog.show()
