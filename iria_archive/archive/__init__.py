"""The archive: its schema, its one write path, its state, runs, lock and WARC files."""
