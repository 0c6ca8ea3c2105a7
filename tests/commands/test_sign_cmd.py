"""`dpia sign` in-process: a second signature by incremental update, refusals with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.report.identity import create_identity
from tests.helpers.paths import scenario_path
from tests.report.builders import PASSPHRASE, certificate_by, identity_file


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sign")
    paths = {"assessor": folder / "a.p12", "dpo": folder / "d.p12", "report": folder / "r.pdf"}
    create_identity(paths["assessor"], "Anna", "a@example.org", PASSPHRASE, key_type="ec-p256")
    create_identity(paths["dpo"], "Dirk", "d@example.org", PASSPHRASE, key_type="ec-p256")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
        main(
            [
                "report",
                str(scenario_path("clearview_search_engine")),
                "-o",
                str(paths["report"]),
                "--sign",
                str(paths["assessor"]),
                "--no-record-version",  # leave the shipped scenario as it is
            ]
        )
    return paths


def test_dpo_signs_after_the_assessor(setup, tmp_path: Path, capsys) -> None:
    out = tmp_path / "both.pdf"
    assert (
        main(["sign", str(setup["report"]), "--identity", str(setup["dpo"]), "--role", "dpo", "-o", str(out)])
        == 0
    )
    assert out.read_bytes().startswith(setup["report"].read_bytes())
    capsys.readouterr()
    assert main(["verify", str(out)]) == 3  # intact, signers not trusted (no --trust)
    text = capsys.readouterr().out
    assert "signature 1 of 2: assessor" in text and "signature 2 of 2: dpo" in text
    assert "later changes: none but further signatures of this report" in text


def test_signing_a_signed_field_is_refused(setup, tmp_path: Path, capsys) -> None:
    assert (
        main(
            [
                "sign",
                str(setup["report"]),
                "--identity",
                str(setup["dpo"]),
                "--role",
                "assessor",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "already signed" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "message"), [(b"no pdf", "not a PDF"), (None, "cannot read PDF file")])
def test_bad_pdf_exit_2(setup, tmp_path: Path, capsys, content, message) -> None:
    pdf = tmp_path / "in.pdf"
    if content is not None:
        pdf.write_bytes(content)
    assert main(["sign", str(pdf), "--identity", str(setup["dpo"]), "-o", str(tmp_path / "o.pdf")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_unreadable_identity_exit_2(setup, tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.p12"
    broken.write_bytes(b"garbage")
    assert main(["sign", str(setup["report"]), "--identity", str(broken), "-o", str(tmp_path / "o.pdf")]) == 2
    assert "not a PKCS#12 identity file" in capsys.readouterr().err


def test_reviewer_signs_in_its_own_field_and_verify_lists_every_role(setup, tmp_path: Path, capsys) -> None:
    reviewer = tmp_path / "r.p12"
    create_identity(reviewer, "Rita Reviewer", "r@example.org", PASSPHRASE, key_type="ec-p256")
    out = tmp_path / "reviewed.pdf"
    args = ["sign", str(setup["report"]), "--identity", str(reviewer), "--role", "reviewer", "-o", str(out)]
    assert main(args) == 0
    assert "signed by Rita Reviewer as reviewer" in capsys.readouterr().out
    assert main(["verify", str(out)]) == 3  # intact, signers not trusted (no --trust)
    text = capsys.readouterr().out
    assert "signature 2 of 2: reviewer (field Signature_Reviewer)" in text
    roles = text.split("signature roles:\n", 1)[1].splitlines()[:4]
    assert [line.split()[0] for line in roles] == ["assessor", "dpo", "controller", "reviewer"]
    assert "signed by Anna" in roles[0] and "signed by Rita Reviewer" in roles[3]
    assert "not signed" in roles[1] and "not signed" in roles[2]
    again = [
        "sign",
        str(out),
        "--identity",
        str(reviewer),
        "--role",
        "reviewer",
        "-o",
        str(tmp_path / "x.pdf"),
    ]
    assert main(again) == 2
    assert "already signed" in capsys.readouterr().err


def test_an_identity_issued_by_a_non_ca_certificate_is_refused(setup, tmp_path: Path, capsys) -> None:
    """Exit 2, one line, and nothing written: a non-CA key may not vouch for a signer."""
    dirk = certificate_by("Dirk")
    forged = identity_file(tmp_path / "anna.p12", certificate_by("Anna", issuer=dirk), [dirk[0]])
    out = tmp_path / "o.pdf"
    assert (
        main(["sign", str(setup["report"]), "--identity", str(forged), "--role", "dpo", "-o", str(out)]) == 2
    )
    err = capsys.readouterr().err
    assert "issued by 'Dirk', which is not a CA certificate" in err and err.count("\n") == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [forged]
