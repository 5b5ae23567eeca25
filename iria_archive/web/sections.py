"""Which section and which site a section URL is, as the search page and table view show them.

The archive knows a section by its start URL (article_sections.section, crawl_runs.start_url);
the config knows it as "site/name". `serve` hands the config's names to the Datasette
plugin (metadata `plugins.iria-archive.sites` and `.sections`, see `plugin_config`), and
the plugin reads them back as a `SectionCatalog`. A section the config does not name (a
`--start-url` crawl, a section since removed from the config) gets a label made from its
URL, and the site whose base URL holds it, else its host.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from datasette.filters import FilterArguments

from iria_archive.model.urls import under_base

PLUGIN = "iria-archive"
# The table view's filter: /archive/articles?_section=alpha/europe (label or URL).
SECTION_ARG = "_section"


def url_label(url: str) -> str:
    """A section URL as a reader can tell it apart: host and path, without the scheme."""
    parts = urlsplit(url)
    return parts.netloc + parts.path.rstrip("/")


def plugin_config(config: Any) -> dict[str, Any]:
    """The config's sites and sections, as the Datasette plugin reads them (JSON-able)."""
    return {
        "sites": [
            {
                "name": site.name,
                "title": site.about.get("title", site.name),
                "base_url": site.base_url,
            }
            for site in config.sites
        ],
        "sections": {section.url: section.key for section in config.sections},
    }


@dataclass
class SectionCatalog:
    """Labels and sites of the sections an archive holds: url -> "site/name", url -> site."""

    labels: dict[str, str] = field(default_factory=dict)
    sites: dict[str, str] = field(default_factory=dict)
    site_titles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, plugin: dict[str, Any], urls: Iterable[str]) -> SectionCatalog:
        """The catalog of the section URLs `urls` (those the archive has crawled), named
        by the plugin config `plugin` where it can."""
        named: dict[str, str] = plugin.get("sections") or {}
        sites: list[dict[str, str]] = plugin.get("sites") or []
        catalog = cls(site_titles={s["name"]: s.get("title") or s["name"] for s in sites})
        for url in urls:
            catalog.add(url, named, sites)
        return catalog

    def add(self, url: str, named: dict[str, str], sites: list[dict[str, str]]) -> None:
        if url in self.labels:
            return
        self.labels[url] = named.get(url) or url_label(url)
        holders = [s for s in sites if under_base(s["base_url"], url)]
        if holders:
            site = max(holders, key=lambda s: len(s["base_url"]))["name"]
        else:
            site = urlsplit(url).netloc
            self.site_titles.setdefault(site, site)
        self.sites[url] = site

    def label(self, url: str) -> str:
        return self.labels.get(url) or url_label(url)

    def title(self, url: str) -> str:
        """A section as a reader reads it: its configured name ("europe"), with its site's
        title when the archive spans several sites; the URL's label when unnamed."""
        label = self.label(url)
        site = self.sites.get(url)
        if site is None or not label.startswith(site + "/"):
            return label  # not named by the config: host and path tell it apart
        name = label[len(site) + 1 :]
        return f"{name} · {self.site_titles.get(site, site)}" if self.several_sites else name

    @property
    def several_sites(self) -> bool:
        """True when the archive's sections span more than one site: the site facet's cue."""
        return len(set(self.sites.values())) > 1

    def site_sections(self) -> dict[str, tuple[str, ...]]:
        """Each site's section URLs, sites in the order first met."""
        grouped: dict[str, list[str]] = {}
        for url, site in self.sites.items():
            grouped.setdefault(site, []).append(url)
        return {site: tuple(urls) for site, urls in grouped.items()}

    def section_urls(self, wanted: str) -> tuple[str, ...]:
        """The section a filter names (its label or its URL); () when the archive has none."""
        return tuple(url for url, label in self.labels.items() if wanted in (label, url))

    def site_urls(self, wanted: str) -> tuple[str, ...]:
        """The sections of the site a filter names; () when the archive has none of it."""
        return tuple(url for url, site in self.sites.items() if site == wanted)


async def archive_catalog(datasette: Any, database: str) -> SectionCatalog:
    """The sections the served archive has crawled (crawl_runs.start_url: a few rows)."""
    db = datasette.get_database(database)
    try:
        rows = await db.execute(
            "select distinct start_url from crawl_runs where start_url is not null"
        )
        urls = [row[0] for row in rows.rows]
    except sqlite3.OperationalError:  # not an archive: no sections
        urls = []
    return SectionCatalog.build(datasette.plugin_config(PLUGIN) or {}, urls)


def section_filter(datasette: Any, request: Any, database: str, table: str) -> Any:
    """`_section=` on the articles table: only the articles that section lists."""
    wanted = request.args.getlist(SECTION_ARG) if table == "articles" else []
    if not wanted:
        return None

    async def inner() -> FilterArguments:
        catalog = await archive_catalog(datasette, database)
        where: list[str] = []
        params: dict[str, Any] = {}
        described: list[str] = []
        for n, value in enumerate(wanted):
            urls = catalog.section_urls(value) or (value,)
            marks = ", ".join(f":iria_section_{n}_{i}" for i in range(len(urls)))
            where.append(f"url in (select url from article_sections where section in ({marks}))")
            params |= {f"iria_section_{n}_{i}": url for i, url in enumerate(urls)}
            described.append(f"in section {value}")
        return FilterArguments(where, params, described)

    return inner
