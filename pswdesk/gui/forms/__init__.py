"""Compiled Qt Designer forms and resources (generated)."""
