"""Signing identities: created safely, opened with clear one-line errors."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from cryptography import x509

from app.report.identity import IdentityError, create_identity, load_identity
from tests.report.builders import PASSPHRASE, certificate_by, identity_file


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


def test_an_identity_issued_by_a_non_ca_certificate_is_refused(tmp_path: Path) -> None:
    """Dirk's own signing key issues an "Anna" certificate: pyHanko would sign with it."""
    dirk = certificate_by("Dirk de Vries")
    path = identity_file(tmp_path / "anna.p12", certificate_by("Anna", issuer=dirk), [dirk[0]])
    with pytest.raises(IdentityError, match=r"issued by 'Dirk de Vries', which is not a CA certificate"):
        load_identity(path, PASSPHRASE)


def test_a_ca_flag_without_key_cert_sign_does_not_make_an_issuer(tmp_path: Path) -> None:
    half = certificate_by("Half CA", ca=True, key_cert_sign=False)
    path = identity_file(tmp_path / "anna.p12", certificate_by("Anna", issuer=half), [half[0]])
    with pytest.raises(IdentityError, match="issued by 'Half CA', which is not a CA"):
        load_identity(path, PASSPHRASE)


def test_every_issuer_up_the_chain_must_be_a_ca(tmp_path: Path) -> None:
    """A CA certificate minted by an end-entity key is no CA of anyone's."""
    dirk = certificate_by("Dirk de Vries")
    fake_ca = certificate_by("Fake CA", issuer=dirk, ca=True)
    path = identity_file(tmp_path / "anna.p12", certificate_by("Anna", issuer=fake_ca), [fake_ca[0], dirk[0]])
    with pytest.raises(IdentityError, match="issued by 'Dirk de Vries'"):
        load_identity(path, PASSPHRASE)


def test_identities_issued_by_a_ca_and_self_signed_ones_still_open(tmp_path: Path) -> None:
    root = certificate_by("Org Root", ca=True)
    issued = identity_file(tmp_path / "anna.p12", certificate_by("Anna", issuer=root), [root[0]])
    assert load_identity(issued, PASSPHRASE).name == "Anna"
    # an unrelated non-CA certificate carried along issued nothing, and an absent issuer is verify's business
    stray = certificate_by("Stray")
    alone = identity_file(tmp_path / "bea.p12", certificate_by("Bea", issuer=root), [stray[0]])
    assert load_identity(alone, PASSPHRASE).name == "Bea"
    own = identity_file(tmp_path / "cem.p12", certificate_by("Cem"), [stray[0]])
    assert load_identity(own, PASSPHRASE).name == "Cem"
