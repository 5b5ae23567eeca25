"""What one archive holds: its sites, their sections and rules (the model of the config file).

The file that describes them is read by config_file.py; with no file, the archive is
the built-in one (config_file.builtin_config, from builtin.toml): IRIA's Europe section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iria_archive.model.profile import GENERIC_PROFILE, SiteProfile
from iria_archive.model.urls import canonical_url, under_base


class ConfigError(ValueError):
    """The config file cannot be used as written: one line naming file, key, expectation."""


@dataclass(frozen=True)
class Section:
    """One category archive of a site; its start URL is its key in the archive."""

    site: str
    name: str
    url: str

    @property
    def key(self) -> str:
        return f"{self.site}/{self.name}"


@dataclass(frozen=True)
class Site:
    """A site the archive holds: where it is, how to extract it, how to crawl it politely."""

    name: str
    base_url: str
    profile: SiteProfile
    sections: tuple[Section, ...]
    # Scrapy settings for this site's crawls (politeness overrides); `-s` beats them.
    settings: dict[str, Any] = field(default_factory=dict)
    # Datasette's metadata keys: title, description, source, source_url, license, license_url.
    about: dict[str, str] = field(default_factory=dict)

    def holds(self, url: str) -> bool:
        """True when `url` lies under this site's base URL (same scheme, host, port)."""
        return under_base(self.base_url, url)


@dataclass(frozen=True)
class ArchiveConfig:
    """Every site and section of one archive, and where that was read from."""

    sites: tuple[Site, ...]
    path: Path | None = None  # None: the built-in config
    about: dict[str, str] = field(default_factory=dict)
    # The rules for a URL under no site's base: WordPress's own, or the built-in site's
    # (it always extracted every URL with its rules: a replica or mirror on another host).
    fallback_profile: SiteProfile = GENERIC_PROFILE

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(section for site in self.sites for section in site.sections)

    def site_named(self, name: str) -> Site:
        for site in self.sites:
            if site.name == name:
                return site
        known = ", ".join(site.name for site in self.sites)
        raise ConfigError(f"{self._where()}: no site {name!r} (sites: {known})")

    def site_of(self, url: str) -> Site | None:
        """The configured site a URL lies under (the longest base URL wins)."""
        holders = [site for site in self.sites if site.holds(url)]
        return max(holders, key=lambda site: len(site.base_url), default=None)

    def profile_for(self, url: str) -> SiteProfile:
        """The extraction rules for a page or section URL; WordPress's own outside every site."""
        site = self.site_of(url)
        if site is not None:
            return site.profile
        return self.fallback_profile

    def crawl_settings(self, url: str) -> dict[str, Any]:
        """What a crawl of the section at `url` adds to the project's settings: its site's
        politeness overrides and extraction rules (the command line's `-s` beats both)."""
        site = self.site_of(url)
        return {**(site.settings if site else {}), "IRIA_SITE_PROFILE": self.profile_for(url)}

    def pick(self, sites: tuple[str, ...] = (), sections: tuple[str, ...] = ()) -> list[Section]:
        """The sections `--site` and `--section` name (a section: NAME, SITE/NAME or its
        URL), in the config's order; every section when neither is given."""
        for name in sites:
            self.site_named(name)
        chosen = [s for s in self.sections if not sites or s.site in sites]
        picked: set[Section] = set()
        for wanted in sections:
            url = canonical_url(wanted) if "://" in wanted else None
            matches = {s for s in chosen if wanted in (s.name, s.key) or s.url == url}
            if not matches:
                known = ", ".join(s.key for s in chosen)
                raise ConfigError(f"{self._where()}: no section {wanted!r} (sections: {known})")
            picked |= matches
        return [s for s in chosen if not sections or s in picked]

    def _where(self) -> str:
        return str(self.path) if self.path else "the built-in config"
