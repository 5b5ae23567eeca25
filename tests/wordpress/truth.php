<?php
/**
 * Prints, as JSON, what WordPress's own functions say about the site's posts: the truth
 * a perfect archive of the Europe section (Europe and its child categories) equals.
 * The option `iria_section` names another category (a slug) as the section; the keys
 * keep their names (`europe`, `europe_id`, ...) and `section_url` is its archive's URL.
 */
require __DIR__ . '/bootstrap.php';

function iria_text($html) {
    return html_entity_decode(wp_strip_all_tags($html), ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

function iria_names($terms) {
    return array_map(fn($term) => html_entity_decode($term->name, ENT_QUOTES | ENT_HTML5, 'UTF-8'), $terms);
}

function iria_post($post) {
    $GLOBALS['post'] = $post;
    setup_postdata($post);
    // The body as the theme prints it: the_content's filters (texturize, blocks) applied.
    $html = apply_filters('the_content', get_the_content(null, false, $post));
    preg_match_all('#<p[^>]*>(.*?)</p>#s', $html, $paragraphs);
    preg_match_all('#<figcaption[^>]*>(.*?)</figcaption>#s', $html, $captions);
    preg_match_all('#<img[^>]*\ssrc="([^"]+)"#', $html, $images);
    $author = get_userdata($post->post_author);
    $comments = get_comments(['post_id' => $post->ID, 'status' => 'approve', 'order' => 'ASC']);
    $row = [
        'id' => $post->ID,
        'url' => get_permalink($post),
        'title' => iria_text(get_the_title($post)),
        'author' => $author->display_name,
        'author_bio' => get_the_author_meta('description', $post->post_author),
        'published' => get_the_date('c', $post),
        // The date as the site's date format shows it to readers.
        'published_display' => get_the_date('', $post),
        'modified' => get_the_modified_date('c', $post),
        'categories' => iria_names(get_the_category($post->ID)),
        'tags' => iria_names(get_the_tags($post->ID) ?: []),
        // Where the theme links the terms and the author from the post's own markup.
        'category_links' => array_map(fn($t) => get_category_link($t), get_the_category($post->ID)),
        'tag_links' => array_map(fn($t) => get_tag_link($t), get_the_tags($post->ID) ?: []),
        'author_url' => get_author_posts_url($post->post_author),
        'paragraphs' => array_map('iria_text', $paragraphs[1]),
        'image_url' => $images[1][0] ?? null,
        'image_caption' => isset($captions[1][0]) ? iria_text($captions[1][0]) : null,
        'comments' => array_map(fn($c) => iria_text($c->comment_content), $comments),
        'sticky' => is_sticky($post->ID),
    ];
    wp_reset_postdata();
    return $row;
}

$europe = get_category_by_slug(get_option('iria_section', 'europe'));
$query = [
    'post_type' => 'post',
    'posts_per_page' => -1,
    'ignore_sticky_posts' => true,
    'orderby' => 'date',
    'order' => 'DESC',
];
// WordPress's own notion of the section: `cat` includes the child categories.
$section = get_posts($query + ['cat' => $europe->term_id, 'post_status' => 'publish', 'has_password' => false]);
$others = get_posts($query + ['category__not_in' => array_merge([$europe->term_id], get_term_children($europe->term_id, 'category')), 'post_status' => 'publish']);
$hidden = get_posts($query + ['cat' => $europe->term_id, 'post_status' => ['draft', 'private', 'publish', 'future']]);
$excluded = [];
foreach ($hidden as $post) {
    if ($post->post_status === 'publish' && !post_password_required($post)) {
        continue;
    }
    $kind = $post->post_status === 'publish' ? 'protected' : $post->post_status;
    // A draft's permalink is ?p=ID; the pretty one is where it would appear when published
    // (a scheduled post's is already the pretty one).
    $excluded[$kind] = [
        'url' => get_permalink($post),
        'pretty_url' => home_url(user_trailingslashit($post->post_name)),
        'title' => iria_text(get_the_title($post)),
        'text' => iria_text($post->post_content),
    ];
}
$renamed = [];
foreach (get_posts($query + ['meta_key' => '_wp_old_slug']) as $post) {
    foreach (get_post_meta($post->ID, '_wp_old_slug') as $old) {
        $renamed[] = ['old_url' => home_url(user_trailingslashit($old)), 'url' => get_permalink($post)];
    }
}
echo wp_json_encode([
    'home' => home_url('/'),
    'section' => $europe->slug,
    'section_url' => get_category_link($europe),
    // What the site mode switches (mu-plugins/iria-site-mode.php), as WordPress links them.
    'probes' => [
        'rest' => get_rest_url(null, 'wp/v2/posts'),
        'feed' => get_category_feed_link($europe->term_id),
        'sitemap' => get_sitemap_url('index'),
    ],
    'permalink_structure' => get_option('permalink_structure'),
    'europe_id' => $europe->term_id,
    'europe_ids' => array_merge([$europe->term_id], get_term_children($europe->term_id, 'category')),
    'theme' => get_stylesheet(),
    'timezone' => wp_timezone_string(),
    'posts_per_page' => (int) get_option('posts_per_page'),
    'europe' => array_map('iria_post', $section),
    'others' => array_map(fn($p) => get_permalink($p), $others),
    'excluded' => (object) $excluded,
    'renamed' => $renamed,
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
