<?php
/**
 * World starter content.
 *
 * @package ColorMag\Compatibility\Starter_Content
 */

return [
	'post_type'    => 'page',
	'post_name'    => 'contact',
	'post_title'   => _x( 'World', 'Theme starter content', 'colormag' ),
	'post_content' => '',
];
