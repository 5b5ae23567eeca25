<?php

dynamic_sidebar( 'colormag_footer_sidebar_one_upper' );
