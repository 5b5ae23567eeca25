"""iria-archive: the command-line application over the crawl, the archive and Datasette."""
