"""Choices shared by the CLI and the GUI, importable without loading reportlab or pyHanko."""

from __future__ import annotations

from typing import Literal

Role = Literal["assessor", "dpo", "controller", "reviewer"]
# controller: the decision (EDPB template); reviewer: the evaluator who reviewed the assessment (CNIL PIA)
ROLES: tuple[Role, ...] = ("assessor", "dpo", "controller", "reviewer")

# Key types of a new identity or CA. RSA 2048 is not offered (below the 3072 bits recommended for
# signatures meant to outlast 2030); existing identities of any RSA or EC key still load and sign.
KeyType = Literal["rsa3072", "ec-p256"]
KEY_TYPES: tuple[KeyType, ...] = ("rsa3072", "ec-p256")
