"""Help > User guide: the short guide for each role, in a window beside the app.

The guide is markdown with screenshots, shipped in ``resources/guide/`` (the wheel
carries it as package data, the bundle copies ``resources/`` whole), and found with
``resource_path`` like the PDF fonts. ``docs/user-guide.md`` is the same text for
readers of the repository; tests/gui/test_help.py checks that the two are identical.
The window opens at the section for the user's role and stays open (non-modal) while
they follow it in the main window.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pswdesk.resource_paths import resource_path
from pswdesk.services.access import Actor
from pswdesk.vocabulary import Role

GUIDE_FILE = "guide/user-guide.md"
GUIDE_KEYS = "Shift+F1"  # F1 stays the keyboard-shortcuts list (Help menu, ui/main_window.ui)

# The section each role starts at, in the order default_view picks a start page.
ROLE_SECTIONS: tuple[tuple[Role, str], ...] = (
    (Role.SUPERVISOR, "For supervisors"),
    (Role.WORKER, "For workers"),
    (Role.ADMIN, "For administrators"),
)
IMAGE_MARGIN = 48  # the browser's frame, document margin and scroll bar


def guide_path() -> Path:
    """The shipped guide (a clear error if the installation lacks it)."""
    return resource_path(GUIDE_FILE)


def section_for(actor: Actor) -> str:
    return next((title for role, title in ROLE_SECTIONS if actor.has(role)), ROLE_SECTIONS[1][1])


def slug(title: str) -> str:
    """The anchor GitHub makes for a heading, so the guide's own links work in both places."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def headings(document: QTextDocument) -> list[QTextBlock]:
    """The document's headings (levels 1 to 3), in order."""
    found = []
    block = document.begin()
    while block.isValid():
        if 1 <= block.blockFormat().headingLevel() <= 3:
            found.append(block)
        block = block.next()
    return found


def image_size(document: QTextDocument, name: str) -> tuple[int, int]:
    """The natural size of an image the document refers to; (0, 0) when it does not load."""
    resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    if isinstance(resource, QPixmap | QImage):
        image = resource
    else:
        image = QImage.fromData(bytes(resource)) if resource else QImage()
    return (0, 0) if image.isNull() else (image.width(), image.height())


def image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def fit_images(document: QTextDocument, width: int) -> None:
    """Show each screenshot at most ``width`` pixels wide (markdown cannot say a size)."""
    found: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                fmt = fragment.charFormat().toImageFormat()
                found.append((fragment.position(), fragment.length(), fmt))
            it += 1
        block = block.next()
    for position, length, fmt in found:
        natural_w, natural_h = image_size(document, fmt.name())
        if not natural_w:
            continue
        shown = min(natural_w, max(width, 200))
        fmt.setWidth(shown)
        fmt.setHeight(natural_h * shown / natural_w)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


class UserGuide(QDialog):
    """The guide with its contents on the left; opens at a section, stays beside the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("User guide — pswdesk"))
        self.setModal(False)
        self.contents = QListWidget(self)
        self.contents.setObjectName("guide_contents")
        self.contents.setAccessibleName(self.tr("Contents of the user guide"))
        self.contents.setMaximumWidth(260)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.contents)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(1000, 640)  # fits 1280x720 with the taskbar
        self.load(guide_path())
        self.contents.currentRowChanged.connect(self._on_contents_row)

    def load(self, path: Path) -> None:
        folder = str(path.parent)
        self.browser.setSearchPaths([folder])
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.contents.clear()
        for block in headings(self.browser.document()):
            level = block.blockFormat().headingLevel()
            item = QListWidgetItem("    " * max(level - 2, 0) + block.text())
            item.setData(Qt.ItemDataRole.UserRole, block.text())
            self.contents.addItem(item)
        self._fit()

    def _fit(self) -> None:
        fit_images(self.browser.document(), self.browser.viewport().width() - IMAGE_MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _on_contents_row(self, row: int) -> None:
        item = self.contents.item(row)
        if item is not None:
            self.go_to(str(item.data(Qt.ItemDataRole.UserRole)))

    def go_to(self, title: str) -> bool:
        """Scroll so the heading ``title`` (or the one whose anchor it is) is at the top."""
        for row, block in enumerate(headings(self.browser.document())):
            if title in (block.text(), slug(block.text())):
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                layout = self.browser.document().documentLayout()
                top = layout.blockBoundingRect(block).top()
                self.browser.setTextCursor(QTextCursor(block))
                self.browser.verticalScrollBar().setValue(int(top))
                return True
        return False

    def current_heading(self) -> str:
        """The last heading at or above the top of the view (what the reader is in)."""
        layout = self.browser.document().documentLayout()
        top = self.browser.verticalScrollBar().value()
        current = ""
        for block in headings(self.browser.document()):
            if layout.blockBoundingRect(block).top() <= top + 1:
                current = block.text()
        return current

    def follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.go_to(url.fragment())


class UserGuideAction(QObject):
    """Help > User guide (Shift+F1) on the main window: one guide window, brought forward."""

    def __init__(self, window: QWidget, actor: Actor) -> None:
        super().__init__(window)
        self.main_window, self.actor = window, actor
        self.guide: UserGuide | None = None
        self.action = QAction(self.tr("User &guide"), window)
        self.action.setObjectName("action_user_guide")
        self.action.setShortcut(QKeySequence(GUIDE_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("How to use pswdesk, for your role"))
        self.action.triggered.connect(self.open)

    def open(self) -> UserGuide:
        """Show the guide at the section for the user's role (a second press keeps the place)."""
        guide = self.guide
        first = guide is None
        if guide is None:
            guide = self.guide = UserGuide(self.main_window)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        if first:
            guide._fit()  # the browser has its real width once shown
            guide.go_to(section_for(self.actor))
        return guide
