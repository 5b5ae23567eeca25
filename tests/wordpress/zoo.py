"""The theme zoo: real themes, site modes and configurations, each crawled once by the CLI.

A case is (theme, mode, configuration). `crawl_case` puts the test WordPress in that state,
crawls its section with the real `iria-archive crawl`, and keeps what the tests judge: the
archive's rows, the run, the requests the crawler made, WordPress's truth and the article
pages as a reader gets them. `expected` says, field by field, what a perfect archive holds;
every value comes from WordPress (truth.php), and in html-only mode a field is expected
only when the article page states it. `table` is the zoo's summary, one line a case.
"""

from __future__ import annotations

import fcntl
import json
import re
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from sqlite_utils import Database

from .configs import CONFIGS, RESET, THEME_SETUP
from .server import ZOO_THEMES, WordPress, php_string

FIELDS = ("title", "author", "published", "modified", "categories", "tags")
# What themes print around an article: widgets, comments, navigation, footers.
BOILERPLATE = (
    "Recent Posts",
    "Recent Comments",
    "Leave a comment",
    "Leave a Reply",
    "Your email address will not be published",
    "Proudly powered by WordPress",
    "Post navigation",
    "Previous post",
    "Next post",
    "View all of",
    "One response to",
    "You may also like",
    "You Might Also Like",
    "Related Posts",
    "Related Articles",
)


@dataclass(frozen=True)
class Case:
    """One crawl of the zoo: a theme, a site mode and a configuration (None: the base)."""

    theme: str
    mode: str
    config: str | None = None

    @property
    def id(self) -> str:
        return "-".join(part for part in (self.theme, self.mode, self.config) if part)


# Every theme in both modes; each configuration on one ordinary classic theme in the
# mode that leaves the crawler only the HTML.
CONFIG_THEME = "twentysixteen"
CASES = (
    [
        Case(theme, mode)
        for theme in (*ZOO_THEMES, "twentytwentyone")
        for mode in ("full", "html-only")
    ]
    + [
        Case(CONFIG_THEME, "html-only", config)
        for config in (
            "plain",
            "dated",
            "category-path",
            "topics-base",
            "three-per-page",
            "child-section",
            "nested-section",
            "scheduled",
        )
    ]
    # With REST on, plain permalinks move the API itself to ?rest_route=.
    + [Case(CONFIG_THEME, "full", "plain")]
)
CASE_IDS = [case.id for case in CASES]


def fetch(url: str) -> tuple[int, str]:
    """A page's status and HTML as a reader gets them (error pages too)."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


# The classes WordPress gives the four widgets widgets.php sets up.
WIDGET = re.compile(r"\bwidget_(recent_entries|categories|archive|tag_cloud)\b")


def state_php(theme: str, mode: str, config: str | None) -> str:
    """PHP that puts the site in a case's state: theme (and its setup), mode, configuration."""
    setup = THEME_SETUP.get(theme, "")
    return (
        f"switch_theme({php_string(theme)}); {setup}"
        f"update_option('iria_site_mode', {php_string(mode)});"
        + RESET
        + (CONFIGS[config] if config else "")
    )


def crawl_case(wp: WordPress, case: Case, out: Path) -> dict:
    """Crawl `case` on `wp` into out/archive.db; what the tests judge, as a JSON-able dict.

    The site is back in its base state afterwards (theme, widgets, mode, configuration),
    since other modules share the session's WordPress.
    """
    from tests.conftest import FAST, run_cli

    previous = wp.theme
    # Four PHP runs a case: the state, the widgets (a new process sees the new theme's
    # sidebars), the truth, and the way back.
    saved_widgets = wp.php(
        "echo serialize(get_option('sidebars_widgets'));"
        + state_php(case.theme, case.mode, case.config)
    )
    try:
        wp.theme = case.theme
        wp.run_script("widgets.php")
        truth = wp.truth()
        db_path = out / "archive.db"
        wp.clear_requests()
        process = run_cli("crawl", "--db", str(db_path), "--start-url", truth["section_url"], *FAST)
        requests = wp.requests
        # What each article page states, as the crawler saw it (these requests not counted).
        urls = [post["url"] for post in truth["europe"]] if case.mode == "html-only" else []
        with ThreadPoolExecutor(4) as pool:
            pages = {
                url: html for url, (_status, html) in zip(urls, pool.map(fetch, urls), strict=True)
            }
            answers = pool.map(fetch, truth["probes"].values())
            probes = {
                name: status for name, (status, _html) in zip(truth["probes"], answers, strict=True)
            }
        archive_page = fetch(truth["section_url"])[1]
    finally:
        wp.php(
            state_php(previous, "full", None)
            + f"update_option('sidebars_widgets', unserialize({php_string(saved_widgets)}));"
        )
        wp.theme = previous
    rows = {}
    run = {}
    if db_path.exists():
        db = Database(db_path)
        for row in db["articles"].rows:
            row["categories"] = json.loads(row["categories"])
            row["tags"] = json.loads(row["tags"])
            rows[row["url"]] = row
        runs = list(db.query("select * from crawl_runs order by id desc limit 1"))
        run = runs[0] if runs else {}
        errors = list(db["crawl_errors"].rows)
    else:
        errors = []
    return {
        "case": case.id,
        "truth": truth,
        "returncode": process.returncode,
        "stderr": process.stderr[-4000:],
        "run": run,
        "rows": rows,
        "errors": errors,
        "requests": requests,
        "pages": pages,
        "probes": probes,
        # The widgets each sidebar got, as the section's first archive page shows them.
        "widgets": sorted(set(WIDGET.findall(archive_page))),
    }


