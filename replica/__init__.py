"""A deterministic replica of the IRIA WordPress site, for tests and the demo.

`build_site()` renders invented posts with faithful WordPress markup and traps;
`Site.expected_articles()` is what a perfect crawl of a category archive stores;
`ReplicaServer` serves the site on 127.0.0.1.
"""

from .content import Block, Post
from .server import ReplicaServer
from .site import Site, build_site

__all__ = ["Block", "Post", "ReplicaServer", "Site", "build_site"]
