"""What a receipt, a staff row and a log record show follows the service definitions alone.

Real parts: definitions loaded from a folder by the registry, a real SQLite outbox, the kiosk's log file
handler, receipt PDFs read back to text.
"""

from __future__ import annotations

import ast
import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from receipts_helpers import make_receipt, pdf_text

from kiosk import examples
from kiosk.core import services
from kiosk.core.tracking import new_code
from kiosk.logs import setup_logging, teardown_logging
from kiosk.offline_queue.store import Outbox
from kiosk.receipts import render_receipt_pdf
from kiosk.staff.rows import masked_row

ROOT = Path(__file__).resolve().parents[2]
DEFINITIONS = ROOT / "kiosk" / "core" / "services"
WATER = DEFINITIONS / "water_reading.py"
NOTE = "Sayğac zirzəmidədir, açar qonşudadır"
SECRET_WORD = "zirzəmidədir"  # a note has no shape the log's patterns could know

# Appended to a copy of the water-reading definition: its ``notes`` field marked sensitive (or not) and
# printed on the receipt.
MARK_NOTES = """

def _notes(field):
    return dataclasses.replace(field, sensitive={sensitive}) if field.name == "notes" else field


SERVICE = dataclasses.replace(
    SERVICE,
    steps=tuple(
        dataclasses.replace(step, fields=tuple(_notes(f) for f in step.fields))
        for step in SERVICE.steps
    ),
    receipt_fields=(*SERVICE.receipt_fields, "notes"),
)
"""

# Appended to another copy: the same service under a new id, with its own title and next-step text and
# their Azerbaijani translations (the catalogues do not hold them).
GAS = """

SERVICE = dataclasses.replace(
    SERVICE,
    id="gas_reading",
    title="Gas-meter reading",
    receipt_next="Azəriqaz checks your reading and forms your invoice.",
    texts={
        "az": {
            "Gas-meter reading": "Qaz sayğacının göstəricisi",
            "Azəriqaz checks your reading and forms your invoice.":
                "Azəriqaz göstəricini yoxlayır və hesab-fakturanı hazırlayır.",
        }
    },
)
"""


def _folder(tmp_path: Path, **modules: str) -> Path:
    folder = tmp_path / "services"
    folder.mkdir()
    for name, appended in modules.items():
        text = WATER.read_text(encoding="utf-8")
        (folder / f"{name}.py").write_text(text + appended, encoding="utf-8")
    return folder


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "data", "INFO")
    yield path
    teardown_logging()
    root.setLevel(level)


def _submission(outbox: Outbox, service: str) -> tuple[str, str]:
    """A reading with a note, stored and then refused by the server for its note."""
    payload = examples.example(service)
    payload["notes"] = NOTE
    code = new_code()
    item_id = outbox.enqueue(service=service, tracking_code=code, payload=payload, language="en")
    claimed = outbox.claim_next()
    assert claimed is not None and claimed.id == item_id
    assert outbox.mark_rejected(item_id, "invalid_payload", errors={"payload.notes": "too_long"})
    return item_id, code


@pytest.mark.parametrize("sensitive", [True, False])
def test_a_field_marked_sensitive_leaves_logs_staff_rows_and_receipts(
    tmp_path: Path, log_file: Path, sensitive: bool
) -> None:
    folder = _folder(tmp_path, water_reading=MARK_NOTES.format(sensitive=sensitive))
    with services.use_folder(folder) as loaded:
        (service,) = loaded.values()
        assert ("notes" in services.sensitive_names()) is sensitive
        with Outbox(tmp_path / "outbox.sqlite3") as outbox:
            item_id, code = _submission(outbox, service.id)

            # (a) The kiosk's log file.
            log = logging.getLogger("kiosk.test.definitions")
            log.info("reading queued", extra={"notes": NOTE, "tracking_code": code})
            log.info("refused", extra={"detail": {"notes": NOTE, "attempt": 1}})
            log.info("typed again", extra={"applicant_notes": NOTE})
            entries = [json.loads(line) for line in log_file.read_text("utf-8").splitlines()]
            assert [e["msg"] for e in entries] == ["reading queued", "refused", "typed again"]
            assert entries[0]["tracking_code"] == code and entries[1]["detail"]["attempt"] == 1
            assert (SECRET_WORD in log_file.read_text("utf-8")) is not sensitive

            # (b) The staff row of the refused submission, with the note to correct.
            item = outbox.get(item_id)
            assert item is not None
            row = masked_row(outbox, item)
            (fix,) = row.correctable
            assert fix.name == "notes" and fix.error == "too_long"
            assert (SECRET_WORD in repr(row)) is not sensitive
            assert fix.masked_value == ("S***" if sensitive else NOTE)

            # (c) The receipt, from the stored record.
            record = outbox.receipt_record(item_id)
            assert record is not None
            receipt = make_receipt(record, language="en")
            text = " ".join(pdf_text(render_receipt_pdf(receipt, "roll")).split())
    assert "Notes" in text
    assert (SECRET_WORD in text) is not sensitive
    assert ("Notes S***" in text) is sensitive
    # The rest of the receipt does not change with the note.
    assert "Water-meter reading" in text and "m³" in text


