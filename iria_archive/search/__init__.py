"""The search page's engines: tantivy beside the archive, FTS5 inside it.

request     what a reader asks (SearchRequest) and what either engine answers (SearchResults)
query       what a reader types, as an FTS5 MATCH string or as terms for tantivy
fts5        the FTS5 engine: complete and exact, slow for common words; the fallback
tantivy_engine  the tantivy engine: top-k search, the fast path
documents   the index's fields, and an article row as a tantivy document
index_log   the archive's side: triggers that log every change in `search_log`
index       the index's side: its stamp, syncing it with the log, opening it to read
"""
