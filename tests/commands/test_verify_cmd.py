"""`dpia verify` in-process: exit 0 when intact and matching, 1 when tampered, 2 when unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from app.cli import main
from app.core.storage import load_assessment
from app.report.identity import create_identity
from tests.helpers.paths import scenario_path
from tests.report.builders import PASSPHRASE


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("verify")
    identity, pem, report = folder / "a.p12", folder / "a.pem", folder / "r.pdf"
    certificate = create_identity(identity, "Anna", "a@example.org", PASSPHRASE, key_type="ec-p256")
    pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
        main(
            [
                "report",
                str(scenario_path("clearview_search_engine")),
                "-o",
                str(report),
                "--sign",
                str(identity),
                "--no-record-version",  # leave the shipped scenario as it is
            ]
        )
    return {"report": report, "pem": pem, "folder": folder}


def test_intact_without_trust_exit_3(signed, capsys) -> None:
    assert main(["verify", str(signed["report"])]) == 3
    out = capsys.readouterr().out
    assert "integrity:     intact" in out and "signer not verified" in out
    assert "report says do_not_proceed; the current engine says do_not_proceed: match" in out
    assert "result: INTACT BUT SIGNER NOT VERIFIED" in out.splitlines()[-1]


def test_trusted_certificate_exit_0(signed, capsys) -> None:
    assert main(["verify", str(signed["report"]), "--trust", str(signed["pem"])]) == 0
    out = capsys.readouterr().out
    assert "trust:         trusted: is the trusted certificate 'Email Address: a@example.org, Common Name: Anna'" in out
    assert out.rstrip().endswith("result: OK (intact, every signer trusted)")


def test_trust_dir_exit_0(signed, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "trusted"
    folder.mkdir()
    (folder / "anna.pem").write_bytes(signed["pem"].read_bytes())
    (folder / "readme.txt").write_text("not a certificate", encoding="utf-8")
    assert main(["verify", str(signed["report"]), "--trust-dir", str(folder)]) == 0


def test_trust_dir_of_someone_else_exit_3(signed, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "others"
    folder.mkdir()
    other = create_identity(tmp_path / "o.p12", "Other", "", PASSPHRASE, key_type="ec-p256")
    (folder / "other.crt").write_bytes(other.public_bytes(serialization.Encoding.DER))
    assert main(["verify", str(signed["report"]), "--trust-dir", str(folder)]) == 3
    assert "NOT TRUSTED: self-signed, and not one of the trusted certificates" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"), [(None, "no certificate files"), (b"junk", "not a certificate")]
)
def test_bad_trust_dir_exit_2(signed, tmp_path: Path, capsys, content, message) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    if content is not None:
        (folder / "x.pem").write_bytes(content)
    assert main(["verify", str(signed["report"]), "--trust-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_byte_changed_in_signed_range_exit_1(signed, tmp_path: Path, capsys) -> None:
    data = signed["report"].read_bytes()
    at = data.index(b"DPIA for a facial")
    tampered = tmp_path / "t.pdf"
    tampered.write_bytes(data[:at] + b"d" + data[at + 1 :])
    assert main(["verify", str(tampered)]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "result: FAILED" in out


def test_extract_writes_the_embedded_assessment(signed, tmp_path: Path) -> None:
    out = tmp_path / "extracted.dpia"
    assert main(["verify", str(signed["report"]), "--extract", str(out)]) == 3
    original = load_assessment(scenario_path("clearview_search_engine"))
    assert load_assessment(out).answers == original.answers


def test_non_pdf_exit_2(tmp_path: Path, capsys) -> None:
    text = tmp_path / "x.pdf"
    text.write_text("hello", encoding="utf-8")
    assert main(["verify", str(text)]) == 2
    assert capsys.readouterr().err == "dpia: error: not a PDF file\n"


@pytest.mark.parametrize("inside", [False, True])
def test_extract_evidence_into_a_file_is_refused_before_verifying(signed, capsys, inside) -> None:
    """Not 'internal error: FileExistsError' after the whole verification: one line, nothing printed."""
    target = signed["report"] / "evidence" if inside else signed["report"]
    assert main(["verify", str(signed["report"]), "--extract-evidence", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and str(target) in captured.err
    assert "--extract-evidence needs a folder" in captured.err and "internal error" not in captured.err
