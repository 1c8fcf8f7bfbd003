"""The receipt as a PDF, laid out with reportlab for an 80 mm roll or an A4 sheet.

The roll page is exactly 80 mm wide with 4 mm side margins, so the 72 mm a thermal head prints across
holds all of it; its height follows the content, so the printer cuts right after the last line.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.core.i18n import fill
from kiosk.receipts import texts
from kiosk.receipts.fee_text import fee_lines
from kiosk.receipts.fonts import BOLD, REGULAR, printable, register_fonts
from kiosk.receipts.model import ReceiptData
from kiosk.receipts.qr import QrFlowable

ReceiptFormat = Literal["roll", "a4"]
FORMATS: tuple[ReceiptFormat, ...] = ("roll", "a4")

ROLL_WIDTH = 80 * mm
ROLL_PRINTABLE_WIDTH = 72 * mm
MIN_URL_SIZE = 6.0


@dataclass(frozen=True)
class Geometry:
    page_width: float
    page_height: float | None  # None: as tall as the content
    margin_x: float
    margin_y: float
    base: float  # body font size, points
    small: float
    title: float
    code_max: float
    qr_symbol: float

    @property
    def frame_width(self) -> float:
        return self.page_width - 2 * self.margin_x


GEOMETRY: dict[str, Geometry] = {
    "roll": Geometry(ROLL_WIDTH, None, 4 * mm, 5 * mm, 8.5, 7.5, 11.5, 20, 38 * mm),
    "a4": Geometry(A4[0], A4[1], 20 * mm, 18 * mm, 11, 9.5, 17, 30, 52 * mm),
}


class _Styles:
    def __init__(self, g: Geometry) -> None:
        def style(name: str, size: float, font: str = REGULAR, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **kw)

        self.body = style("body", g.base, alignment=TA_LEFT)
        self.small = style("small", g.small, alignment=TA_LEFT)
        self.small_center = style("small_center", g.small, alignment=TA_CENTER)
        self.center = style("center", g.base, alignment=TA_CENTER)
        self.centre_name = style("centre_name", g.base + 1, BOLD, alignment=TA_CENTER)
        self.demo = style("demo", g.title, BOLD, alignment=TA_CENTER, spaceAfter=2)
        self.title = style("title", g.title, BOLD, alignment=TA_CENTER, spaceBefore=2, spaceAfter=2)
        self.heading = style("heading", g.base + 1, BOLD, spaceBefore=4, spaceAfter=1)
        self.label = style("label", g.base, alignment=TA_CENTER)
        self.amount = style("amount", g.title + 2, BOLD, alignment=TA_LEFT, spaceAfter=1)
        self.status = style("status", g.base, BOLD, alignment=TA_CENTER, spaceBefore=2)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(printable(text)), style)


def _code_paragraph(code: str, width: float, max_size: float) -> Paragraph:
    size = min(max_size, 0.97 * width / stringWidth(code, BOLD, 1))
    style = ParagraphStyle(
        "code", fontName=BOLD, fontSize=size, leading=size * 1.2, alignment=TA_CENTER
    )
    return Paragraph(escape(code), style)


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.8, spaceBefore=4, spaceAfter=4)


def _header(r: ReceiptData, s: _Styles) -> list[Flowable]:
    lang = r.language
    when = r.created_at.strftime("%d.%m.%Y %H:%M")
    demo = [_p(texts.tr(texts.DEMO, lang), s.demo), _rule()] if r.demo else []
    return [
        *demo,
        _p(r.centre_name, s.centre_name),
        _p(fill(texts.tr(texts.KIOSK, lang), r.kiosk_id), s.small_center),
        _p(fill(texts.tr(texts.DATE, lang), when), s.small_center),
        _rule(),
        _p(r.title, s.title),
        _p(texts.tr(texts.TITLE, lang), s.small_center),
        _rule(),
    ]


def _tracking(r: ReceiptData, s: _Styles, g: Geometry, width: float) -> list[Flowable]:
    lang = r.language
    return [
        _p(texts.tr(texts.TRACKING_CODE, lang), s.label),
        _code_paragraph(r.tracking_code, width, g.code_max),
        _p(texts.tr(texts.SENT if r.sent else texts.SAVED, lang), s.status),
        *(
            [_p(fill(texts.tr(texts.REFERENCE, lang), r.server_reference), s.small_center)]
            if r.server_reference
            else []
        ),
    ]


def _url_paragraph(url: str, width: float, size: float) -> Paragraph:
    # One line when it fits at a legible size; a very long address wraps instead of shrinking further.
    size = max(MIN_URL_SIZE, min(size, 0.97 * width / stringWidth(url, REGULAR, 1)))
    style = ParagraphStyle(
        "url", fontName=REGULAR, fontSize=size, leading=size * 1.25, alignment=TA_CENTER
    )
    return Paragraph(escape(url), style)


def _scan_hint(r: ReceiptData, s: _Styles, width: float) -> list[Flowable]:
    return [
        Spacer(1, 1.5 * mm),
        _p(texts.tr(texts.SCAN, r.language), s.small_center),
        _url_paragraph(r.status_url, width, s.small_center.fontSize),
    ]


def _applicant(r: ReceiptData, s: _Styles, g: Geometry) -> list[Flowable]:
    lang = r.language
    rows = [
        (texts.tr(texts.NAME, lang), r.applicant_name),
        (texts.tr(texts.FIN, lang), r.fin),
        (texts.tr(texts.PHONE, lang), r.phone),
        *((line.label, line.value) for line in r.details),
    ]
    data = [[_p(label, s.body), _p(value, s.body)] for label, value in rows if value]
    if not data:
        return []
    label_width = g.frame_width * (0.36 if g.page_height is None else 0.25)
    table = Table(data, colWidths=[label_width, g.frame_width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return [_p(texts.tr(texts.APPLICANT, lang), s.heading), table]


def _fee(r: ReceiptData, s: _Styles) -> list[Flowable]:
    lines = fee_lines(r)
    if not lines:
        return []
    styles = {"amount": s.amount, "body": s.body, "small": s.small}
    heading = _p(texts.tr(texts.FEE, r.language), s.heading)
    return [heading, *(_p(text, styles[kind]) for kind, text in lines)]


def _groups(r: ReceiptData, s: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for group in r.groups:
        out.append(_p(group.title, s.heading))
        out += [_p(item, s.body) for item in group.items]
    return out


def _next_steps(r: ReceiptData, s: _Styles) -> list[Flowable]:
    lang = r.language
    return [
        *(
            [_p(texts.tr(texts.NEXT, lang), s.heading), _p(r.next_text, s.body)]
            if r.next_text
            else []
        ),
        _p(texts.tr(texts.TRACK, lang), s.heading),
        _p(texts.tr(texts.TRACK_TEXT, lang), s.body),
        _rule(),
        _p(texts.tr(texts.KEEP, lang), s.small_center),
    ]


def _top_a4(r: ReceiptData, s: _Styles, g: Geometry) -> list[Flowable]:
    qr = QrFlowable(r.status_url, g.qr_symbol)
    qr_width = qr.width + 4 * mm
    left_width = g.frame_width - qr_width
    table = Table(
        [[[*_tracking(r, s, g, left_width - 6 * mm), *_scan_hint(r, s, left_width - 6 * mm)], qr]],
        colWidths=[left_width, qr_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def build_flowables(r: ReceiptData, fmt: ReceiptFormat) -> list[Flowable]:
    register_fonts()
    g = GEOMETRY[fmt]
    s = _Styles(g)
    if fmt == "roll":
        top = [
            *_tracking(r, s, g, g.frame_width),
            Spacer(1, 2 * mm),
            QrFlowable(r.status_url, g.qr_symbol),
            *_scan_hint(r, s, g.frame_width),
        ]
    else:
        top = _top_a4(r, s, g)
    return [
        *_header(r, s),
        *top,
        _rule(),
        *_applicant(r, s, g),
        *_fee(r, s),
        *_groups(r, s),
        *_next_steps(r, s),
    ]


def _content_height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 10_000 * mm)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def render_receipt_pdf(receipt: ReceiptData, fmt: ReceiptFormat = "roll") -> bytes:
    """The receipt as a one-page PDF (``roll``: 80 mm wide, as tall as needed; ``a4``)."""
    if fmt not in GEOMETRY:
        raise ValueError(f"unknown receipt format {fmt!r}")
    g = GEOMETRY[fmt]
    flowables = build_flowables(receipt, fmt)
    height = g.page_height
    if height is None:
        # A little slack over the measured content keeps the frame from spilling onto a second page.
        height = _content_height(flowables, g.frame_width) + 2 * g.margin_y + 6
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(g.page_width, height),
        leftMargin=g.margin_x,
        rightMargin=g.margin_x,
        topMargin=g.margin_y,
        bottomMargin=g.margin_y,
        title=f"Receipt {receipt.tracking_code}",
        author=receipt.kiosk_id,
        creator="ASAN kiosk",
        invariant=True,
    )
    frame = Frame(
        g.margin_x,
        g.margin_y,
        g.frame_width,
        height - 2 * g.margin_y,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
    doc.build(flowables)
    return buffer.getvalue()


def write_receipt(receipt: ReceiptData, path: str | Path, fmt: ReceiptFormat = "roll") -> Path:
    """Write the receipt PDF to ``path`` (atomically: a temporary file, then a rename)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = render_receipt_pdf(receipt, fmt)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
