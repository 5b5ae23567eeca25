"""A real WordPress (Debian's package) with IRIA-like content, for end-to-end tests."""

from .server import THEMES, WordPress, missing_requirements

__all__ = ["THEMES", "WordPress", "missing_requirements"]
