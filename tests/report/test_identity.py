"""Signing identities: created safely, opened with clear one-line errors."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from cryptography import x509

from app.report.identity import IdentityError, create_identity, load_identity
from tests.report.builders import PASSPHRASE


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, x509.Certificate]:
    path = tmp_path_factory.mktemp("identity") / "me.p12"
    return path, create_identity(path, "Łódź Signer", "me@example.org", PASSPHRASE, key_type="ec-p256")


def test_file_is_private_and_holds_no_clear_text(created) -> None:
    path, _ = created
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert PASSPHRASE.encode() not in path.read_bytes()
    assert b"PRIVATE KEY" not in path.read_bytes()


def test_certificate_is_a_three_year_signing_certificate(created) -> None:
    _, certificate = created
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    lifetime = certificate.not_valid_after_utc - certificate.not_valid_before_utc
    assert dt.timedelta(days=3 * 365) <= lifetime <= dt.timedelta(days=3 * 365 + 1)
    assert certificate.subject == certificate.issuer


def test_identity_opens_with_its_passphrase(created) -> None:
    path, certificate = created
    identity = load_identity(path, PASSPHRASE)
    assert (identity.name, identity.email) == ("Łódź Signer", "me@example.org")
    assert identity.certificate == certificate


def test_existing_file_is_never_overwritten(created) -> None:
    path, _ = created
    before = path.read_bytes()
    with pytest.raises(IdentityError, match="already exists"):
        create_identity(path, "Other", "", PASSPHRASE, key_type="ec-p256")
    assert path.read_bytes() == before


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="at least 8"):
        create_identity(tmp_path / "x.p12", "A", "", "short", key_type="ec-p256")
    assert not (tmp_path / "x.p12").exists()


@pytest.mark.parametrize(
    ("content", "passphrase", "message"),
    [
        (None, "wrong passphrase!", "wrong passphrase"),
        (b"not pkcs12 at all", PASSPHRASE, "not a PKCS#12 identity file"),
    ],
)
def test_bad_identity_gives_one_line(created, tmp_path: Path, content, passphrase, message) -> None:
    path = created[0]
    if content is not None:
        path = tmp_path / "bad.p12"
        path.write_bytes(content)
    with pytest.raises(IdentityError, match=message) as info:
        load_identity(path, passphrase)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="cannot read identity file"):
        load_identity(tmp_path / "none.p12", PASSPHRASE)


def test_expired_certificate_is_refused(created) -> None:
    path, certificate = created
    later = certificate.not_valid_after_utc + dt.timedelta(days=1)
    with pytest.raises(IdentityError, match="expired on"):
        load_identity(path, PASSPHRASE, now=later)
