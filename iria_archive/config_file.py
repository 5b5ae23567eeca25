"""The archive's config file: found, read and checked into an ArchiveConfig (config.py).

One TOML file (`iria-archive.toml` beside the archive, or `--config PATH`, or the
`IRIA_CONFIG` environment variable) names the sites an archive holds::

    [archive]                      # optional: what Datasette shows for the whole archive
    title = "Balkans and Europe, archived"

    [sites.iria]
    base_url = "https://www.ir-ia.com/news/"
    title = "IRIA Europe archive"          # Datasette title, description, source, licence
    source = "IRIA - International Relations Insights & Analysis"
    license = "Articles © IRIA."
    rules = "iria"                         # built-in rules to start from (default: generic)
    rules_version = "3"                    # bump when the lines or prune rules change
    boilerplate_lines = ["Subscribe to IRIA News"]
    boilerplate_patterns = ["Copyright ©.*IRIA.*"]
    prune_xpath = ["//div[@id='newsletter']"]

    [sites.iria.sections]
    europe = "category/europe/"            # relative to base_url, or a whole URL

    [sites.iria.settings]                  # Scrapy settings for this site's crawls
    DOWNLOAD_DELAY = 2

With no file, the archive is the built-in one: IRIA's Europe section, as it always was.
A mistake in the file is a `ConfigError` whose message names the file, the key and what
was expected, in one line.
"""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from iria_archive.config import ArchiveConfig, ConfigError, Section, Site
from iria_archive.model.profile import PROFILES, SiteProfile, profile_named
from iria_archive.model.urls import canonical_url

CONFIG_NAME = "iria-archive.toml"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def config_path(option: str | None, db_path: str) -> Path | None:
    """The config file to read: the one named (--config, or the IRIA_CONFIG variable the
    command line reads), else iria-archive.toml beside the archive, else None (built-in)."""
    if option:
        return Path(option)
    beside = Path(db_path).resolve().parent / CONFIG_NAME
    return beside if beside.is_file() else None


def builtin_config(start_url: str | None = None) -> ArchiveConfig:
    """The archive with no config file (builtin.toml, read like any config); `start_url`
    (the old IRIA_START_URL setting) replaces its one section's URL."""
    text = files("iria_archive").joinpath("builtin.toml").read_text(encoding="utf-8")
    config = _parse(tomllib.loads(text), Path("builtin.toml"))
    (site,) = config.sites
    if start_url:
        (section,) = site.sections
        section = dataclasses.replace(section, url=canonical_url(start_url))
        site = dataclasses.replace(site, sections=(section,))
    return dataclasses.replace(config, sites=(site,), path=None, fallback_profile=site.profile)


def crawl_config(settings: Any) -> ArchiveConfig:
    """The config a crawl under these Scrapy settings belongs to, found as the command
    line finds it: IRIA_CONFIG, else iria-archive.toml beside IRIA_DB_PATH, else the
    built-in one (whose one section IRIA_START_URL, the old setting, replaces)."""
    path = config_path(settings.get("IRIA_CONFIG"), settings.get("IRIA_DB_PATH") or "archive.db")
    return load_config(path, settings.get("IRIA_START_URL"))


def crawl_start_url(settings: Any) -> str:
    """The section a crawl given no start URL walks: IRIA_START_URL, else the config's
    first section (`scrapy crawl europe` with no argument: the built-in archive's)."""
    url = settings.get("IRIA_START_URL") or crawl_config(settings).sections[0].url
    return canonical_url(url)


def crawl_profile(settings: Any, start_url: str) -> SiteProfile:
    """The extraction rules of a crawl: IRIA_SITE_PROFILE (the SiteProfile the crawl
    runner set from the config, or a built-in profile's name), else the config's rules
    for the section's URL, so `scrapy crawl` extracts as `iria-archive crawl` does."""
    chosen = settings.get("IRIA_SITE_PROFILE")
    if isinstance(chosen, SiteProfile):
        return chosen
    if chosen:
        return profile_named(chosen)
    return crawl_config(settings).profile_for(start_url)


def load_config(path: Path | None, start_url: str | None = None) -> ArchiveConfig:
    """The archive's config from `path` (None: the built-in one); ConfigError if unusable."""
    if path is None:
        return builtin_config(start_url)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the config file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    return _parse(data, path)


def _parse(data: dict[str, Any], path: Path) -> ArchiveConfig:
    reader = _Reader(path)
    reader.only(data, "", {"archive", "sites"})
    about = reader.about(data.get("archive", {}), "archive")
    sites_table = data.get("sites")
    if not isinstance(sites_table, dict) or not sites_table:
        raise reader.error("sites", "at least one [sites.NAME] table")
    sites = tuple(reader.site(name, table) for name, table in sites_table.items())
    config = ArchiveConfig(sites=sites, path=path, about=about)
    urls: dict[str, str] = {}
    for section in config.sections:
        if section.url in urls:
            raise reader.error(
                f"sites.{section.site}.sections.{section.name}",
                f"a URL of its own (sections.{urls[section.url]} has {section.url})",
            )
        urls[section.url] = section.key
    return config


_ABOUT_KEYS = ("title", "description", "source", "source_url", "license", "license_url")
_SITE_KEYS = {
    "base_url", "rules", "rules_version", "boilerplate_lines", "boilerplate_patterns",
    "prune_xpath", "sections", "settings", *_ABOUT_KEYS,
}  # fmt: skip


