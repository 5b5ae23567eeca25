"""Scrapy settings for iria-archive: polite defaults and the project's own keys.

This is the only configuration channel. `iria-archive crawl` and `scrapy crawl europe`
both read it; command-line options and `-s NAME=VALUE` override single keys.
Tests and benchmarks may override throttling here, the defaults stay polite.
"""

import os

BOT_NAME = "iria-archive"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"

# --- The project's own keys -------------------------------------------------------
# The archive's config file (iria_archive/config_file.py): which sites and sections it
# holds, with their rules. Unset: iria-archive.toml beside the database, else the
# built-in one (iria_archive/builtin.toml: IRIA's Europe section).
IRIA_CONFIG = os.environ.get("IRIA_CONFIG")
# The category archive to walk (`-a start_url=` and --start-url beat it); unset: the
# config's first section. Any WordPress category archive works the same way.
IRIA_START_URL = os.environ.get("IRIA_START_URL")
# The extraction rules: a built-in profile's name (model/profile.py) or a SiteProfile,
# which `iria-archive crawl` sets from the config file; unset: the config's rules for
# the section's URL (config_file.crawl_profile).
IRIA_SITE_PROFILE = None
# The SQLite archive the store pipeline writes to.
IRIA_DB_PATH = os.environ.get("IRIA_ARCHIVE_DB", "archive.db")
# Incremental runs (the default once the archive holds articles) stop walking the
# archive after this many whole pages with nothing new. IRIA_FULL=True walks it all.
IRIA_INCREMENTAL_STOP_PAGES = 1
IRIA_FULL = False
# With the WordPress REST API: ask for posts modified this many days before the newest
# change in the archive (a safety margin; posts already archived cost no request).
IRIA_API_OVERLAP_DAYS = 2
# Bounds on one walk, so a site whose pagination never ends cannot keep a run going:
# archive or feed pages per walk, and article links read from one page.
IRIA_MAX_LISTING_PAGES = 1000
IRIA_MAX_LINKS_PER_PAGE = 500
# Reads what the archive already holds (known articles, validators, source stamps) for
# the spider; the spider never opens the database itself.
IRIA_STATE_LOADER = "iria_archive.archive.state.load_crawl_state"
# The progress line on stderr: None shows it when stderr is a terminal.
IRIA_PROGRESS = None
# Set by `iria-archive crawl`, which takes the archive's lock before the crawl starts;
# `scrapy crawl` leaves it False and the store pipeline takes the lock itself.
IRIA_LOCK_HELD = False
# Raw pages of each run go to a gzip WARC file here (default: warc/ beside the database).
IRIA_WARC_DIR = ""
# Run health (see iria_archive/archive/runs.py): the share of fetched article pages whose
# extraction may fail before the run counts as broken.
IRIA_MAX_EXTRACTION_FAILURE_RATE = 0.5
# Processes extracting article pages while the crawl fetches and writes (issue 21):
# one per core; 0 extracts in the crawl's own process.
IRIA_EXTRACT_WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1

# --- Politeness --------------------------------------------------------------------
ROBOTSTXT_OBEY = True
USER_AGENT = (
    "iria-archive/0.1 (+https://github.com/iria-archive/iria-archive; news archive crawler)"
)
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# Timeouts, 5xx and 429 are retried by Scrapy's RetryMiddleware (default codes).
RETRY_ENABLED = True
RETRY_TIMES = 3
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024

# Every request stays on the section's site over http(s), redirects included; a known
# article is asked for with its validators; an unreadable robots.txt forbids, not allows.
DOWNLOADER_MIDDLEWARES = {
    "scraper.middlewares.SiteBoundaryMiddleware": 50,
    "scraper.middlewares.RedirectTargetMiddleware": 55,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scraper.middlewares.StrictRobotsTxtMiddleware": 100,
    "scraper.middlewares.ConditionalRequestMiddleware": 560,
}

# --- Pipeline ----------------------------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.warc.WarcPipeline": 50,
    "pipelines.extract_pipeline.ExtractPipeline": 100,
    "pipelines.clean.CleanPipeline": 200,
    "pipelines.store.StorePipeline": 300,
}
EXTENSIONS = {
    "scraper.progress.Progress": 500,
}

# --- Housekeeping ------------------------------------------------------------------
# No listening sockets from a batch job.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
