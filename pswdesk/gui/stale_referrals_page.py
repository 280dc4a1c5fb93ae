"""Stale referrals: for a supervisor, the team's referrals still suggested or made with no
answer after the agency's ``referral_stale_days``, longest waiting first. Enter opens the
client's Referrals tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.list_pages import ListPage
from pswdesk.gui.record_tabs.common import RED, one_line
from pswdesk.gui.table_model import Column, list_source, short_date
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services import referrals
from pswdesk.services.access import Actor
from pswdesk.services.referrals import ReferralRow

# Shown by ListPage through its "ListPages" context.
QT_TRANSLATE_NOOP(
    "ListPages",
    "Referrals on your team's clients that are still suggested or made, with no answer "
    "for longer than the agency allows (Agency settings). Longest waiting first.",
)
QT_TRANSLATE_NOOP("ListPages", "Every referral on your team has had an answer in time.")


class StaleReferralsPage(ListPage):
    title = "Stale referrals"
    description = (
        "Referrals on your team's clients that are still suggested or made, with no answer "
        "for longer than the agency allows (Agency settings). Longest waiting first."
    )
    empty_sentence = "Every referral on your team has had an answer in time."
    noun = ("referral", "referrals")
    refresh_on = (Change.RECORD, Change.REVIEW, Change.SETTINGS)

    #: (client id, tab key): open the client's record on that tab.
    open_client_tab = Signal(int, str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.ui.open_button.setText(self.tr("&Open client"))
        self.ui.open_button.setAccessibleName(self.tr("Open the referrals of the selected client"))
        self.ui.hint_label.setText(
            self.tr("Double-click a referral, or press Enter, to open the client.")
        )

    def columns(self) -> list[Column[Any]]:
        return [
            Column(
                "Waiting",
                lambda r: QCoreApplication.translate("StaleReferralsPage", "{n} days").format(
                    n=r.days_waiting
                ),
                foreground=lambda _r: RED,
                bold=lambda _r: True,
                width=100,
            ),
            Column("Client", lambda r: r.client_name, width=180),
            Column("Referred to", lambda r: r.to_whom, width=220),
            Column(
                "Status",
                lambda r: f"{translated(r.status_label)} {short_date(r.status_since)}",
                width=170,
            ),
            Column("Reason", lambda r: one_line(r.reason), tooltip=lambda r: r.reason),
        ]

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        return list_source(lambda: referrals.stale_referrals(db, actor))

    def open_row(self, row: ReferralRow) -> None:
        self.open_client.emit(row.client_id)
        self.open_client_tab.emit(row.client_id, "referrals")
