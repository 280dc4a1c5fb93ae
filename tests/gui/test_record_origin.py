"""Where a goal or referral came from: one wording for both tabs, in either language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from pswdesk.gui.i18n import Translations
from pswdesk.gui.record_tabs.common import origin
from tests.gui.test_french import french  # noqa: F401

DAY = dt.date(2026, 11, 3)


def test_a_note_or_the_record_and_who(qapp: QApplication) -> None:
    assert origin(DAY, 12, "Wendy Worker") == (
        "in note #12",
        " by Wendy Worker",
        QLocale().toString(QDate(2026, 11, 3), "dd MMM yyyy"),
    )
    assert origin(DAY, None, None)[:2] == ("on the record", "")


def test_in_french(french: Translations) -> None:  # noqa: F811
    assert origin(DAY, 12, "Wendy Worker")[:2] == ("dans la note no 12", " par Wendy Worker")
    assert origin(DAY, None, "")[:2] == ("au dossier", "")
    assert "nov." in origin(DAY, None, None)[2]
