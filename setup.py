"""Which packages the distribution holds; everything else is in pyproject.toml.

``migrations/`` and ``translations/`` stay at the top of the repository, where the
tools that maintain them (Flask-Migrate, pybabel) expect them, and install inside the
package as ``portal.migrations`` and ``portal.translations``: a wheel then carries them,
and an editable install maps the same names to the same folders.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["portal*"]) + ["portal.migrations", "portal.translations"],
    package_dir={"portal.migrations": "migrations", "portal.translations": "translations"},
)
