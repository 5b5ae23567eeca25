<?php
/**
 * Gives every sidebar and footer area of the active theme the widgets real sites show:
 * Recent Posts, Categories, Archives and a Tag Cloud. Legacy widgets, as sites set up
 * before the block widget editor keep them; a block theme has no sidebars and gets none.
 * Prints the sidebars it filled.
 */
require __DIR__ . '/bootstrap.php';

global $wp_registered_sidebars;
$iria_widgets = ['wp_inactive_widgets' => [], 'array_version' => 3];
$iria_options = ['recent-posts' => [], 'categories' => [], 'archives' => [], 'tag_cloud' => []];
$iria_number = 2;
foreach (array_keys($wp_registered_sidebars) as $iria_id) {
    $iria_n = $iria_number++;
    $iria_options['recent-posts'][$iria_n] = ['title' => 'Recent Posts', 'number' => 5, 'show_date' => $iria_n % 2 === 1];
    $iria_options['categories'][$iria_n] = ['title' => 'Categories', 'count' => 1, 'hierarchical' => 1, 'dropdown' => 0];
    $iria_options['archives'][$iria_n] = ['title' => 'Archives', 'count' => 0, 'dropdown' => 0];
    $iria_options['tag_cloud'][$iria_n] = ['title' => 'Tags', 'taxonomy' => 'post_tag', 'count' => 0];
    $iria_widgets[$iria_id] = ["recent-posts-$iria_n", "categories-$iria_n", "archives-$iria_n", "tag_cloud-$iria_n"];
}
foreach ($iria_options as $iria_base => $iria_instances) {
    update_option("widget_$iria_base", $iria_instances + ['_multiwidget' => 1]);
}
update_option('sidebars_widgets', $iria_widgets);
echo implode(' ', array_keys($wp_registered_sidebars)) . "\n";
