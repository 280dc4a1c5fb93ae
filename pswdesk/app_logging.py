"""The app's log: a few rotating files in the platform's log folder, with no client data.

Why a file: a person who meets an error is told where the log is, and the details go
there rather than on screen. Where: ``platformdirs.user_log_path`` (Linux
``$XDG_STATE_HOME/pswdesk/log``, else ``~/.local/state/pswdesk/log``; Windows
``%LOCALAPPDATA%\\pswdesk\\Logs``; macOS ``~/Library/Logs/pswdesk``).

What never goes in: note text, names, passwords. Records carry ids and error types;
an exception's own message is data more often than not (a SQL error quotes its
parameters, ``int("...")`` quotes its input), so tracebacks keep their frames and the
exception's type and drop its message, except for the few types whose message the
interpreter writes about code (:data:`CODE_MESSAGE_TYPES`). No Qt here: the command
line may log too.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import platform
import traceback
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from pswdesk import __version__

LOG_NAME = "pswdesk.log"
MAX_BYTES = 2 * 1024 * 1024  # per file ...
BACKUP_COUNT = 4  # ... and this many older files beside it: at most 10 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

#: Exceptions whose message the interpreter writes about the code, not about the data.
CODE_MESSAGE_TYPES: tuple[type[BaseException], ...] = (
    AttributeError,
    NameError,
    ImportError,
    ModuleNotFoundError,
    IndexError,
    ZeroDivisionError,
    RecursionError,
    NotImplementedError,
)

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"

log = logging.getLogger(__name__)

_handler: logging.Handler | None = None
#: Loggers whose INFO records the file keeps (the app's own, and which migrations ran);
#: everything else only from WARNING up, as Python's default.
INFO_LOGGERS = ("pswdesk", "alembic.runtime.migration")
_levels: dict[str, int] = {}  # those loggers' levels before ``start_logging``


def log_dir() -> Path:
    """The platform's folder for this user's pswdesk logs."""
    return Path(platformdirs.user_log_path("pswdesk", appauthor=False))


def current_log_file() -> Path | None:
    """The file the app is logging to, or None before :func:`start_logging`."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def start_logging(
    directory: Path | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path:
    """Log INFO and above to a rotating file in ``directory`` (else :func:`log_dir`).

    Called once as the app starts; calling it again moves the log. Returns the file."""
    global _handler
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stop_logging()
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.setLevel(logging.INFO)
    for name in INFO_LOGGERS:
        logger = logging.getLogger(name)
        _levels[name] = logger.level
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    _handler = handler
    log.info(
        "pswdesk %s starting (Python %s, %s)", __version__, platform.python_version(), _system()
    )
    return Path(handler.baseFilename)


def _system() -> str:
    """The system, its release and the machine ("Linux-6.1.0-x86_64"), asked cheaply.

    Not ``platform.platform()``: on Linux it runs ``uname -p`` in a child process and
    reads the interpreter's binary for the C library's version, all on the way to the
    app's first window (docs/ARCHITECTURE.md, Start-up).
    """
    parts = (platform.system(), platform.release(), platform.machine())
    return "-".join(part for part in parts if part)


def stop_logging() -> None:
    """Close the log file (the app is done, or a test moves on)."""
    global _handler
    if _handler is None:
        return
    logging.getLogger().removeHandler(_handler)
    _handler.close()
    _handler = None
    for name, level in _levels.items():
        logging.getLogger(name).setLevel(level)
    _levels.clear()


def describe(error: BaseException) -> str:
    """An exception as the log may hold it: its type, and only what says nothing of data."""
    kind = type(error)
    module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
    text = f"{module}{kind.__qualname__}"
    if kind in CODE_MESSAGE_TYPES and str(error):
        text += f": {str(error).splitlines()[0]}"
    elif isinstance(error, OSError) and error.errno is not None:
        text += f" ({errno.errorcode.get(error.errno, error.errno)})"
    orig = getattr(error, "orig", None)  # a database error wraps the driver's own
    if isinstance(orig, BaseException) and orig is not error:
        text += f" (from {describe(orig)})"
    return text


def safe_traceback(error: BaseException) -> str:
    """The traceback of ``error`` and the exceptions it came from, messages held back."""
    chain: list[tuple[BaseException, str]] = []  # each with the words leading to the next
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    parts: list[str] = []
    for exc, leads_on in reversed(chain):  # oldest first, as Python prints them
        if exc.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(exc.__traceback__))
        parts.append(describe(exc) + "\n")
        parts.append(leads_on)
    return "".join(parts).rstrip("\n")


class RedactingFormatter(logging.Formatter):
    """Formats records with exceptions reduced to :func:`describe` and :func:`safe_traceback`."""

    def format(self, record: logging.LogRecord) -> str:
        copy = logging.makeLogRecord(record.__dict__)
        if isinstance(copy.msg, BaseException):
            copy.msg = describe(copy.msg)
        if isinstance(copy.args, tuple):
            copy.args = tuple(_safe_arg(a) for a in copy.args)
        elif isinstance(copy.args, Mapping):
            copy.args = {k: _safe_arg(v) for k, v in copy.args.items()}
        copy.exc_text = None
        return super().format(copy)

    def formatException(self, ei: object) -> str:
        error = ei[1] if isinstance(ei, tuple) and len(ei) == 3 else None
        if isinstance(error, BaseException):
            return safe_traceback(error)
        return ""


def _safe_arg(value: object) -> object:
    return describe(value) if isinstance(value, BaseException) else value


def log_unexpected(error: BaseException, where: str = "the app") -> str:
    """Write ``error``'s traceback to the log; returns the same text (for "copy details")."""
    log.critical("unexpected error in %s", where, exc_info=error)
    return (
        f"pswdesk {__version__}, Python {platform.python_version()}, "
        f"{platform.platform(terse=True)}\n{safe_traceback(error)}"
    )
