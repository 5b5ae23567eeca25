"""The archive's Datasette plugin: what `serve` adds to Datasette's own pages.

hooks        the plugin hooks Datasette calls (registered by the `datasette` entry point)
front        / : the front page; /archive as the route whatever the file's name
listings     /archive/{section,site,category,tag,author,month}/..., /archive/browse
search_page  /archive/search: the search page and its JSON, tantivy first, FTS5 behind it
article      /archive/articles/<url>: the article page, its revisions and their diffs
sections     which section and site a section URL is; the `_section=` table filter
facets       the month and section facets of the table view
paging       every page of a sorted table in one total order (no row skipped at a tie)
table_search /archive/articles?_search=words: sent to the search page (the index)
public       what `serve --public` publishes: an allow-list; nothing loaded from elsewhere
"""

# The plugin Datasette registers (entry point `datasette`): a package, so that Datasette
# finds its `templates/` and `static/` folders beside these hooks.
from iria_archive.web.hooks import (  # noqa: E402
    asgi_wrapper,
    extra_css_urls,
    filters_from_request,
    permission_allowed,
    prepare_connection,
    prepare_jinja2_environment,
    register_facet_classes,
    register_magic_parameters,
    register_routes,
    render_cell,
    startup,
)

__all__ = [
    "asgi_wrapper",
    "extra_css_urls",
    "filters_from_request",
    "permission_allowed",
    "prepare_connection",
    "prepare_jinja2_environment",
    "register_facet_classes",
    "register_magic_parameters",
    "register_routes",
    "render_cell",
    "startup",
]
