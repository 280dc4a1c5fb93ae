"""The PySide6 desktop app. Qt lives here only; everything it shows comes from services.

Layouts are Qt Designer files in ``ui/`` compiled into ``gui/forms/`` by
``scripts/build_forms.py``; icons and the stylesheet are compiled into
``gui/forms/pswdesk_rc.py`` by the same script.
"""
