"""Printable documents (reportlab), built from plain data the services gather.

Nothing here opens the database or imports Qt: a service collects what may be
shown into dataclasses, closes its session, and hands them to a renderer here.
"""
