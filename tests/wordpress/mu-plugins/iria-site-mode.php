<?php
/**
 * Plugin Name: IRIA test site mode
 * Description: What a security plugin leaves of a site: the option `iria_site_mode` is
 * "full" (REST, feeds and sitemaps as WordPress serves them) or "html-only" (the REST API
 * answers 401 to visitors, feeds 404, core sitemaps off). One update_option switches it.
 * Also makes a theme's random orderings repeatable (below).
 */

function iria_html_only() {
    return get_option('iria_site_mode', 'full') === 'html-only';
}

// As "Disable REST API"-style plugins do: anonymous requests get WordPress's own 401 error.
add_filter('rest_authentication_errors', function ($result) {
    if (!empty($result) || !iria_html_only() || is_user_logged_in()) {
        return $result;
    }
    return new WP_Error('rest_not_logged_in', 'You are not currently logged in.', ['status' => 401]);
});

add_filter('wp_sitemaps_enabled', function ($enabled) {
    return $enabled && !iria_html_only();
});

// Feeds answer 404 and the pages stop announcing them, as "Disable Feeds" plugins do.
add_action('template_redirect', function () {
    if (iria_html_only() && is_feed()) {
        global $wp_query;
        $wp_query->set_404();
        status_header(404);
        nocache_headers();
        header('Content-Type: text/plain; charset=UTF-8');
        echo "Feeds are disabled on this site.\n";
        exit;
    }
}, 1);
add_action('init', function () {
    if (iria_html_only()) {
        remove_action('wp_head', 'feed_links', 2);
        remove_action('wp_head', 'feed_links_extra', 3);
    }
});

// Tests must be repeatable: queries a theme orders at random (Hueman's related posts)
// use a seeded RAND(), the same order on every run; with this seed some related-post
// tiles show the password-protected post, as random tiles on a real site sometimes do.
add_filter('posts_orderby', function ($orderby) {
    return str_replace('RAND()', 'RAND(4)', $orderby);
});