def cached_crawl(wp: WordPress, case: Case, root: Path) -> dict:
    """`crawl_case` once per case across pytest-xdist's workers (a lock file per case)."""
    folder = root / case.id
    folder.mkdir(parents=True, exist_ok=True)
    result = folder / "result.json"
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not result.exists():
            result.write_text(json.dumps(crawl_case(wp, case, folder), ensure_ascii=False))
    return json.loads(result.read_text())


# -- what a perfect archive holds ---------------------------------------------------------


def _outside_widgets(html: str) -> lxml.html.HtmlElement:
    """The page without its widget areas (they list every category, tag and recent post)."""
    doc = lxml.html.fromstring(html)
    for element in doc.xpath('//*[contains(concat(" ", @class, " "), " widget ")]'):
        element.drop_tree()
    return doc


# A timestamp in markup: `datetime` attributes, meta tags, JSON-LD, in any ISO 8601 form.
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})")


def _states_date(html: str, iso: str, modified: bool) -> bool:
    """Whether the page gives the instant `iso` machine-readably (marked as a modification).

    The tag or JSON member that carries it counts as a modification date when it says
    "updated" or "modified" (hAtom's `updated` class, `dateModified`).
    """
    instant = datetime.fromisoformat(iso)
    for carrier in re.finditer(r"<[^<>]*>|\"[A-Za-z]+\"\s*:\s*\"[^\"]*\"", html):
        for stamp in TIMESTAMP.findall(carrier.group(0)):
            if datetime.fromisoformat(stamp) == instant and (
                not modified or re.search(r"updated|modified", carrier.group(0), re.I)
            ):
                return True
    return False


def expected(result: dict, mode: str) -> dict[str, dict]:
    """Each section post's expected fields by URL: WordPress's values, as far as stated.

    With REST on, the API states every field. In html-only mode the article page is all
    there is: the dates count when the page gives them machine-readably (a `datetime`,
    a meta tag, JSON-LD; the modification date marked as such), or only the publication
    day when the page shows just that (in the site's date format), the author when the page
    names or links them, categories and tags those the page links outside its widgets.
    """
    rows = {}
    for post in result["truth"]["europe"]:
        want = {field: post[field] for field in FIELDS}
        if mode == "html-only":
            html = result["pages"][post["url"]]
            doc = _outside_widgets(html)
            links = {unescape(href) for href in doc.xpath("//a/@href")}
            text = doc.text_content()
            if not _states_date(html, post["published"], modified=False):
                # Only the day shown, as the site's date format writes it: that day.
                shown = post["published_display"] in text
                want["published"] = post["published"][:10] if shown else None
            if not _states_date(html, post["modified"], modified=True):
                want["modified"] = None
            if post["author_url"] not in links and post["author"] not in text:
                want["author"] = None
            want["categories"] = [
                name
                for name, link in zip(post["categories"], post["category_links"], strict=True)
                if link in links
            ]
            want["tags"] = [
                name
                for name, link in zip(post["tags"], post["tag_links"], strict=True)
                if link in links
            ]
        rows[post["url"]] = want
    return rows


def field_errors(result: dict, mode: str) -> dict[str, list[str]]:
    """Per field, the stored values that differ from the expected ones."""
    wrong: dict[str, list[str]] = {field: [] for field in FIELDS}
    for url, want in expected(result, mode).items():
        row = result["rows"].get(url)
        if row is None:
            continue
        for field in FIELDS:
            stored = row[field] if row[field] != "" else None
            if stored != want[field]:
                wrong[field].append(
                    f"{urlsplit(url).path} {field}: stored {row[field]!r}, expected {want[field]!r}"
                )
    return wrong


def boilerplate_found(result: dict) -> list[str]:
    """Texts that are not the post's own found in stored texts: widgets, comments, others."""
    posts = result["truth"]["europe"]
    found = []
    for post in posts:
        text = (result["rows"].get(post["url"]) or {}).get("text") or ""
        needles = [*BOILERPLATE, *post["comments"], post["title"]]
        needles += [p["title"] for p in posts if p["url"] != post["url"]]
        needles += [extra for extra in (post["author_bio"], post["image_caption"]) if extra]
        found += [f"{urlsplit(post['url']).path}: {n!r}" for n in needles if n in text]
    return found


