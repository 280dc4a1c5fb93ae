"""Safety plan tab: the current plan in its seven sections, any earlier version one choice
away, and a dialog that saves changes as the next version (never over the old one)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from pswdesk.db import Database
from pswdesk.errors import ConflictError, PswdeskError
from pswdesk.gui.forms.ui_safety_plan_dialog import Ui_SafetyPlanDialog
from pswdesk.gui.forms.ui_safety_plan_tab import Ui_SafetyPlanTab
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import GREY, RecordDialog, RecordTab, esc
from pswdesk.gui.safety_plan_text import heading_text
from pswdesk.gui.table_model import local_time, short_date
from pswdesk.services import safety_plans
from pswdesk.services.access import Actor
from pswdesk.services.safety_plans import (
    SECTION_KEYS,
    SECTIONS,
    SafetyPlanContent,
    SafetyPlanRow,
    SafetyPlanVersion,
)


@dataclass(frozen=True, slots=True)
class _Loaded:
    versions: list[SafetyPlanVersion]
    plan: SafetyPlanRow | None


def plan_html(plan: SafetyPlanRow) -> str:
    parts = []
    nothing = QCoreApplication.translate("SafetyPlanTab", "Nothing written yet.")
    for number, (_key, english, text) in enumerate(plan.sections(), start=1):
        heading = heading_text(english)
        # Reasons for living close the plan and carry no step number.
        label = f"{number}. {heading}" if number < len(SECTIONS) else heading
        body = esc(text) if text.strip() else f"<span style='color:{GREY}'>{nothing}</span>"
        parts.append(
            f"<h4 style='margin:14px 0 4px 0; color:#0f766e'>{esc(label)}</h4>"
            f"<p style='margin:0 0 6px 0'>{body}</p>"
        )
    source = (
        QCoreApplication.translate("SafetyPlanTab", " from note #{id}").format(id=plan.note_id)
        if plan.note_id
        else ""
    )
    saved = QCoreApplication.translate(
        "SafetyPlanTab", "Version {n}, saved {when} by {name}{source}."
    ).format(
        n=plan.version_no,
        when=local_time(plan.created_at),
        name=esc(plan.created_by_name),
        source=source,
    )
    parts.append(f"<p style='color:{GREY}; margin-top:16px'>{saved}</p>")
    return "".join(parts)


class SafetyPlanTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_SafetyPlanTab()
        self.ui.setupUi(self)
        self.plan: SafetyPlanRow | None = None
        self.latest: SafetyPlanRow | None = None
        self.versions: list[SafetyPlanVersion] = []
        self.ui.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.version_combo.activated.connect(lambda _i: self.show_version())
        self.ui.new_version_button.clicked.connect(self.new_version)

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id

        def load() -> _Loaded:
            return _Loaded(
                safety_plans.safety_plan_versions(db, actor, cid),
                safety_plans.current_safety_plan(db, actor, cid),
            )

        return load

    def show_result(self, loaded: _Loaded) -> None:
        self.versions = loaded.versions
        self.latest = loaded.plan
        combo = self.ui.version_combo
        combo.blockSignals(True)
        combo.clear()
        for i, v in enumerate(loaded.versions):
            current = self.tr("  (current)") if i == 0 else ""
            combo.addItem(
                self.tr("Version {n} — {date}").format(
                    n=v.version_no, date=short_date(v.created_at)
                )
                + current,
                v.version_no,
            )
        combo.blockSignals(False)
        combo.setEnabled(len(loaded.versions) > 1)
        has = loaded.plan is not None
        self.ui.version_caption.setVisible(has)
        combo.setVisible(has)
        self.ui.new_version_button.setText(
            self.tr("Write a ne&w version…") if has else self.tr("&Write a safety plan…")
        )
        self.set_empty(not has, self.ui.plan_browser)
        self.show_plan(loaded.plan)

    def show_plan(self, plan: SafetyPlanRow | None) -> None:
        self.plan = plan
        if plan is None:
            self.ui.summary_label.setText("")
            self.ui.old_version_label.setVisible(False)
            self.ui.plan_browser.setHtml("")
            return
        self.ui.summary_label.setText(
            self.tr("Version {n} of {latest}, {date}, {name}").format(
                n=plan.version_no,
                latest=plan.latest_version_no,
                date=short_date(plan.created_at),
                name=plan.created_by_name,
            )
        )
        old = not plan.is_current
        self.ui.old_version_label.setVisible(old)
        if old:
            self.ui.old_version_label.setText(
                self.tr(
                    "You are reading version {n}, kept as it was saved. "
                    "The plan in use is version {latest}."
                ).format(n=plan.version_no, latest=plan.latest_version_no)
            )
        self.ui.plan_browser.setHtml(plan_html(plan))
        index = self.ui.version_combo.findData(plan.version_no)
        if index >= 0:
            self.ui.version_combo.setCurrentIndex(index)

    def show_version(self, version_no: int | None = None) -> None:
        """Read another version (off the GUI thread)."""
        wanted = version_no if version_no is not None else self.ui.version_combo.currentData()
        if wanted is None:
            return
        if self.latest is not None and wanted == self.latest.version_no:
            self.show_plan(self.latest)
            return
        db, actor, cid = self.db, self.actor, self.client_id
        Op(self, lambda: safety_plans.get_safety_plan(db, actor, cid, wanted)).success(
            self.show_plan
        ).failure(lambda e: self.show_error(error_text(e))).busy(self).run()

    def new_version(self) -> None:
        dialog = SafetyPlanDialog(self.db, self.actor, self.client_id, self.latest, self)
        self.open_dialog(
            dialog, lambda r: self.tr("Safety plan saved as version {n}.").format(n=r.version_no)
        )


class SafetyPlanDialog(RecordDialog):
    """Edits start from the current version; saving makes the next one."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        current: SafetyPlanRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.based_on = current.version_no if current is not None else None
        self.setup(Ui_SafetyPlanDialog())
        ui = self.ui
        for key, _heading, hint in SECTIONS:
            getattr(ui, f"{key}_hint").setText(heading_text(hint))
            getattr(ui, f"{key}_edit").setMaximumHeight(120)  # the spacer below takes the rest
            if current is not None:
                getattr(ui, f"{key}_edit").setPlainText(getattr(current.content, key))
        self._set_intro()
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save as version {n}").format(n=(self.based_on or 0) + 1))
        ui.warning_signs_edit.setFocus()

    def _set_intro(self) -> None:
        if self.based_on is None:
            text = self.tr(
                "A first safety plan for this client, written with them, in their words."
            )
        else:
            text = self.tr(
                "Changes to version {n}. Saving makes version {next}; version {n} stays as it is."
            ).format(n=self.based_on, next=self.based_on + 1)
        if self.based_on is None:
            self.setWindowTitle(self.tr("Safety plan"))
        else:
            self.setWindowTitle(self.tr("New safety-plan version"))
        self.ui.intro_label.setText(text)

    def content(self) -> SafetyPlanContent:
        return SafetyPlanContent(
            **{key: getattr(self.ui, f"{key}_edit").toPlainText() for key in SECTION_KEYS}
        )

    def submit(self) -> Callable[[], SafetyPlanRow]:
        db, actor, cid = self.db, self.actor, self.client_id
        content, based_on = self.content(), self.based_on
        return lambda: safety_plans.save_new_version(db, actor, cid, content, based_on)

    def show_problems(self, error: PswdeskError) -> None:
        """Someone saved another version meanwhile: keep the text, say so, and let a
        second Save make the next version from it (said plainly, never silently)."""
        if not isinstance(error, ConflictError):
            super().show_problems(error)
            return
        db, actor, cid = self.db, self.actor, self.client_id
        self._set_saving(True)  # until we know which version to build on
        Op(self, lambda: safety_plans.current_safety_plan(db, actor, cid)).success(
            lambda latest: self._saved_elsewhere(latest, error)
        ).failure(lambda _e: self._saved_elsewhere(None, error)).run()

    def _saved_elsewhere(self, latest: SafetyPlanRow | None, error: ConflictError) -> None:
        self._set_saving(False)
        if latest is None or latest.version_no == self.based_on:
            super().show_problems(error)
            return
        self.based_on = latest.version_no
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save mine as version {n}").format(n=latest.version_no + 1))
        self.show_general(
            self.tr(
                "{name} saved version {n} at {when} while you were editing. Your text is still "
                "here: press Save to keep it as version {next} anyway, "
                "or Cancel and read theirs first."
            ).format(
                name=latest.created_by_name,
                n=latest.version_no,
                when=local_time(latest.created_at),
                next=latest.version_no + 1,
            )
        )
