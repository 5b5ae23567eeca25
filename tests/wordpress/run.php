<?php
/** Runs the PHP code given on standard input inside the test WordPress. */
require __DIR__ . '/bootstrap.php';
$iria_code = stream_get_contents(STDIN);
eval($iria_code);
