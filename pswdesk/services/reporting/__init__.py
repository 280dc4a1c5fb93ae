"""Reports for funders and supervisors: counts of the team's or the agency's work.

``registry.run_report`` is the one way in: it checks who is asking, works out
whose work they may count (``scope``), runs one report's queries in one read
session and returns a plain ``pswdesk.reports.report_data.Report``. Each report
lives in its own module with a ``build(session, context)`` that returns its
sections; none of them ever puts a client's name, a record number or a note's
words into a report (docs/ARCHITECTURE.md, Reports).
"""
