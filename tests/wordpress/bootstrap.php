<?php
/**
 * Loads the test WordPress for a command-line script: IRIA_WP_ABSPATH names its docroot.
 *
 * Define WP_INSTALLING before requiring this file to load an empty database.
 */
$iria_abspath = getenv('IRIA_WP_ABSPATH');
if (!$iria_abspath) {
    fwrite(STDERR, "IRIA_WP_ABSPATH is not set\n");
    exit(2);
}
define('ABSPATH', rtrim($iria_abspath, '/') . '/');
// WordPress reads the request's host even on the command line.
$_SERVER['HTTP_HOST'] = parse_url(getenv('IRIA_WP_HOME'), PHP_URL_HOST) . ':'
    . parse_url(getenv('IRIA_WP_HOME'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/news/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
require ABSPATH . 'wp-load.php';
