"""DPIA wizard for facial-recognition deployments."""

__version__ = "0.1.0"
