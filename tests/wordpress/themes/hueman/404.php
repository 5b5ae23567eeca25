<?php get_header(); ?>

<?php hu_get_content( 'tmpl/404-tmpl'); ?>

<?php get_sidebar(); ?>

<?php get_footer(); ?>