"""The floors: bare PySide6 doing what the app does, with nothing of pswdesk imported.

    python benchmarks/floor_probe.py dialog
    python benchmarks/floor_probe.py rows sqlite|sqlcipher|postgresql FILE_OR_- USER_ID CLIENT_ID

``run_all.py`` starts this exactly as it starts ``app_probe.py`` (same interpreter,
same environment, Qt offscreen) and prints each app figure beside the matching
floor. It prints one JSON line on stdout.

* ``dialog``: a QApplication and a QDialog like the login dialog (two line edits,
  a button); prints when the dialog's first paint event arrives, then quits. The
  parent times spawn to that line, as for the app's login dialog.
* ``rows``: opens one raw connection (``sqlite3``; ``sqlcipher3`` with ``PRAGMA
  key`` for an encrypted file, the raw key in ``PSWDESK_BENCH_FLOOR_KEY``;
  ``psycopg`` with the connection string in ``PSWDESK_BENCH_FLOOR_DSN``), shows
  an empty bare QTableView and waits for it to paint; then, for the caseload the
  app shows after login (this worker's active clients, most at risk first, the
  first 100) and then for the client's Notes tab (the newest 100 notes), times
  from the start of one query to the paint event of the view's rows
  (``caseload_s``, ``notes_s``; the query and fetch alone in ``*_query_s``).
  Last it reads the process's resident memory, the floor of the app's.

The paint is timed as in ``app_probe.py``: when the viewport's paint event with
rows arrives.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app_probe import memory_kib  # benchmarks/app_probe.py, beside this one
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableView,
)

TIMEOUT_MS = 60_000
Index = QModelIndex | QPersistentModelIndex
PAGE = 100

# One query for each list, written once; {p} is the driver's placeholder and
# {workers} the names of the people assigned, which the two dialects join differently.
CASELOAD_SQL = """
SELECT c.current_risk, c.preferred_name, c.legal_name, c.pronouns, {workers} AS workers,
       c.last_contact_at,
       (SELECT count(*) FROM notes d
         WHERE d.client_id = c.id AND d.author_id = {p} AND d.status = 'draft') AS my_drafts,
       c.status
  FROM clients c
 WHERE c.id IN (SELECT a.client_id FROM client_assignments a WHERE a.user_id = {p})
   AND c.status = 'active'
 ORDER BY CASE c.current_risk WHEN 'imminent' THEN 4 WHEN 'high' THEN 3
          WHEN 'moderate' THEN 2 WHEN 'low' THEN 1 ELSE 0 END DESC,
          lower(c.preferred_name), c.id
 LIMIT {page}
"""
WORKERS_SQLITE = """(SELECT group_concat(full_name, ', ') FROM (
    SELECT u.full_name FROM client_assignments a JOIN users u ON u.id = a.user_id
     WHERE a.client_id = c.id ORDER BY u.full_name))"""
WORKERS_PG = """(SELECT string_agg(u.full_name, ', ' ORDER BY u.full_name)
    FROM client_assignments a JOIN users u ON u.id = a.user_id WHERE a.client_id = c.id)"""
NOTES_SQL = """
SELECT n.contact_at, n.contact_type, u.full_name, n.status, n.risk_level, n.late_entry,
       n.summary
  FROM notes n JOIN users u ON u.id = n.author_id
 WHERE n.client_id = {p} AND (n.status <> 'draft' OR n.author_id = {p})
 ORDER BY n.contact_at DESC, n.id DESC
 LIMIT {page}
"""


class Rows(QAbstractTableModel):
    """A list of tuples as a table: the least a model can do."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []
        self.names: list[str] = []

    def show(self, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.names, self.rows = names, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.names[section]
        return None


def connect(backend: str, target: str) -> tuple[Any, str, str]:
    """A raw connection, its placeholder and how it lists the assigned workers."""
    if backend == "postgresql":
        import psycopg

        return psycopg.connect(os.environ["PSWDESK_BENCH_FLOOR_DSN"]), "%s", WORKERS_PG
    if backend == "sqlcipher":
        import sqlcipher3

        conn = sqlcipher3.connect(target)
        conn.execute(f'PRAGMA key = "{os.environ["PSWDESK_BENCH_FLOOR_KEY"]}"')
    else:
        import sqlite3

        conn = sqlite3.connect(target)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the key, the schema
    return conn, "?", WORKERS_SQLITE


class Floor(QObject):
    """Waits for paint events and moves from one stage to the next."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.result: dict[str, object] = {}
        self.stage = "start"
        self.started = 0.0
        QTimer.singleShot(TIMEOUT_MS, lambda: self.finish(error=f"timed out at {self.stage}"))

    def finish(self, **extra: object) -> None:
        if self.stage == "done":
            return
        self.stage = "done"
        self.result.update(extra)
        self.app.removeEventFilter(self)
        print(json.dumps(self.result), flush=True)
        QTimer.singleShot(0, self.app.quit)


class DialogFloor(Floor):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(obj, QDialog):
            self.finish()
        return False


def dialog() -> int:
    app = QApplication([sys.argv[0]])
    floor = DialogFloor(app)
    app.installEventFilter(floor)
    d = QDialog()
    form = QFormLayout(d)
    form.addRow("Username", QLineEdit())
    password = QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow("Password", password)
    form.addRow(QPushButton("Log in"))
    d.show()
    return app.exec()


class RowsFloor(Floor):
    def __init__(self, app: QApplication, conn: Any, lists: list[tuple[str, str, tuple[Any, ...]]]):
        super().__init__(app)
        self.conn, self.lists = conn, lists
        self.timed = {name for name, _, _ in lists}
        self.model = Rows()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1200, 760)  # the app's main window at its first start

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or obj is not self.view.viewport():
            return False
        if self.stage == "start":
            self.stage = "shown"
            QTimer.singleShot(0, self.next_list)
        elif self.stage in self.timed and self.model.rows:
            self.result[f"{self.stage}_s"] = time.perf_counter() - self.started
            self.result[f"{self.stage}_rows"] = len(self.model.rows)
            self.stage = "painted"
            QTimer.singleShot(0, self.next_list)
        return False

    def next_list(self) -> None:
        if not self.lists:
            self.finish(**memory_kib())
            return
        name, sql, params = self.lists.pop(0)
        self.stage = name
        self.started = time.perf_counter()
        cur = self.conn.cursor()
        cur.execute(sql, params)
        rows = cur.fetchall()
        self.result[f"{name}_query_s"] = time.perf_counter() - self.started
        if not rows:
            self.finish(error=f"the {name} query found no rows")
            return
        self.model.show([d[0] for d in cur.description], rows)


def rows(backend: str, target: str, user_id: int, client_id: int) -> int:
    conn, p, workers = connect(backend, target)
    app = QApplication([sys.argv[0]])
    lists = [
        ("caseload", CASELOAD_SQL.format(p=p, workers=workers, page=PAGE), (user_id, user_id)),
        ("notes", NOTES_SQL.format(p=p, page=PAGE), (client_id, user_id)),
    ]
    floor = RowsFloor(app, conn, lists)
    app.installEventFilter(floor)
    floor.view.show()
    code = app.exec()
    conn.close()
    return code


def main() -> int:
    mode, *args = sys.argv[1:]
    if mode == "dialog":
        return dialog()
    backend, target, user_id, client_id = args
    return rows(backend, target, int(user_id), int(client_id))


if __name__ == "__main__":
    sys.exit(main())
