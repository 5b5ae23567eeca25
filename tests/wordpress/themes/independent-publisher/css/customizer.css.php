<?php
/*
 * Outputs Customizer CSS for use on the front-end
 *
 * See inc/customizer.php
 */
header("Content-type: text/css; charset: UTF-8");
IndependentPublisher_Customize::header_output();
