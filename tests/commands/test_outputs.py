"""Every CLI output is written safely: never over an input, never over an existing file without
--force, never through a planted symlink, and no temporary file is left behind."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.report.identity import create_identity
from tests.helpers.paths import scenario_path
from tests.report.builders import PASSPHRASE


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(scenario_path("clearview_search_engine"), tmp_path / "c.dpia")
    (tmp_path / "sub").mkdir()
    return tmp_path


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("id") / "anna.p12"
    create_identity(path, "Anna Assessor", "anna@example.org", PASSPHRASE, key_type="ec-p256")
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, identity: Path) -> Path:
    out = tmp_path_factory.mktemp("report") / "signed.pdf"
    scenario = str(scenario_path("clearview_search_engine"))
    command = ["report", scenario, "-o", str(out), "--sign", str(identity), "--no-record-version"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
        assert main(command) == 0
    return out


def refused(capsys: pytest.CaptureFixture[str], expected: str) -> None:
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1, err


def files(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.mark.parametrize("how", ["same", "other-path", "hard-link", "symlink"])
def test_report_onto_its_own_assessment_is_refused(work: Path, capsys, how: str) -> None:
    source = work / "c.dpia"
    before = source.read_bytes()
    out = {"same": source, "other-path": work / "sub" / ".." / "c.dpia"}.get(how, work / "out.pdf")
    if how == "hard-link":
        os.link(source, out)
    elif how == "symlink":
        out.symlink_to(source)
    assert main(["report", str(source), "-o", str(out), "--force"]) == 2
    refused(capsys, "this is the input file")
    assert source.read_bytes() == before
    assert [name for name in files(work) if name.startswith(".")] == []


def test_an_existing_report_needs_force(work: Path, capsys) -> None:
    out = work / "r.pdf"
    out.write_bytes(b"the board's copy")
    assert main(["report", str(work / "c.dpia"), "-o", str(out)]) == 2
    refused(capsys, "r.pdf: already exists; not overwritten (use --force to replace it)")
    assert out.read_bytes() == b"the board's copy"
    assert main(["report", str(work / "c.dpia"), "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert files(work) == ["c.dpia", "r.pdf", "sub"]


def test_report_onto_the_signing_identity_is_refused(work: Path, identity: Path, capsys) -> None:
    before = identity.read_bytes()
    assert main(["report", str(work / "c.dpia"), "-o", str(identity), "--sign", str(identity), "--force"]) == 2
    refused(capsys, "this is the input file")
    assert identity.read_bytes() == before


@pytest.mark.parametrize("option", ["--cert-out", "--export-cert"])
def test_certificate_outputs_do_not_follow_a_planted_symlink(
    work: Path, identity: Path, capsys, option: str
) -> None:
    victim = work / "victim.txt"
    victim.write_text("precious")
    pem = work / "cert.pem"
    pem.symlink_to(victim)
    if option == "--cert-out":
        command = ["identity", "new", "--name", "B", "--out", str(work / "b.p12"), "--key", "ec-p256"]
    else:
        command = ["identity", "show", str(identity)]
    assert main([*command, option, str(pem)]) == 2
    refused(capsys, "cert.pem: already exists; not overwritten")
    assert not (work / "b.p12").exists()  # refused before the identity was made
    assert main([*command, option, str(pem), "--force"]) == 0
    assert victim.read_text() == "precious"
    assert not pem.is_symlink() and pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_cert_out_cannot_be_the_identity(work: Path, capsys) -> None:
    out = work / "b.p12"
    command = ["identity", "new", "--name", "B", "--out", str(out), "--cert-out", str(out), "--force"]
    assert main(command) == 2
    refused(capsys, "this is the input file")
    assert not out.exists()


def test_export_cert_cannot_be_the_identity(identity: Path, capsys) -> None:
    before = identity.read_bytes()
    assert main(["identity", "show", str(identity), "--export-cert", str(identity), "--force"]) == 2
    refused(capsys, "this is the input file")
    assert identity.read_bytes() == before


def test_sign_cannot_overwrite_its_inputs(work: Path, report: Path, identity: Path, capsys) -> None:
    pdf = work / "r.pdf"
    shutil.copy(report, pdf)
    before = pdf.read_bytes()
    for out in (pdf, identity):
        command = ["sign", str(pdf), "--identity", str(identity), "--role", "dpo", "-o", str(out), "--force"]
        assert main(command) == 2
        refused(capsys, "this is the input file")
    assert pdf.read_bytes() == before


def test_verify_extract_is_safe(work: Path, report: Path, capsys) -> None:
    pdf = work / "r.pdf"
    shutil.copy(report, pdf)
    before = pdf.read_bytes()
    assert main(["verify", str(pdf), "--extract", str(pdf), "--force"]) == 2
    refused(capsys, "this is the input file")
    assert pdf.read_bytes() == before
    existing = work / "c.dpia"
    assert main(["verify", str(pdf), "--extract", str(existing)]) == 2
    refused(capsys, "c.dpia: already exists")
    untrusted = 3  # intact, but no --trust names the signer: verify still extracts
    assert main(["verify", str(pdf), "--extract", str(existing), "--force"]) == untrusted
    assert b'"dpia-assessment"' in existing.read_bytes()
    assert [name for name in files(work) if name.startswith(".")] == []


def test_identity_out_is_never_replaced_not_even_a_symlink(work: Path, capsys) -> None:
    victim = work / "victim.txt"
    victim.write_text("precious")
    out = work / "id.p12"
    out.symlink_to(victim)
    command = ["identity", "new", "--name", "B", "--out", str(out), "--key", "ec-p256", "--force"]
    assert main(command) == 2
    refused(capsys, "already exists; refusing to overwrite an identity")
    assert out.is_symlink() and victim.read_text() == "precious"