class _Reader:
    """Reads the parsed TOML, raising ConfigError that names the key and the expectation."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, key: str, expected: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key or 'the file'}: expected {expected}")

    def only(self, table: dict[str, Any], prefix: str, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                where = f"{prefix}.{key}" if prefix else key
                expected = ", ".join(sorted(allowed))
                raise ConfigError(f"{self.path}: {where}: unknown key (expected one of {expected})")

    def text(self, table: dict[str, Any], key: str, prefix: str, default: str | None = None) -> Any:
        value = table.get(key, default)
        if value is not None and not isinstance(value, str):
            raise self.error(f"{prefix}.{key}", "a string")
        return value

    def strings(self, table: dict[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(f"{prefix}.{key}", "a list of strings")
        return tuple(value)

    def about(self, table: Any, prefix: str) -> dict[str, str]:
        if not isinstance(table, dict):
            raise self.error(prefix, "a table")
        return {k: v for k in _ABOUT_KEYS if (v := self.text(table, k, prefix)) is not None}

    def url(self, value: Any, key: str) -> str:
        if (
            not isinstance(value, str)
            or urlsplit(value).scheme not in ("http", "https")
            or not (urlsplit(value).hostname)
        ):
            raise self.error(key, "an http(s) URL")
        return value

    def site(self, name: str, table: Any) -> Site:
        prefix = f"sites.{name}"
        if not _NAME.fullmatch(name):
            raise self.error(prefix, "a name of letters, digits, '_', '-' or '.'")
        if not isinstance(table, dict):
            raise self.error(prefix, "a table")
        self.only(table, prefix, _SITE_KEYS)
        base_url = self.url(table.get("base_url"), f"{prefix}.base_url")
        if not base_url.endswith("/"):
            base_url += "/"
        profile = self.profile(name, table, prefix)
        sections_table = table.get("sections")
        if not isinstance(sections_table, dict) or not sections_table:
            raise self.error(f"{prefix}.sections", "a table of NAME = category archive URL")
        sections = []
        for section_name, value in sections_table.items():
            key = f"{prefix}.sections.{section_name}"
            if not _NAME.fullmatch(section_name):
                raise self.error(key, "a name of letters, digits, '_', '-' or '.'")
            if not isinstance(value, str):
                raise self.error(key, "a URL (whole, or relative to base_url)")
            url = canonical_url(self.url(urljoin(base_url, value), key))
            sections.append(Section(name, section_name, url))
        site = Site(
            name,
            base_url,
            profile,
            tuple(sections),
            self.settings(table, prefix),
            {"title": name, **self.about(table, prefix)},
        )
        for section in site.sections:
            if not site.holds(section.url):
                raise self.error(f"{prefix}.sections.{section.name}", f"a URL under {base_url}")
        return site

    def profile(self, name: str, table: dict[str, Any], prefix: str) -> SiteProfile:
        rules = self.text(table, "rules", prefix, "generic")
        if rules not in PROFILES:
            raise self.error(f"{prefix}.rules", f"one of {', '.join(sorted(PROFILES))}")
        base = PROFILES[rules]
        lines = self.strings(table, "boilerplate_lines", prefix)
        patterns = []
        for pattern in self.strings(table, "boilerplate_patterns", prefix):
            try:
                patterns.append(re.compile(pattern))
            except re.error as error:
                key = f"{prefix}.boilerplate_patterns"
                raise self.error(key, f"regular expressions ({error})") from None
        prune = self.strings(table, "prune_xpath", prefix)
        for expression in prune:
            _check_xpath(expression, self.error(f"{prefix}.prune_xpath", "XPath expressions"))
        own_rules = bool(lines or patterns or prune)
        version = self.text(table, "rules_version", prefix)
        if own_rules and version is None:
            raise self.error(f"{prefix}.rules_version", "a version string for the site's own rules")
        if not own_rules and version is None:
            return base  # the built-in rules, stamped as they always were
        return SiteProfile(
            name=name if own_rules else base.name,
            rules_version=f"{base.name} {base.rules_version}+{version}" if own_rules else version,
            prune_xpath=(*base.prune_xpath, *prune),
            boilerplate_lines=(*base.boilerplate_lines, *lines, *patterns),
        )

    def settings(self, table: dict[str, Any], prefix: str) -> dict[str, Any]:
        from iria_archive.config_settings import UnknownSetting, check_setting_names
        from iria_archive.crawl import SettingError, check_setting

        settings = table.get("settings", {})
        if not isinstance(settings, dict):
            raise self.error(f"{prefix}.settings", "a table of Scrapy settings")
        for key, value in settings.items():
            text = value if isinstance(value, str) else _toml_as_setting(value)
            try:
                # A name nothing reads is a typo, not a setting (issue 19, item 10).
                check_setting_names([key], settings)
                check_setting(key, text)
            except (SettingError, UnknownSetting) as error:
                raise ConfigError(f"{self.path}: {prefix}.settings.{key}: {error}") from None
        return dict(settings)


def _toml_as_setting(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value)


def _check_xpath(expression: str, error: ConfigError) -> None:
    from lxml import etree

    try:
        etree.XPath(expression)
    except etree.XPathSyntaxError:
        raise error from None
