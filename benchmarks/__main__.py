"""Run every benchmark and record the results in docs/PERFORMANCE.md (``make bench``).

    python -m benchmarks [--scale 1] [--runs 7] [--presses 300] [--sessions 1000] [--no-write]

The defaults take a few minutes on two cores; ``--scale N`` multiplies the sizes of the receipt and
outbox benchmarks. The section "Latest run" of docs/PERFORMANCE.md is rewritten with every figure and
the machine's details; the hand-written sections stay as they are.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

from benchmarks.common import ROOT, child_env, machine, run_json
from benchmarks.report import render

DOC = ROOT / "docs" / "PERFORMANCE.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def import_time() -> dict[str, Any]:
    """``python -X importtime -c "import kiosk.app"``: the total, and the slowest packages."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import kiosk.app"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        timeout=120,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    total = next((us for us, _depth, name in rows if name == "kiosk.app"), 0)
    top = sorted((r for r in rows if r[1] <= 3), reverse=True)[:6]
    return {
        "kiosk_app_cumulative_ms": round(total / 1000, 1),
        "slowest": [{"module": n, "cumulative_ms": round(us / 1000, 1)} for us, _d, n in top],
    }


def update_doc(section: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n"
    block = f"{BEGIN}\n{section.rstrip()}\n{END}"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run every benchmark; record docs/PERFORMANCE.md")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply receipt/outbox sizes")
    parser.add_argument("--runs", type=int, default=9, help="cold starts of each kind")
    parser.add_argument("--presses", type=int, default=300, help="Next presses and keystrokes")
    parser.add_argument("--sessions", type=int, default=1000, help="applicant sessions (memory)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    def n(base: int) -> str:
        return str(max(10, int(base * args.scale)))

    plan: list[tuple[str, str, list[str]]] = [
        ("coldstart", "benchmarks.coldstart", ["--runs", str(args.runs)]),
        (
            "touch",
            "benchmarks.touch",
            ["--presses", str(args.presses), "--sessions", str(args.sessions)],
        ),
        ("receipt", "benchmarks.receipt_render", ["--repeat", n(30)]),
        ("enqueue", "benchmarks.outbox_enqueue", ["--n", n(1000)]),
        ("enqueue_photo", "benchmarks.outbox_enqueue", ["--n", n(200), "--photo-kb", "200"]),
        ("drain", "benchmarks.outbox_drain", ["--n", n(500)]),
    ]
    results: dict[str, Any] = {"machine": machine(), "when": datetime.now(UTC).isoformat()[:16]}
    results["imports"] = import_time()
    for key, module, extra in plan:
        t0 = time.perf_counter()
        print(f"bench: {module} {' '.join(extra)}", file=sys.stderr, flush=True)
        results[key] = run_json(module, *extra)
        results[key]["_seconds"] = round(time.perf_counter() - t0, 1)
    section = render(results)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if not args.no_write:
        update_doc(section)
        print(f"bench: {DOC.relative_to(ROOT)} updated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
