#!/bin/sh
# Drops from an extracted theme what no test renders: images, fonts, translations,
# source maps, build sources and lock files. PHP, CSS, JS and licences stay.
set -e
cd "$1"
rm -rf .github .claude docs tests node_modules sass src __grunt-tasks-config__ languages lang_pro
find . -depth \( -name '*.png' -o -name '*.jpg' -o -name '*.jpeg' -o -name '*.gif' -o -name '*.webp' \
  -o -name '*.woff' -o -name '*.woff2' -o -name '*.ttf' -o -name '*.eot' -o -name '*.otf' \
  -o -name '*.map' -o -name '*.scss' -o -name '*.po' -o -name '*.mo' -o -name '*.pot' \
  -o -name 'package-lock.json' -o -name 'pnpm-lock.yaml' -o -name 'composer.lock' -o -name '.DS_Store' \) -delete
find . -path '*font*' -name '*.svg' -delete
find . -type d -empty -delete
# Scripts and styles of the admin screens and the customizer: never on a visitor's page.
find . \( -path '*customiz*' -o -path '*customind*' -o -path '*czr-base-fmk*' -o -path '*/admin/*' \
  -o -path '*option-tree*' -o -path '*dashboard*' \) \( -name '*.js' -o -name '*.css' -o -name '*.svg' \) -delete
find . -type d -empty -delete
# Scripts: no test runs JavaScript, and a page names its scripts whether or not the files exist.
find . -name '*.js' -delete
find . -type d -empty -delete
# Right-to-left styles: the site is in English.
find . -name '*rtl*.css' -delete
find . -name '*.svg' -size +40k -delete
# Developer tooling's dotfiles (a .gitignore here would hide the theme's own built files).
find . -name '.*' -type f -delete