def hidden_found(result: dict) -> list[str]:
    """Drafts, private, protected and scheduled posts that reached the archive."""
    rows = result["rows"]
    titles = {row["title"] for row in rows.values()}
    texts = "\n".join(row["text"] or "" for row in rows.values())
    return [
        kind
        for kind, post in result["truth"]["excluded"].items()
        if post["url"] in rows
        or post["pretty_url"] in rows
        or post["title"] in titles
        or post["text"] in texts
    ]


def lost_paragraphs(result: dict) -> list[str]:
    """The posts' paragraphs missing from the stored texts."""
    return [
        f"{urlsplit(p['url']).path}: {paragraph!r}"
        for p in result["truth"]["europe"]
        if p["url"] in result["rows"]
        for paragraph in p["paragraphs"]
        if paragraph not in (result["rows"][p["url"]].get("text") or "")
    ]


def summary(case: Case, result: dict) -> dict:
    """The case's line of the zoo's table."""
    expected_urls = {post["url"] for post in result["truth"]["europe"]}
    stored = set(result["rows"])
    archived = len(expected_urls & stored)
    wrong = field_errors(result, case.mode)
    return {
        "case": case.id,
        "exit": result["returncode"],
        "run": result["run"].get("status"),
        "recall": f"{len(stored & expected_urls)}/{len(expected_urls)}",
        "leaks": len(stored - expected_urls),
        "hidden": ",".join(hidden_found(result)) or "-",
        **{field: f"{archived - len(wrong[field])}/{archived}" for field in FIELDS},
        "boilerplate": len(boilerplate_found(result)),
        "lost_paragraphs": len(lost_paragraphs(result)),
        "requests": len(result["requests"]),
    }


def details(case: Case, result: dict) -> list[str]:
    """Every shortfall of the case, one line each: what the summary counts."""
    expected_urls = {post["url"] for post in result["truth"]["europe"]}
    stored = set(result["rows"])
    lines = [f"{case.id}: missing {url}" for url in sorted(expected_urls - stored)]
    lines += [f"{case.id}: leaked {url}" for url in sorted(stored - expected_urls)]
    lines += [f"{case.id}: hidden {kind}" for kind in hidden_found(result)]
    lines += [
        f"{case.id}: {line}" for wrong in field_errors(result, case.mode).values() for line in wrong
    ]
    lines += [f"{case.id}: boilerplate {line}" for line in boilerplate_found(result)]
    lines += [f"{case.id}: lost {line}" for line in lost_paragraphs(result)]
    if result["returncode"] or result["run"].get("status") != "ok":
        run = f"exit {result['returncode']}, run {result['run'].get('status')}"
        lines.append(f"{case.id}: {run} {result['run'].get('reason')}: {result['stderr'][-500:]}")
    return lines


def shortfalls(case: Case, result: dict) -> dict[str, str]:
    """Per test of tests/test_zoo.py that the case fails, the shortfall in one line."""
    expected_urls = {post["url"] for post in result["truth"]["europe"]}
    stored = set(result["rows"])
    found: dict[str, str] = {}
    if result["returncode"] or result["run"].get("status") != "ok":
        found["test_crawl_succeeds"] = (
            f"exit {result['returncode']}, run {result['run'].get('status')}:"
            f" {result['run'].get('reason')}"
        )
    missing, leaked = expected_urls - stored, stored - expected_urls
    if missing or leaked:
        paths = sorted(urlsplit(url).path for url in missing)
        found["test_archives_exactly_the_section"] = (
            f"{len(expected_urls & stored)} of {len(expected_urls)} articles"
            + (
                f" (missing {', '.join(paths[:3])}{' ...' if len(paths) > 3 else ''})"
                if paths
                else ""
            )
            + (f", {len(leaked)} other posts stored" if leaked else "")
        )
    if hidden_found(result):
        found["test_nothing_hidden_is_archived"] = "stored: " + ", ".join(hidden_found(result))
    wrong = {field: lines for field, lines in field_errors(result, case.mode).items() if lines}
    if wrong:
        archived = len(expected_urls & stored)
        found["test_every_field_equals_wordpress"] = "; ".join(
            f"{field} {archived - len(lines)}/{archived}, e.g. {lines[0].split(': ', 1)[1]}"
            for field, lines in wrong.items()
        )
    if boilerplate_found(result):
        lines = boilerplate_found(result)
        found["test_no_boilerplate_in_text"] = f"{len(lines)} texts, e.g. {lines[0]}"
    if lost_paragraphs(result):
        lines = lost_paragraphs(result)
        found["test_body_is_the_posts_paragraphs"] = (
            f"{len(lines)} paragraphs lost, e.g. {lines[0]}"
        )
    return found


def table(rows: list[dict]) -> str:
    """Rows of `summary` as an aligned text table."""
    if not rows:
        return ""
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    lines += ["  ".join(str(r[c]).ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)
