"""A deterministic replica of the IRIA WordPress site, for tests and the demo.

`build_site()` renders invented posts with faithful WordPress markup and traps, in one
of several themes (replica/themes/: "classic", "block", "magazine", "plain"), with the
REST API, sitemaps and feeds each on or off; `Site.expected_articles()` is what a
perfect crawl of a category archive stores, the same in every theme;
`ReplicaServer` serves the site on 127.0.0.1.
"""

from .content import Block, Post
from .server import ReplicaServer
from .site import Site, build_site
from .themes import THEMES

__all__ = ["THEMES", "Block", "Post", "ReplicaServer", "Site", "build_site"]
