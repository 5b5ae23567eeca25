<?php
/**
 * Router for PHP's built-in server: what WordPress's .htaccess rewrite rules do on Apache.
 *
 * Existing static files are served as they are, existing PHP files run, and every other
 * path goes to WordPress's front controller, so pretty permalinks, feeds, sitemaps and
 * /wp-json/ work. ABSPATH is defined here, before WordPress's own wp-load.php would derive
 * it from its real (symlink-resolved) location, so the docroot's own wp-config.php is used.
 * Top-level code on purpose: WordPress must be required in the global scope.
 */
$iria_root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$iria_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_contains($iria_path, '..')) {
    http_response_code(400);
    return true;
}
$iria_file = $iria_root . $iria_path;
// One JSON line per request, [status, method, URI, Location], for the tests to read:
// the built-in server logs no request line for scripts a router runs.
$iria_log = getenv('IRIA_WP_REQUEST_LOG');
$iria_static = is_file($iria_file) && !str_ends_with($iria_file, '.php');
if ($iria_log) {
    $iria_request = [$_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI']];
    register_shutdown_function(function () use ($iria_log, $iria_request, $iria_static) {
        $location = null;
        foreach (headers_list() as $header) {
            if (stripos($header, 'Location:') === 0) {
                $location = trim(substr($header, 9));
            }
        }
        $status = $iria_static ? 200 : http_response_code();
        $line = json_encode([$status, ...$iria_request, $location], JSON_UNESCAPED_SLASHES);
        file_put_contents($iria_log, $line . "\n", FILE_APPEND | LOCK_EX);
    });
}
if ($iria_static) {
    return false;
}
if (is_dir($iria_file) && is_file(rtrim($iria_file, '/') . '/index.php')) {
    if (!str_ends_with($iria_path, '/')) {
        header('Location: ' . $iria_path . '/', true, 301);
        return true;
    }
    $iria_script = $iria_path . 'index.php';
    $iria_file = $iria_root . $iria_script;
} elseif (is_file($iria_file)) {
    $iria_script = $iria_path;
} elseif (str_starts_with($iria_path, '/news/') || $iria_path === '/news') {
    $iria_script = '/news/index.php';
    $iria_file = $iria_root . $iria_script;
} else {
    http_response_code(404);
    header('Content-Type: text/plain');
    echo "Not found\n";
    return true;
}
define('ABSPATH', $iria_root . '/news/');
$_SERVER['SCRIPT_NAME'] = $iria_script;
$_SERVER['PHP_SELF'] = $iria_script;
$_SERVER['SCRIPT_FILENAME'] = $iria_file;
chdir(dirname($iria_file));
require $iria_file;
