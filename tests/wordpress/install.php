<?php
/** Installs WordPress with its own installer and sets the site's options. */
define('WP_INSTALLING', true);
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install('IRIA', 'admin', 'admin@example.org', true, '', 'admin-password-1');
if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
}
// WordPress 6.1 starts with twentytwentythree; the fixture says which theme is active.
switch_theme('twentytwentyone');
// A zone with a summer time, so offsets in dates matter (+01:00 in winter, +02:00 in summer).
update_option('timezone_string', 'Europe/Belgrade');
update_option('gmt_offset', '');
update_option('posts_per_page', 5);
update_option('posts_per_rss', 10);
update_option('blogdescription', 'International Relations Insights & Analysis');
update_option('default_comment_status', 'open');
update_option('comment_registration', 0);
// WordPress's sample post and page are not IRIA's.
wp_delete_post(1, true);
wp_delete_post(2, true);
wp_delete_post(3, true);
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
// The rules are built by load_content.php: taxonomies registered in this process saw no
// permalink structure yet, so rules flushed here would lack the category archives.
echo "installed\n";
