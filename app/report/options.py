"""Choices shared by the CLI and the GUI, importable without loading reportlab or pyHanko."""

from __future__ import annotations

from typing import Literal

Role = Literal["assessor", "dpo", "controller"]
ROLES: tuple[Role, ...] = ("assessor", "dpo", "controller")  # controller: the decision (EDPB template)

KeyType = Literal["rsa3072", "ec-p256", "rsa2048"]
KEY_TYPES: tuple[KeyType, ...] = ("rsa3072", "ec-p256", "rsa2048")
