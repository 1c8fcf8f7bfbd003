"""Receipt generation speed: the PDF (reportlab) and its raster (pypdfium2), against baselines.

    python -m benchmarks.receipt_render [--repeat 40]

Prints JSON. Absolute times depend on the machine, so each figure also comes as a ratio to a baseline
measured in the same run: a one-line reportlab PDF, and the pypdfium2 raster of that one-line PDF at the
same page size and resolution. Results are recorded in docs/PERFORMANCE.md ("Receipts").
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from kiosk.receipts import receipt_from_submission, render_receipt_pdf, samples  # noqa: E402
from kiosk.receipts.fonts import register_fonts  # noqa: E402
from kiosk.receipts.raster import THERMAL_DPI, pdf_pages, thermal_image  # noqa: E402


def _times(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up: fonts registered, caches filled
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _summary(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)
    p95 = statistics.quantiles(ordered, n=20, method="inclusive")[18]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(p95 * 1000, 3),
        "n": len(ordered),
    }


def _one_line_pdf(width: float, height: float) -> bytes:
    # The receipt's own embedded font, so font loading weighs the same on both sides of the ratio.
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True)
    canvas.setFont(register_fonts()[0], 10)
    canvas.drawString(4 * mm, height - 10 * mm, "K7QM-3XWD-9RTB-HN20")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _page_size(pdf: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document.get_page_size(0)
        return float(width), float(height)
    finally:
        document.close()


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _machine() -> dict[str, Any]:
    versions = {}
    for name in ("reportlab", "pypdfium2", "qrcode", "pillow"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "?"
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "versions": versions,
    }


def run(repeat: int) -> dict[str, Any]:
    receipts = {
        "connection": receipt_from_submission(
            samples.connection_record(),
            kiosk_id=samples.KIOSK_ID,
            centre_name=samples.CENTRE_NAME,
            public_status_url=samples.PUBLIC_STATUS_URL,
            sent=False,
        ),
        "meter_reading": receipt_from_submission(
            samples.water_record(),
            kiosk_id=samples.KIOSK_ID,
            centre_name=samples.CENTRE_NAME,
            public_status_url=samples.PUBLIC_STATUS_URL,
            sent=True,
        ),
    }
    start = time.perf_counter()
    roll = render_receipt_pdf(receipts["connection"], "roll")
    first_render_ms = (time.perf_counter() - start) * 1000

    size = _page_size(roll)
    baseline = _one_line_pdf(*size)
    results = {
        "baseline_pdf_one_line": _summary(_times(lambda: _one_line_pdf(*size), repeat * 5)),
        "baseline_raster_one_line_203dpi": _summary(
            _times(lambda: thermal_image(baseline), repeat * 2)
        ),
    }
    for name, receipt in receipts.items():
        for fmt in ("roll", "a4"):
            results[f"pdf_{fmt}_{name}"] = _summary(
                _times(lambda r=receipt, f=fmt: render_receipt_pdf(r, f), repeat)
            )
    results["raster_roll_thermal_203dpi"] = _summary(_times(lambda: thermal_image(roll), repeat))
    a4 = render_receipt_pdf(receipts["connection"], "a4")
    results["raster_a4_300dpi"] = _summary(_times(lambda: pdf_pages(a4, dpi=300), repeat // 2))

    pdf_base = results["baseline_pdf_one_line"]["p50_ms"]
    raster_base = results["baseline_raster_one_line_203dpi"]["p50_ms"]
    ratios = {
        f"{key}_vs_baseline": round(value["p50_ms"] / pdf_base, 2)
        for key, value in results.items()
        if key.startswith("pdf_")
    }
    ratios["raster_roll_thermal_vs_baseline"] = round(
        results["raster_roll_thermal_203dpi"]["p50_ms"] / raster_base, 2
    )
    return {
        "benchmark": "receipt_render",
        "machine": _machine(),
        "first_render_ms_including_font_loading": round(first_render_ms, 1),
        "thermal_dpi": THERMAL_DPI,
        "results": results,
        "ratios_p50": ratios,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="receipt PDF and raster generation times")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args(argv)
    print(json.dumps(run(max(4, args.repeat)), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
