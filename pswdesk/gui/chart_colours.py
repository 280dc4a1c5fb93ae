"""The colours every chart in the app draws with, so a level or a series looks the same
on the Reports page and on a client's record.

Series take the Okabe-Ito colours in order (they stay apart for people with colour
blindness); a series that is a risk level takes that level's badge colour instead,
so "High" is the same orange on a report's line, on the record's chart and on the
badges. Colour is never the only cue: lines differ by dash too, markers by shape.
"""

from __future__ import annotations

from pswdesk.gui.risk_badge import RISK_COLOURS
from pswdesk.vocabulary import RiskLevel

#: Okabe-Ito colours, darkest first.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#f0e442")
BLUE, ORANGE, GREEN = PALETTE[0], PALETTE[1], PALETTE[2]
#: A neutral grey for what is neither good nor bad (a dropped goal, no risk on a line).
GREY = "#7b8794"


_LEVELS = {level.value: level for level in RiskLevel}


def series_colour(key: str, index: int) -> str:
    """The colour of series ``index`` whose column is ``key`` (a risk level's key or not)."""
    level = _LEVELS.get(key)
    if level is None:
        return PALETTE[index % len(PALETTE)]
    return GREY if level is RiskLevel.NONE else RISK_COLOURS[level][0]
