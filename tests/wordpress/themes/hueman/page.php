<?php get_header(); ?>

<?php hu_get_content( 'tmpl/page-tmpl'); ?>

<?php get_sidebar(); ?>

<?php get_footer(); ?>