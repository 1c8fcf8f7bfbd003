"""The on-screen keyboard drawn by the app (a kiosk has no OS keyboard).

Layouts: Azerbaijani Latin (with ə ğ ı ö ş ü ç), Russian, English; a code layout (capitals and digits,
for FİN and registry numbers), an e-mail layout, a numeric pad and a phone pad. The field's ``keyboard``
(see ``kiosk.core.services.model.KEYBOARDS``) picks one. Keys never take the focus, so the field being
edited keeps it; the window lays the keyboard out below the screen, never over the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.core.text import upper

LETTERS = {
    "az": ("qüertyuiopöğ", "asdfghjklıə", "zxcvbnmçş"),
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
}
DIGITS = "1234567890"
NUMERIC = ("789", "456", "123", ",0.")
PHONE = ("789", "456", "123", "+0 ")
TEXT_LAYOUTS = ("az", "ru", "en")
PADS = ("numeric", "phone")
PAD_KEY_WIDTH = 150

BACKSPACE, ENTER, SHIFT, SPACE, LAYOUT = "⌫", "⏎", "⇧", "space", "layout"
QWIDGETSIZE_MAX = (1 << 24) - 1


class OnScreenKeyboard(QFrame):
    """Signals: ``enter_pressed()`` — the Enter key was touched (after it was sent to the field)."""

    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.target: QLineEdit | None = None
        self.kind = "text"
        self.layout_name = "az"
        self.shift = False
        self._language = ""
        self._grid = QGridLayout(self)
        self._grid.setSpacing(4)
        self._grid.setContentsMargins(8, 4, 8, 4)
        self.keys: dict[str, QPushButton] = {}

    # --- attaching ----------------------------------------------------------------------------------
    def attach(self, target: QLineEdit, kind: str, language: str) -> None:
        self.target = target
        changed = kind != self.kind or not self.keys
        if kind == "text" and language != self._language:
            # A text field follows the applicant's language until they pick a layout themselves.
            self.layout_name = language if language in TEXT_LAYOUTS else "az"
            self._language = language
            changed = True
        if changed:
            self.kind, self.shift = kind, False
            self._build()
        self.show()

    def detach(self) -> None:
        self.target = None
        self.hide()

    # --- layout -------------------------------------------------------------------------------------
    def _rows(self) -> list[list[str]]:
        if self.kind == "numeric":
            return [list(r) for r in NUMERIC] + [[BACKSPACE, ENTER]]
        if self.kind == "phone":
            return [[k for k in r if k != " "] for r in PHONE] + [[BACKSPACE, ENTER]]
        if self.kind == "code":
            letters = [list(upper(r, "en")) for r in LETTERS["en"]]
            return [list(DIGITS), *letters[:2], [*letters[2], "-", "/", "."], [BACKSPACE, ENTER]]
        if self.kind == "email":
            letters = [list(r) for r in LETTERS["en"]]
            return [
                list(DIGITS),
                *letters[:2],
                [*letters[2], "@", ".", "-", "_"],
                [SPACE, BACKSPACE, ENTER],
            ]
        letters = [list(r) for r in LETTERS[self.layout_name]]
        if self.shift:
            letters = [[upper(k, self.layout_name) for k in row] for row in letters]
        return [
            list(DIGITS),
            *letters[:2],
            [SHIFT, *letters[2], BACKSPACE],
            [LAYOUT, ",", SPACE, ".", "-", ENTER],
        ]

    def _label(self, key: str) -> str:
        if key == SPACE:
            return QCoreApplication.translate("Keyboard", "space")
        if key == LAYOUT:
            following = TEXT_LAYOUTS[(TEXT_LAYOUTS.index(self.layout_name) + 1) % len(TEXT_LAYOUTS)]
            return upper(following, "en")
        return key

    def _build(self) -> None:
        # Shift and the layout key rebuild the keys while the applicant types. The keyboard keeps its
        # height meanwhile and the new keys show at once: a keyboard that shrank and regrew row by
        # row made the form above it lose its scroll position, and the field being typed in slid
        # behind the keyboard.
        frozen = self.isVisible()
        if frozen:
            self.setFixedHeight(self.height())
        self._build_keys()
        if frozen:
            self.setMinimumHeight(0)  # 0 gives the height back to the layout
            self.setMaximumHeight(QWIDGETSIZE_MAX)

    def _build_keys(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.keys = {}
        rows = self._rows()
        pad = self.kind in PADS
        width = 6 if pad else max(len(r) for r in rows) * 2
        # A pad is a compact block in the middle, like a phone's; letters use the whole width. Column 0
        # and the column after the keys take the spare room when there is a pad.
        for column in range(max(self._grid.columnCount(), width + 2)):
            self._grid.setColumnStretch(column, 0)
            self._grid.setColumnMinimumWidth(column, 0)
        first = 1 if pad else 0
        if pad:
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(width + 1, 1)
            for column in range(first, first + width):
                self._grid.setColumnMinimumWidth(column, PAD_KEY_WIDTH // 2)
        for row_index, row in enumerate(rows):
            span = [
                4 if k in (SPACE, ENTER, BACKSPACE, SHIFT, LAYOUT) and len(row) > 3 else 2
                for k in row
            ]
            if pad:
                span = [width // len(row) for _ in row]
            column = first + max(0, (width - sum(span)) // 2)
            for key, cols in zip(row, span, strict=True):
                button = self._key(key)
                if pad:
                    button.setMaximumWidth(PAD_KEY_WIDTH * 2)
                self._grid.addWidget(button, row_index, column, 1, cols)
                if self.isVisible():  # now, not one by one from the layout's queued calls
                    button.show()
                column += cols

    def _key(self, key: str) -> QPushButton:
        from PySide6.QtCore import Qt  # not at import (the window's start): see widgets/overlay.py

        button = QPushButton(self._label(key), self)
        button.setProperty("role", "key")
        button.setObjectName(f"key_{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumSize(60, 60)
        button.setMaximumHeight(60)
        button.setMaximumWidth(260 if key in (SPACE, ENTER) else 130)
        if key == SHIFT:
            button.setCheckable(True)
            button.setChecked(self.shift)
        if key == BACKSPACE:
            button.setAutoRepeat(True)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self.keys[key] = button
        return button

    def key_button(self, key: str) -> QPushButton:
        """The button for ``key`` as shown now (tests and screenshots)."""
        return self.keys[key]

    # --- typing -------------------------------------------------------------------------------------
    def press(self, key: str) -> None:
        if key == SHIFT:
            self.shift = not self.shift
            self._build()
            return
        if key == LAYOUT:
            index = TEXT_LAYOUTS.index(self.layout_name)
            self.layout_name = TEXT_LAYOUTS[(index + 1) % len(TEXT_LAYOUTS)]
            self._build()
            return
        target = self.target
        if target is None or target.isReadOnly():
            return
        if key == BACKSPACE:
            target.backspace()
        elif key == ENTER:
            from PySide6.QtCore import Qt

            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    target, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                )
            self.enter_pressed.emit()
        else:
            target.insert(" " if key == SPACE else key)
            if self.shift and self.kind == "text":
                self.shift = False
                self._build()
