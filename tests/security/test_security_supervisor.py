"""The supervisor with real child processes: restarts after a crash or a kill, stops on a clean exit,
detects a crash loop and shows the out-of-order screen, and takes its child down when stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.supervisor import (
    EXIT_RETRY,
    OUT_OF_ORDER_TEXT,
    Supervisor,
    build_out_of_order_window,
    kiosk_commands,
    out_of_order_lines,
)

PY = sys.executable
REPO = Path(__file__).resolve().parents[2]
FAST = {"restart_delay_s": 0.01, "max_delay_s": 0.05, "stop_timeout_s": 2.0}


def counting_child(counter: Path, plan: str) -> list[str]:
    """A child that counts its runs in ``counter`` and then does ``plan[run - 1]`` (the last entry
    repeats): '1' exits 1, 'K' SIGKILLs itself, '0' exits 0."""
    script = (
        "import os, signal, sys\n"
        f"p = {str(counter)!r}\n"
        "n = int(open(p).read()) + 1 if os.path.exists(p) else 1\n"
        "open(p, 'w').write(str(n))\n"
        f"plan = {plan!r}\n"
        "step = plan[min(n, len(plan)) - 1]\n"
        "if step == 'K': os.kill(os.getpid(), signal.SIGKILL)\n"
        "sys.exit(int(step))\n"
    )
    return [PY, "-c", script]


def runs(counter: Path) -> int:
    return int(counter.read_text())


def test_restarts_after_a_crash_and_stops_on_clean_exit(tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    sup = Supervisor(counting_child(counter, "110"), max_crashes=5, **FAST)
    assert sup.run() == 0
    assert runs(counter) == 3 and sup.starts == 3 and sup.out_of_order_shown == 0


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_restarts_after_sigkill(tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    sup = Supervisor(counting_child(counter, "K0"), **FAST)
    assert sup.run() == 0
    assert runs(counter) == 2


def test_clean_exit_is_not_restarted(tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    sup = Supervisor(counting_child(counter, "0"), **FAST)
    assert sup.run() == 0
    assert runs(counter) == 1 and sup.starts == 1


def test_crash_loop_shows_out_of_order_then_tries_again(tmp_path: Path) -> None:
    counter, shown = tmp_path / "runs", tmp_path / "shown"
    notice = [
        PY,
        "-c",
        f"import sys; open({str(shown)!r}, 'a').write(open({str(counter)!r}).read() + ';'); sys.exit({EXIT_RETRY})",
    ]
    sup = Supervisor(
        counting_child(counter, "1110"), max_crashes=3, out_of_order_command=notice, **FAST
    )
    assert sup.run() == 0
    assert shown.read_text() == "3;"  # shown once, right after the third crash
    assert runs(counter) == 4 and sup.out_of_order_shown == 1


def test_crash_loop_without_a_notice_gives_up(tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    sup = Supervisor(counting_child(counter, "1"), max_crashes=3, **FAST)
    assert sup.run() == 1
    assert runs(counter) == 3


def test_crashes_spread_out_are_not_a_loop(tmp_path: Path) -> None:
    class Clock:
        """Each look at the clock is 100 s after the previous one: every run 'lasts' 100 s."""

        now = 0.0

        def __call__(self) -> float:
            self.now += 100.0
            return self.now

    counter = tmp_path / "runs"
    sup = Supervisor(
        counting_child(counter, "111110"), max_crashes=2, window_s=60, clock=Clock(), **FAST
    )
    assert sup.run() == 0
    assert runs(counter) == 6 and sup.out_of_order_shown == 0


def test_delay_grows_and_is_capped() -> None:
    sup = Supervisor(["true"], restart_delay_s=0.5, max_delay_s=3.0)
    assert [sup._delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def wait_for(path: Path, proc: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 30
    while not (path.exists() and path.read_text()):
        assert proc.poll() is None, "the supervisor ended early"
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)
    return path.read_text()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(os.name != "posix", reason="signals")
@pytest.mark.parametrize(
    ("signum", "child_ignores_term"),
    [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGTERM, True)],
)
def test_signal_stops_supervisor_and_child(
    tmp_path: Path, signum: int, child_ignores_term: bool
) -> None:
    pid_file = tmp_path / "child.pid"
    ignore = "signal.signal(signal.SIGTERM, signal.SIG_IGN); " if child_ignores_term else ""
    child = (
        f"import os, signal, time; {ignore}"
        f"open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    )
    code = (
        "import sys; from kiosk.supervisor import Supervisor; "
        f"sys.exit(Supervisor([sys.executable, '-c', {child!r}], stop_timeout_s=0.5).run())"
    )
    sup = subprocess.Popen([PY, "-c", code], cwd=REPO, start_new_session=True)
    child_pid = 0
    try:
        child_pid = int(wait_for(pid_file, sup))
        sup.send_signal(signum)
        assert sup.wait(timeout=30) == 0
        assert not alive(child_pid)
    finally:
        for pid in (sup.pid, child_pid):
            if pid and alive(pid):
                os.kill(pid, signal.SIGKILL)
        sup.wait()


def test_kiosk_commands_drop_supervise() -> None:
    kiosk, notice = kiosk_commands(["--config", "k.toml", "--supervise"], "ru")
    assert kiosk == [PY, "-m", "kiosk", "run", "--config", "k.toml"]
    assert notice == [PY, "-m", "kiosk", "out-of-order", "--lang", "ru"]


def test_out_of_order_window_speaks_three_languages(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window = build_out_of_order_window("ru")
    qtbot.addWidget(window)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert texts[0].startswith(OUT_OF_ORDER_TEXT["ru"])
    assert all(any(t.startswith(OUT_OF_ORDER_TEXT[lang]) for t in texts) for lang in ("az", "en"))
    assert out_of_order_lines("en")[0].startswith("Terminal temporarily out of order")
    window.show()
    window.close()
    assert window.isVisible()  # closing it by hand does nothing


def test_out_of_order_screen_asks_for_a_retry(tmp_path: Path) -> None:
    code = (
        "import sys; from kiosk.supervisor import run_out_of_order_screen; "
        "sys.exit(run_out_of_order_screen('az', retry_after_s=0.2))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [PY, "-c", code], cwd=REPO, env=env, capture_output=True, timeout=60, check=False
    )
    assert done.returncode == EXIT_RETRY, done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr
