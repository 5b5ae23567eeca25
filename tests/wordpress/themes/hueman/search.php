<?php get_header(); ?>

<?php hu_get_content( 'tmpl/search-tmpl'); ?>

<?php get_sidebar(); ?>

<?php get_footer(); ?>