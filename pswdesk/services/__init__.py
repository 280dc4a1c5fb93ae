"""Use cases. Every call takes the acting user, checks DESIGN §4, and returns
plain dataclasses: no Qt, no live ORM objects, no open sessions."""
