"""The PySide6 wizard: thin views over the Assessment model; no legal logic lives here."""
