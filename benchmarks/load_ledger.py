"""What one simulated PC of ``load.py`` did, as it saw it: its ledger.

A PC counts only what a service told it succeeded. The parent reads every PC's
ledger (a JSON file) after the run and compares it with the database
(``load_check.py``): a write the PC counted that is not there is a lost write,
one that is there twice (or one nobody counted) a doubled write.
"""

from __future__ import annotations

import json
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

#: The note's free-text fields a simulated worker types into (steps 1-7 and the summary),
#: and the step-8 field, which lives in its own table.
TYPED_FIELDS: tuple[str, ...] = (
    "summary", "s1_expressed", "s2_questions", "s3_text", "s4_text", "s5_text", "s6_text",
    "s7_text",
)  # fmt: skip
SELF_CARE_FIELD = "impact"
BUSY_EXAMPLES = 2


@dataclass
class Problem:
    """An operation that raised what it should not have (with its traceback)."""

    op: str
    kind: str
    message: str
    traceback: str

    @classmethod
    def of(cls, op: str, exc: BaseException) -> Problem:
        return cls(op, type(exc).__name__, str(exc), "".join(traceback.format_exception(exc)))


@dataclass
class Ledger:
    user: str
    role: str
    #: op name -> latencies in seconds, one per call.
    samples: dict[str, list[float]] = field(default_factory=dict)
    #: Drafts this PC created, in order.
    created: list[int] = field(default_factory=list)
    #: note id -> successful autosaves (each changed the text, so each wrote an audit entry).
    saves: dict[str, int] = field(default_factory=dict)
    #: note id -> {field: text} as the last successful save left it (step 8 under "impact").
    last_text: dict[str, dict[str, str]] = field(default_factory=dict)
    submitted: list[int] = field(default_factory=list)
    approved: list[int] = field(default_factory=list)
    #: Refusals the PC provoked on purpose (a save with a stale version), by op.
    refused: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: ``DatabaseBusy`` by op: nothing written, the person told to try again in a moment.
    busy: dict[str, int] = field(default_factory=dict)
    #: The first few of them in full, to show where the wait was.
    busy_examples: list[Problem] = field(default_factory=list)

    def busy_refusal(self, op: str, exc: BaseException) -> None:
        self.busy[op] = self.busy.get(op, 0) + 1
        if len(self.busy_examples) < BUSY_EXAMPLES:
            self.busy_examples.append(Problem.of(op, exc))

    def sample(self, op: str, seconds: float) -> None:
        self.samples.setdefault(op, []).append(seconds)

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self)), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> Ledger:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        problems = [Problem(**p) for p in data.pop("problems")]
        examples = [Problem(**p) for p in data.pop("busy_examples")]
        return cls(**data, problems=problems, busy_examples=examples)
