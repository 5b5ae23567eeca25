"""Site configurations real WordPress sites have, each one PHP call on the running site.

`CONFIGS[name]` changes the site from its base (pretty `/%postname%/` permalinks, 5 posts
a page, the Europe section); `RESET` takes it back. Permalink changes rebuild the rewrite
rules in the same call: the category and tag taxonomies are registered again first, as
Settings > Permalinks does, so their archives get rules for the new structure.
"""

from __future__ import annotations

FLUSH = "create_initial_taxonomies(); flush_rewrite_rules(false);"


def permalinks(structure: str) -> str:
    return f"global $wp_rewrite; $wp_rewrite->set_permalink_structure('{structure}'); {FLUSH}"


CONFIGS: dict[str, str] = {
    # Permalinks > Plain: ?p=ID, ?cat=N&paged=N.
    "plain": permalinks(""),
    "dated": permalinks("/%year%/%monthnum%/%day%/%postname%/"),
    # A post's URL carries its first category's path, parents included (/europe/balkans/x/).
    "category-path": permalinks("/%category%/%postname%/"),
    "topics-base": (
        "update_option('category_base', 'topics'); update_option('tag_base', 'subject');" + FLUSH
    ),
    "three-per-page": "update_option('posts_per_page', 3);",
    # The section is a child category: Balkans, under Europe.
    "child-section": "update_option('iria_section', 'balkans');",
    # The section is itself a child: Europe under a new World category (/category/world/europe/).
    "nested-section": (
        "$world = wp_insert_term('World', 'category', ['slug' => 'world']);"
        "wp_update_term(get_category_by_slug('europe')->term_id, 'category',"
        " ['parent' => $world['term_id']]);" + FLUSH
    ),
    # A post scheduled for 2099 in Europe: listed nowhere public, never to be archived.
    "scheduled": (
        "wp_insert_post(['post_name' => 'europe-scheduled-summit-preview',"
        " 'post_title' => 'Scheduled: summit preview', 'post_status' => 'future',"
        " 'post_date' => '2099-01-05 09:00:00', 'post_author' => 2,"
        " 'post_content' => '<!-- wp:paragraph --><p>Embargoed text of the scheduled post"
        " that must never be archived.</p><!-- /wp:paragraph -->',"
        " 'post_category' => [get_category_by_slug('europe')->term_id]]);"
    ),
}

RESET = (
    "update_option('posts_per_page', 5); update_option('category_base', '');"
    " update_option('tag_base', ''); delete_option('iria_section');"
    "$world = get_category_by_slug('world'); if ($world) {"
    " wp_update_term(get_category_by_slug('europe')->term_id, 'category', ['parent' => 0]);"
    " wp_delete_term($world->term_id, 'category'); }"
    "foreach (get_posts(['post_status' => 'future', 'posts_per_page' => -1]) as $p)"
    " { wp_delete_post($p->ID, true); }" + permalinks("/%postname%/")
)

# What a site using the theme switches on in the Customizer, beyond the widgets.
THEME_SETUP: dict[str, str] = {
    "colormag": "set_theme_mod('colormag_enable_related_posts', 1);",
}
