"""Package discovery for the wheel (the rest of the metadata is in pyproject.toml).

``pyproject.toml`` alone cannot combine automatic discovery with the two folders that
live outside ``pswdesk/`` (``migrations/`` and ``resources/``) but install inside it, so
this finds the packages in all three places: every subpackage ships without a list.
"""

from setuptools import find_namespace_packages, find_packages, setup


def _below(folder: str, as_package: str) -> list[str]:
    found = find_namespace_packages(folder, exclude=["*__pycache__*"])
    return [as_package, *(f"{as_package}.{name}" for name in found)]


setup(
    packages=[
        *find_packages(include=["pswdesk", "pswdesk.*"]),
        *_below("migrations", "pswdesk.migrations"),
        *_below("resources", "pswdesk.resources"),
    ]
)
