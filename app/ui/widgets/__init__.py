"""Reusable widgets of the wizard pages."""
