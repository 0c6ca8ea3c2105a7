"""Session fixtures for the report tests: one knowledge base, two identities, built reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.knowledge import Knowledge, load_knowledge
from app.core.verdict import Verdict
from app.report.export import build_report
from app.report.identity import Identity, create_identity, load_identity
from app.report.signing import sign_report
from tests.report.builders import EXPORTED, PASSPHRASE, rich_assessment


@dataclass(frozen=True)
class Signer:
    path: Path
    identity: Identity

    @property
    def certificate(self) -> x509.Certificate:
        return self.identity.certificate


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge()


@pytest.fixture(scope="session")
def rich() -> Assessment:
    return rich_assessment()


@pytest.fixture(scope="session")
def rich_verdict(rich: Assessment, knowledge: Knowledge) -> Verdict:
    return assess(rich, knowledge)


@pytest.fixture(scope="session")
def assessor(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    path = tmp_path_factory.mktemp("ids") / "assessor.p12"
    create_identity(path, "Anna Łukasiewicz", "anna@example.org", PASSPHRASE, key_type="rsa3072")
    return Signer(path, load_identity(path, PASSPHRASE))


@pytest.fixture(scope="session")
def dpo(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    path = tmp_path_factory.mktemp("ids") / "dpo.p12"
    create_identity(path, "Dirk de Vries", "dirk@example.org", PASSPHRASE, key_type="ec-p256")
    return Signer(path, load_identity(path, PASSPHRASE))


@pytest.fixture(scope="session")
def unsigned_pdf(rich: Assessment, rich_verdict: Verdict, knowledge: Knowledge) -> bytes:
    return build_report(rich, rich_verdict, knowledge, "en", EXPORTED)


@pytest.fixture(scope="session")
def signed_once(unsigned_pdf: bytes, assessor: Signer) -> bytes:
    return sign_report(unsigned_pdf, assessor.identity, "assessor")


@pytest.fixture(scope="session")
def signed_twice(signed_once: bytes, dpo: Signer) -> bytes:
    return sign_report(signed_once, dpo.identity, "dpo")


@pytest.fixture(scope="session")
def controller(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    path = tmp_path_factory.mktemp("ids") / "controller.p12"
    create_identity(path, "Claire Controller", "claire@example.org", PASSPHRASE, key_type="ec-p256")
    return Signer(path, load_identity(path, PASSPHRASE))


@pytest.fixture(scope="session")
def signed_thrice(signed_twice: bytes, controller: Signer) -> bytes:
    return sign_report(signed_twice, controller.identity, "controller")
