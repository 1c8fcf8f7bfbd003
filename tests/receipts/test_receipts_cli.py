from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from receipts_helpers import decode_qr, page_sizes, pdf_text, raster

from kiosk.receipts import samples
from kiosk.receipts.cli import add_receipt_command


def _parser(records: dict[str, dict[str, Any]], calls: list[str]) -> argparse.ArgumentParser:
    def load_record(code: str) -> tuple[dict[str, Any], str, str, str, bool] | None:
        calls.append(code)
        record = records.get(code)
        if record is None:
            return None
        return (
            record,
            "AZ-GANJA-ASAN2-K01",
            "Gəncə ASAN xidmət mərkəzi",
            "http://127.0.0.1:8000",
            True,
        )

    parser = argparse.ArgumentParser(prog="kiosk")
    add_receipt_command(parser.add_subparsers(dest="command", required=True), load_record)
    return parser


def _run(parser: argparse.ArgumentParser, argv: list[str]) -> int:
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_reprint_a4_from_a_sloppy_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[str] = []
    parser = _parser({samples.CONNECTION_CODE: samples.connection_record()}, calls)
    out = tmp_path / "reprint.pdf"
    sloppy = samples.CONNECTION_CODE.replace("-", " ").lower()
    assert _run(parser, ["receipt", sloppy, "--format", "a4", "--out", str(out)]) == 0
    assert calls == [samples.CONNECTION_CODE]
    assert str(out) in capsys.readouterr().out
    pdf = out.read_bytes()
    assert page_sizes(pdf)[0][0] == pytest.approx(595.28, abs=0.5)
    text = pdf_text(pdf)
    assert "Gəncə ASAN xidmət mərkəzi" in text
    assert "sent to the utility" in " ".join(text.split())
    expected = f"http://127.0.0.1:8000/t/{samples.CONNECTION_CODE}"
    assert decode_qr(raster(pdf, dpi=150)) == [expected]


def test_reprint_defaults_to_roll_and_takes_a_language(tmp_path: Path) -> None:
    parser = _parser({samples.WATER_CODE: samples.water_record()}, [])
    out = tmp_path / "r.pdf"
    assert _run(parser, ["receipt", samples.WATER_CODE, "--lang", "en", "--out", str(out)]) == 0
    assert page_sizes(out.read_bytes())[0][0] == pytest.approx(226.77, abs=0.5)


def test_malformed_code_exits_2_without_a_lookup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[str] = []
    parser = _parser({}, calls)
    typo = samples.CONNECTION_CODE[:-1] + "1"
    with pytest.raises(SystemExit) as info:
        _run(parser, ["receipt", typo, "--out", str(tmp_path / "x.pdf")])
    assert info.value.code == 2
    assert calls == []
    assert "tracking.check" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_code_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = _parser({}, [])
    with pytest.raises(SystemExit) as info:
        _run(parser, ["receipt", samples.CONNECTION_CODE, "--out", str(tmp_path / "x.pdf")])
    assert info.value.code == 2
    assert "no submission" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_out_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _parser({}, []).parse_args(["receipt", samples.CONNECTION_CODE])
    assert info.value.code == 2
