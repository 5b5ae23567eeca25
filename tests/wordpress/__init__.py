"""A real WordPress (Debian's package) with IRIA-like content, for end-to-end tests."""

from .server import THEMES, ZOO_THEMES, WordPress, missing_requirements

__all__ = ["THEMES", "ZOO_THEMES", "WordPress", "missing_requirements"]