def test_a_service_cloned_under_a_new_id_prints_its_own_receipt(tmp_path: Path) -> None:
    folder = _folder(tmp_path, water_reading="", gas_reading=GAS)
    with services.use_folder(folder):
        assert set(services.ids()) == {"water_reading", "gas_reading"}
        record = {
            "service": "gas_reading",
            "tracking_code": new_code(),
            "created_at": "2026-11-23T16:40:00+04:00",
            "language": "az",
            "payload": {
                **examples.example("gas_reading"),
                "meters": [
                    {
                        "factory_number": "GZ12345678",
                        "reading": "812.5",
                        "reading_date": "2026-11-20",
                    },
                    {"factory_number": "GZ99887766", "reading": "40", "reading_date": "2026-11-21"},
                ],
            },
        }
        az = make_receipt(record)
        en = make_receipt(record, language="en")
    assert az.title == "Qaz sayğacının göstəricisi" and az.fee is None
    for receipt, title, next_text in (
        (az, "Qaz sayğacının göstəricisi", "Azəriqaz göstəricini yoxlayır və hesab-fakturanı"),
        (en, "Gas-meter reading", "Azəriqaz checks your reading and forms your invoice."),
    ):
        # Rendered after the folder's definitions are gone: the receipt carries what it prints.
        text = " ".join(pdf_text(render_receipt_pdf(receipt, "roll")).split())
        assert title in text and next_text in text
        assert "******5678: 812,5 m³" in text or "******5678: 812.5 m³" in text
        assert "******7766" in text and "20.11.2026" in text and "21.11.2026" in text
        assert "Water-meter reading" not in text and "Azərsu checks your reading" not in text
        assert "GZ12345678" not in text.replace(" ", "")
    # The registry is back to the kiosk's own services.
    assert "gas_reading" not in services.ids()


def test_a_group_unknown_to_the_formatter_prints_its_items_by_item_label(tmp_path: Path) -> None:
    # The water definition's group, its meter-number fields retyped: no longer a meter reading, so each
    # item prints under the group's item label, its sensitive photo left out.
    retyped = """

def _plain(field):
    if field.validator == "meter_number":
        return dataclasses.replace(field, validator="text")
    return field


def _group(field):
    if field.type != "group":
        return field
    return dataclasses.replace(field, fields=tuple(_plain(f) for f in field.fields))


SERVICE = dataclasses.replace(
    SERVICE,
    steps=tuple(
        dataclasses.replace(step, fields=tuple(_group(f) for f in step.fields))
        for step in SERVICE.steps
    ),
)
"""
    folder = _folder(tmp_path, water_reading=retyped)
    with services.use_folder(folder):
        record = {
            "service": "water_reading",
            "tracking_code": new_code(),
            "created_at": "2026-11-23T16:40:00+04:00",
            "language": "en",
            "payload": {
                "fin": "7QWER2P",
                "meters": [
                    {"factory_number": "AB-1", "reading": "12.5", "photo": "meter-1.png"},
                    {"factory_number": "AB-2", "reading": "7"},
                ],
            },
        }
        receipt = make_receipt(record)
    (group,) = receipt.groups
    assert group.title == "Meters"
    assert group.items == (
        "Meter 1: Meter factory number: AB-1; Reading: 12.5",
        "Meter 2: Meter factory number: AB-2; Reading: 7",
    )
    text = " ".join(pdf_text(render_receipt_pdf(receipt, "a4")).split())
    assert "Meter 1: Meter factory number: AB-1; Reading: 12.5" in text
    assert "meter-1.png" not in text


def test_no_receipt_log_or_staff_module_names_a_service() -> None:
    ids = set(services.ids())
    assert ids
    modules = [
        *sorted((ROOT / "kiosk" / "receipts").glob("*.py")),
        *sorted((ROOT / "kiosk" / "staff").glob("*.py")),
        ROOT / "kiosk" / "logs.py",
        ROOT / "kiosk" / "core" / "masking.py",
    ]
    named = [
        (path.relative_to(ROOT).as_posix(), node.value)
        for path in modules
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in ids
    ]
    assert named == []


def test_the_copies_start_from_the_real_definition(tmp_path: Path) -> None:
    # The tests above change a copy of the real file, so a renamed field or group would show here first.
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(WATER, copy / WATER.name)
    with services.use_folder(copy) as loaded:
        (service,) = loaded.values()
        assert service.field("notes").sensitive is False
        assert any(f.type == "group" and f.name == "meters" for f in service.fields())
