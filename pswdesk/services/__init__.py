"""Use cases. Every call takes the acting user, checks the roles (docs/ARCHITECTURE.md,
Roles), and returns plain dataclasses: no Qt, no live ORM objects, no open sessions."""
