"""The old name of the operations helper, kept while pages move to :class:`Op`.

New code uses :mod:`pswdesk.gui.operations`; this only forwards to it, so both share one
pool, one list of pending results and the same closed-window guard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from pswdesk.gui.operations import Op, pending, wait_for_operations

__all__ = ["pending", "run_in_background", "wait_for_background"]


def run_in_background(
    owner: QObject,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """``Op(owner, fn).success(on_success).failure(on_failure).run()``."""
    op = Op(owner, fn).success(on_success)
    if on_failure is not None:
        op.failure(on_failure)
    op.run()


def wait_for_background(msecs: int = 30_000) -> bool:
    return wait_for_operations(msecs)
