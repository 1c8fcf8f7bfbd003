"""Switching language at any moment re-translates the visible screen in place and keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.core.districts import get as get_district


def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_switching_retranslates_the_wizard_and_keeps_the_answers(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("az")
    assert window.home.tiles["household"].full_text().startswith("Məişət abonentinin")
    _click(qtbot, window.home.tiles["household"])
    fin = window.findChild(QLineEdit, "field_fin")
    mobile = window.findChild(QLineEdit, "field_mobile")
    qtbot.keyClicks(fin, "5ZK2M8P")
    qtbot.keyClicks(mobile, "050 123 45 67")
    page = window.wizard.page
    assert page.fields["mobile"].label.text() == "Mobil nömrə"
    assert window.wizard.next_button.text() == "Davam et"
    assert window.wizard.progress_text.text().startswith("Addım 1")

    _click(qtbot, window.top_bar.language_buttons["ru"])
    assert window.wizard.page is page  # the same page, re-translated in place
    assert page.fields["mobile"].label.text() == "Мобильный номер"
    assert page.fields["fin"].hint.text().startswith("7 символов")
    assert window.wizard.next_button.text() == "Далее"
    assert window.wizard.step_title.text() == "Ваша личность"
    assert window.top_bar.restart.full_text() == "Начать заново"
    assert fin.text() == "5ZK2M8P" and mobile.text() == "050 123 45 67"
    assert window.wizard.wizard.answers["fin"] == "5ZK2M8P"

    window.wizard.next_button.click()  # the registry look-up holds touches back while it runs
    qtbot.waitUntil(lambda: not window.wizard.runner.busy)
    _click(qtbot, window.top_bar.language_buttons["en"])
    assert window.wizard.page.fields["surname"].label.text() == "Surname"
    _click(qtbot, window.wizard.back_button)  # the page left in Russian comes back in English
    assert window.wizard.page is page
    assert page.fields["mobile"].label.text() == "Mobile number"
    assert window.wizard.next_button.text() == "Next"
    assert window.home.tiles["household"].full_text().startswith("Household electricity")


def test_errors_and_district_names_follow_the_language(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("ru")
    _click(qtbot, window.home.tiles["household"])
    qtbot.keyClicks(window.findChild(QLineEdit, "field_fin"), "5ABCI7K")
    window.wizard.next_button.click()
    error = window.wizard.page.fields["fin"].error
    assert error.text() == "В ФИН нет букв I и O: введите цифру 1 или 0."
    _click(qtbot, window.top_bar.language_buttons["az"])
    assert error.text() == "FİN-də I və O hərfləri olmur: 1 və ya 0 rəqəmini yazın."
    assert window.wizard.explain.text().startswith("Davam etmək üçün")

    wizard = window.wizard.wizard
    wizard.set("district", "seki")
    wizard.goto("object")
    window.wizard.render()
    district = window.wizard.page.fields["district"]
    names = [district.list.item(row).text() for row in range(district.list.count())]
    assert "Şəki rayonu" in names and "Шекинский район" not in names
    assert district.chosen.text() == "Seçildi: Şəki rayonu"
    _click(qtbot, window.top_bar.language_buttons["ru"])
    names = [district.list.item(row).text() for row in range(district.list.count())]
    assert get_district("seki").ru in names
    assert district.chosen.text() == "Выбрано: Шекинский район"
    assert wizard.answers["district"] == "seki"


def test_the_status_line_counts_in_each_language(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from kiosk.ui.backend import BackendStatus

    window = make_window("ru")
    line = window.status_line
    qtbot.waitUntil(lambda: line.status is not None)  # the window's own first status has arrived
    for count in (1, 3, 5):
        line.update_status(BackendStatus(False, pending=count))
        assert f"будет отправлено автоматически: {count}" in line.label.text()
    _click(qtbot, window.top_bar.language_buttons["az"])
    assert "Oflayn" in line.label.text() and "avtomatik göndəriləcək: 5" in line.label.text()


def test_the_status_line_says_it_is_checking_until_the_first_status(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from kiosk.ui.backend import BackendStatus
    from kiosk.ui.widgets.status_line import StatusLine

    window = make_window("ru")
    line = StatusLine()  # as the window's is at the first paint: no status yet
    qtbot.addWidget(line)
    line.retranslate()
    assert line.label.text() == "Проверка связи…"
    _click(qtbot, window.top_bar.language_buttons["az"])
    line.retranslate()
    assert line.label.text() == "Əlaqə yoxlanılır…"
    line.update_status(BackendStatus(True))
    assert line.label.text() == "Onlayn"
