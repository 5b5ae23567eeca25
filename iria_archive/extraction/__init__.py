"""Extraction: one article page -> the archive's fields (trafilatura, and the page's own facts)."""
