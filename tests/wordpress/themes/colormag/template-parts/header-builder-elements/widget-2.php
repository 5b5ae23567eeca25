<?php

dynamic_sidebar( 'header-sidebar-2' );
