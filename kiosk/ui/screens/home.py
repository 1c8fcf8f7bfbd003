"""Home: a tile for each service the core defines, and "Track my application"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.services import all_services
from kiosk.core.services.model import Service
from kiosk.ui.i18n import core_text
from kiosk.ui.theme import icon_path
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.scrolling import kinetic, scroll_area
from kiosk.ui.widgets.wrap_button import WrapButton


class HomeScreen(QWidget):
    """Signals: ``service_chosen(str)`` — a service id; ``track_chosen()``."""

    service_chosen = Signal(str)
    track_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: list[Service] = all_services()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(24)
        self.title = wrapping_label(name="title")
        self.subtitle = wrapping_label(name="subtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        # Every widget is made in the widget it stays in: moving one into another makes Qt hand the
        # style down its whole tree again (part of what the start paid before its first paint).
        content = QWidget(self)
        self.grid = QGridLayout(content)
        self.grid.setSpacing(24)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, WrapButton] = {}
        for service in self.services:
            tile = self._tile(content, f"tile_{service.id}", service.icon)
            tile.clicked.connect(lambda _=False, sid=service.id: self.service_chosen.emit(sid))
            self.tiles[service.id] = tile
        self.track = self._tile(content, "tile_track", "track.svg")
        self.track.clicked.connect(self.track_chosen.emit)
        self.columns = 2
        self._place()
        # Finger-drag scrolling is set up by finish(), after the first paint (window.build_screens).
        self.scroll = scroll_area(content, kinetic_now=False, parent=self)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def finish(self) -> None:
        """What the first paint does not need: finger-drag scrolling of the tiles."""
        kinetic(self.scroll)

    def _tile(self, parent: QWidget, name: str, icon: str) -> WrapButton:
        tile = WrapButton(parent, indent="  ")  # long titles (Russian) wrap inside the tile
        tile.setObjectName(name)
        tile.setProperty("role", "tile")
        tile.setIcon(QIcon(str(icon_path(icon))))
        tile.setIconSize(QSize(112, 112))
        tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return tile

    def _place(self) -> None:
        tiles = [*self.tiles.values(), self.track]
        for index, tile in enumerate(tiles):
            self.grid.addWidget(tile, index // self.columns, index % self.columns)

    def resizeEvent(self, event: object) -> None:
        columns = 1 if self.width() < 1300 else 2
        if columns != self.columns:
            self.columns = columns
            self._place()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("HomeScreen", "Welcome! What would you like to do?")
        )
        self.subtitle.setText(
            QCoreApplication.translate(
                "HomeScreen", "Touch a service to start. You can change the language at any time."
            )
        )
        for service in self.services:
            self.tiles[service.id].set_wrapped_text(
                core_text("Service", service.title)
                + "\n"
                + core_text("Service", service.description)
            )
        self.track.set_wrapped_text(
            QCoreApplication.translate("HomeScreen", "Track my application")
            + "\n"
            + QCoreApplication.translate(
                "HomeScreen", "Scan the QR code on your receipt or type its code"
            )
        )
