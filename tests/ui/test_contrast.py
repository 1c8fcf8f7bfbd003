"""Every text colour of the theme against the background it is drawn on, in every state a widget of
the kiosk can be in, reaches WCAG AA (4.5:1) in both palettes (issue 14, 9).

The stylesheet is read as Qt reads it: rules whose selector matches the widget and state, the more
specific winning and, at equal specificity, the later one. A state a rule does not name (a disabled
choice, a pressed language button) is checked as the cascade resolves it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from kiosk.ui import theme

AA = 4.5
STATES = ("", ":pressed", ":disabled", ":checked", ":checked:disabled", ":focus", ":selected")
# Where a widget whose own rules set no background is drawn: the page, a card or a dialog.
SURFACES = ("bg", "card")
# Containers and decorations: their own colour is a surface for the widgets in them, not text.
NO_TEXT = {"QMainWindow", "QFrame", "QScrollArea", "QProgressBar", "QScrollBar"}
COMPOUND = re.compile(r"^(?P<type>[A-Za-z]+)(?P<id>#\w+)?(?P<sub>::[\w-]+)?(?P<rest>.*)$")
ATTRIBUTE = re.compile(r"\[[^\]]+\]")
PSEUDO = re.compile(r":[\w-]+")


@dataclass(frozen=True)
class Selector:
    ancestors: tuple[str, ...]
    type: str
    id: str
    sub: str
    attributes: frozenset[str]
    pseudo: frozenset[str]

    @property
    def specificity(self) -> tuple[int, int]:
        ids = int(bool(self.id)) + sum(a.count("#") for a in self.ancestors)
        return ids, len(self.attributes) + len(self.pseudo) + len(self.ancestors)


def parse_selector(text: str) -> Selector | None:
    parts = text.replace(">", " ").split()
    match = COMPOUND.match(parts[-1])
    if match is None:
        return None
    rest = match["rest"]
    return Selector(
        tuple(parts[:-1]),
        match["type"],
        match["id"] or "",
        match["sub"] or "",
        frozenset(ATTRIBUTE.findall(rest)),
        frozenset(PSEUDO.findall(ATTRIBUTE.sub("", rest))),
    )


def rules(high_contrast: bool) -> list[tuple[Selector, dict[str, str]]]:
    sheet = re.sub(r"/\*.*?\*/", "", theme.stylesheet(high_contrast), flags=re.S)
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (d.partition(":") for d in body.split(";"))
            if value.strip()
        )
        for text in selectors.split(","):
            selector = parse_selector(text.strip())
            if selector is not None:
                found.append((selector, declarations))
    return found


def applies(rule: Selector, subject: Selector) -> bool:
    return (
        rule.type in (subject.type, "QWidget")
        and rule.sub == subject.sub
        and rule.id in ("", subject.id)
        and rule.attributes <= subject.attributes
        and rule.pseudo <= subject.pseudo
        and set(rule.ancestors) <= set(subject.ancestors)
    )


def resolve(subject: Selector, sheet: list[tuple[Selector, dict[str, str]]]) -> dict[str, str]:
    matching = [(s.specificity, i, d) for i, (s, d) in enumerate(sheet) if applies(s, subject)]
    out: dict[str, str] = {}
    for _, _, declarations in sorted(matching, key=lambda m: (m[0], m[1])):
        out.update(declarations)
    return out


def subjects(sheet: list[tuple[Selector, dict[str, str]]]) -> list[Selector]:
    """Every widget kind the stylesheet colours, in every state (with and without its ancestors)."""
    seen: set[Selector] = set()
    for selector, declarations in sheet:
        if not {"color", "background"} & declarations.keys() or selector.type in NO_TEXT:
            continue
        for state in STATES:
            pseudo = frozenset(PSEUDO.findall(state)) | selector.pseudo
            seen.add(
                Selector(
                    selector.ancestors,
                    selector.type,
                    selector.id,
                    selector.sub,
                    selector.attributes,
                    pseudo,
                )
            )
    return sorted(seen, key=repr)


def luminance(colour: str) -> float:
    colour = {"white": "#ffffff", "black": "#000000"}.get(colour, colour)
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", colour), f"not a plain colour: {colour}"

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def failures(high_contrast: bool) -> list[str]:
    palette = theme.HIGH_CONTRAST if high_contrast else theme.NORMAL
    sheet = rules(high_contrast)
    found = []
    for subject in subjects(sheet):
        style = resolve(subject, sheet)
        text = style.get("color", str(palette["fg"]))
        backgrounds = [style["background"]] if "background" in style else []
        if not backgrounds:
            backgrounds = [str(palette[s]) for s in SURFACES]
        for background in backgrounds:
            if background == "transparent" or background.startswith("rgba"):
                continue
            ratio = contrast(text, background)
            if ratio < AA:
                found.append(f"{subject}: {text} on {background} = {ratio:.2f}")
    return found


def test_the_reader_sees_the_states_that_matter() -> None:
    sheet = rules(True)
    names = {
        (s.type, tuple(sorted(s.attributes)), tuple(sorted(s.pseudo))) for s in subjects(sheet)
    }
    assert ("QPushButton", (), (":disabled",)) in names
    assert ("QPushButton", ('[role="choice"]',), (":checked",)) in names
    disabled = Selector((), "QPushButton", "", "", frozenset(), frozenset({":disabled"}))
    assert resolve(disabled, sheet)["color"] == theme.HIGH_CONTRAST["disabledfg"]
    # The checker would catch yellow text on white, the old disabled button's colours.
    assert contrast("#ffff66", "#ffffff") < AA


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_every_state_reaches_aa(high_contrast: bool) -> None:
    assert failures(high_contrast) == []
