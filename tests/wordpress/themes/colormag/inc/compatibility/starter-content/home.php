<?php
/**
 * Home starter content.
 *
 * @package ColorMag\Compatibility\Starter_Content
 */
return [
	'post_type'    => 'page',
	'post_content' => '<!-- wp:group {"align":"full","className":"cm-starter-main","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull cm-starter-main"><!-- wp:group {"metadata":{"name":"Hero Section"},"align":"wide","className":"cm-hero-section","style":{"spacing":{"padding":{"top":"0px","bottom":"0px","left":"0px","right":"0px"},"margin":{"bottom":"40px"}}},"layout":{"type":"default"}} -->
<div class="wp-block-group alignwide cm-hero-section" style="margin-bottom:40px;padding-top:0px;padding-right:0px;padding-bottom:0px;padding-left:0px"><!-- wp:columns -->
<div class="wp-block-columns"><!-- wp:column {"width":"75%"} -->
<div class="wp-block-column" style="flex-basis:75%"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/banner-img-1.jpg","id":88,"dimRatio":0,"isUserOverlayColor":true,"minHeight":580,"contentPosition":"bottom left","sizeSlug":"full","align":"wide","style":{"border":{"radius":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover alignwide has-custom-content-position is-position-bottom-left" style="border-radius:8px;min-height:580px"><img class="wp-block-cover__image-background wp-image-88 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/banner-img-1.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim"></span><div class="wp-block-cover__inner-container"><!-- wp:columns {"style":{"spacing":{"margin":{"bottom":"12px"}}}} -->
<div class="wp-block-columns" style="margin-bottom:12px"><!-- wp:column {"width":"90%","style":{"spacing":{"blockGap":"12px","padding":{"right":"12px","left":"12px"}}}} -->
<div class="wp-block-column" style="padding-right:12px;padding-left:12px;flex-basis:90%"><!-- wp:buttons {"style":{"border":{"width":"0px","style":"none"}}} -->
<div class="wp-block-buttons" style="border-style:none;border-width:0px"><!-- wp:button {"className":"is-style-fill","style":{"color":{"background":"#e14d36"},"spacing":{"padding":{"left":"8px","right":"8px","top":"6px","bottom":"6px"}},"border":{"radius":"3px","width":"0px","style":"none"},"typography":{"fontSize":"10px","fontStyle":"normal","fontWeight":"600","letterSpacing":"0.8px"}},"fontFamily":"inter"} -->
<div class="wp-block-button is-style-fill"><a class="wp-block-button__link has-background has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-radius:3px;background-color:#e14d36;padding-top:6px;padding-right:8px;padding-bottom:6px;padding-left:8px;font-size:10px;font-style:normal;font-weight:600;letter-spacing:0.8px">LATEST NEWS</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"25px","fontStyle":"normal","fontWeight":"700","lineHeight":"1.6","textTransform":"capitalize"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:25px;font-style:normal;font-weight:700;line-height:1.6;text-transform:capitalize">New Artist Takes the Music Scene by Storm with Unforgettable Memory</h2>
<!-- /wp:heading -->

<!-- wp:group {"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:image {"id":16,"width":"24px","height":"24px","scale":"cover","sizeSlug":"thumbnail","linkDestination":"none","style":{"border":{"radius":"100px"}}} -->
<figure class="wp-block-image size-thumbnail is-resized has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/moana-doe.png" alt="" class="wp-image-16" style="border-radius:100px;object-fit:cover;width:24px;height:24px"/></figure>
<!-- /wp:image -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px","textDecoration":"underline"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px;text-decoration:underline">Moana Doe</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"33.33%","className":"cm-col-2"} -->
<div class="wp-block-column cm-col-2" style="flex-basis:33.33%"><!-- wp:group {"style":{"dimensions":{"minHeight":""},"spacing":{"blockGap":"16px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/banner-img-2.jpg","id":273,"dimRatio":0,"isUserOverlayColor":true,"minHeight":278,"contentPosition":"bottom left","sizeSlug":"full","align":"wide","style":{"border":{"radius":"8px"},"spacing":{"blockGap":"0px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover alignwide has-custom-content-position is-position-bottom-left" style="border-radius:8px;min-height:278px"><img class="wp-block-cover__image-background wp-image-273 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/banner-img-2.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim"></span><div class="wp-block-cover__inner-container"><!-- wp:buttons {"style":{"border":{"width":"0px","style":"none"},"spacing":{"padding":{"top":"0","bottom":"0"},"blockGap":{"top":"0px"}}}} -->
<div class="wp-block-buttons" style="border-style:none;border-width:0px;padding-top:0;padding-bottom:0"><!-- wp:button {"className":"is-style-fill","style":{"color":{"background":"#f09819"},"spacing":{"padding":{"left":"8px","right":"8px","top":"6px","bottom":"6px"}},"border":{"radius":"3px","width":"0px","style":"none"},"typography":{"fontSize":"10px","fontStyle":"normal","fontWeight":"500","letterSpacing":"0.8px"}},"fontFamily":"inter"} -->
<div class="wp-block-button is-style-fill"><a class="wp-block-button__link has-background has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-radius:3px;background-color:#f09819;padding-top:6px;padding-right:8px;padding-bottom:6px;padding-left:8px;font-size:10px;font-style:normal;font-weight:500;letter-spacing:0.8px">GADGETS</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:heading {"level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7"},"spacing":{"margin":{"top":"8px","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:8px;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.7">New Smartphone Feature Could Change Way We Use Devices</h5>
<!-- /wp:heading --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group -->

<!-- wp:group {"style":{"dimensions":{"minHeight":""},"spacing":{"blockGap":"0px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/banner-img-3.jpg","id":90,"dimRatio":0,"isUserOverlayColor":true,"minHeight":278,"contentPosition":"bottom left","sizeSlug":"full","align":"wide","style":{"border":{"radius":"8px"},"spacing":{"blockGap":"0"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover alignwide has-custom-content-position is-position-bottom-left" style="border-radius:8px;min-height:278px"><img class="wp-block-cover__image-background wp-image-90 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/banner-img-3.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim"></span><div class="wp-block-cover__inner-container"><!-- wp:buttons {"style":{"border":{"width":"0px","style":"none"},"spacing":{"padding":{"top":"0","bottom":"0"},"blockGap":{"top":"0px"}}}} -->
<div class="wp-block-buttons" style="border-style:none;border-width:0px;padding-top:0;padding-bottom:0"><!-- wp:button {"className":"is-style-fill","style":{"color":{"background":"#8269df"},"spacing":{"padding":{"left":"8px","right":"8px","top":"6px","bottom":"6px"}},"border":{"radius":"3px","width":"0px","style":"none"},"typography":{"fontSize":"10px","fontStyle":"normal","fontWeight":"500","letterSpacing":"0.8px"}},"fontFamily":"inter"} -->
<div class="wp-block-button is-style-fill"><a class="wp-block-button__link has-background has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-radius:3px;background-color:#8269df;padding-top:6px;padding-right:8px;padding-bottom:6px;padding-left:8px;font-size:10px;font-style:normal;font-weight:500;letter-spacing:0.8px">SPORTS</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:heading {"level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7","textTransform":"capitalize"},"spacing":{"margin":{"top":"8px","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:8px;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.7;text-transform:capitalize">Underdog Team Triumphs in a Thrilling Final Match</h5>
<!-- /wp:heading --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"Editor Section"},"className":"alignfull cm-block-alignfull has-background cm-editor-section","style":{"color":{"background":"#f8f9fa"},"spacing":{"padding":{"top":"48px","bottom":"48px"}}}} -->
<div class="wp-block-group alignfull cm-block-alignfull has-background cm-editor-section" style="background-color:#f8f9fa;padding-top:48px;padding-bottom:48px"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"editor-picks","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"top":"6px","bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading editor-picks has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;margin-top:6px;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Editor’s Pick</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px"}},"fontFamily":"inter"} -->
<p class="has-link-color has-inter-font-family" style="font-size:13px"><a href="#">View All</a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:group {"align":"wide","style":{"spacing":{"padding":{"top":"0","bottom":"0"},"blockGap":"0","margin":{"top":"0","bottom":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0;margin-bottom:0;padding-top:0;padding-bottom:0"><!-- wp:separator {"align":"wide","className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator alignwide has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:columns {"align":"wide","style":{"spacing":{"padding":{"top":"16px"}}}} -->
<div class="wp-block-columns alignwide" style="padding-top:16px"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:columns {"className":"cm-editor-picks"} -->
<div class="wp-block-columns cm-editor-picks"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:image {"id":31,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/editor-pick-1.jpg" alt="" class="wp-image-31" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"12px","bottom":"0"}},"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-text-color has-link-color has-ibm-plex-serif-font-family" style="color:#222222;margin-top:12px;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.7">Drake Reveals Secret Behind His Latest Chart Hit</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:image {"id":32,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/editor-pick-2.jpg" alt="" class="wp-image-32" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"12px","bottom":"0"}},"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-text-color has-link-color has-ibm-plex-serif-font-family" style="color:#222222;margin-top:12px;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.7">Tom Hanks Talks Family in Exclusive Interview</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px","right":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-right:0;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:columns {"className":"cm-col-2"} -->
<div class="wp-block-columns cm-col-2"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:image {"id":33,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/editor-pick-3.jpg" alt="" class="wp-image-33" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"bottom":"0","top":"12px"}},"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-text-color has-link-color has-ibm-plex-serif-font-family" style="color:#222222;margin-top:12px;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.7">Joe Biden’s Plan to Tackle Climate Change Gains Support</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:image {"id":34,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/editor-pick-4.jpg" alt="" class="wp-image-34" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"bottom":"0","top":"12px"}},"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-text-color has-link-color has-ibm-plex-serif-font-family" style="color:#222222;margin-top:12px;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.7">Lionel Messi Scores Hat-Trick to Secure Big Win</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"Technology Section"},"align":"wide","className":"cm-technology-section","style":{"spacing":{"margin":{"top":"40px","bottom":"40px"}}},"layout":{"type":"default"}} -->
<div class="wp-block-group alignwide cm-technology-section" style="margin-top:40px;margin-bottom:40px"><!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:columns {"align":"wide"} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"width":"70%","style":{"spacing":{"blockGap":"24px"}}} -->
<div class="wp-block-column" style="flex-basis:70%"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"technology","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading technology has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Technology</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px"}},"fontFamily":"inter"} -->
<p class="has-link-color has-inter-font-family" style="font-size:13px"><a href="#">View All</a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:columns {"className":"cm-technology-section"} -->
<div class="wp-block-columns cm-technology-section"><!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":68,"sizeSlug":"full","linkDestination":"none","align":"full","className":"size-full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-1.jpg" alt="" class="wp-image-68" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","style":{"spacing":{"blockGap":"8px"}}} -->
<div class="wp-block-column is-vertically-aligned-center"><!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"18px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.61"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:18px;font-style:normal;font-weight:600;line-height:1.61">Top Gadgets to Help You Stay Organized And Productive</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px"},"color":{"text":"#4e4e4e"},"elements":{"link":{"color":{"text":"#4e4e4e"}}}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#4e4e4e;font-size:14px">Dorem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vulputate libero et velit interdum, ac aliquet odio mattis.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"className":"cm-technology-section-2"} -->
<div class="wp-block-columns cm-technology-section-2"><!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":70,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-2.jpg" alt="" class="wp-image-70" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"26px","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:26px;text-transform:capitalize">Smartphones are getting smarter, integrating AI </h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"6px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":72,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-3.jpg" alt="" class="wp-image-72" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"26px","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:26px;text-transform:capitalize">Gadgets are evolving, changing the way interact </h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"6px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":73,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-4.jpg" alt="" class="wp-image-73" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"26px","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:26px;text-transform:capitalize">Wearable tech is reshaping personal fitness tracking </h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"6px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"40px","bottom":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:40px;margin-bottom:0"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"16px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:16px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"wrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"politics","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"10px","left":"10px","top":"0","bottom":"1px"}},"border":{"left":{"style":"none","width":"0px"}},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading politics has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;padding-top:0;padding-right:10px;padding-bottom:1px;padding-left:10px;font-size:20px;font-style:normal;font-weight:600">Politics</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px"}},"fontFamily":"inter"} -->
<p class="has-link-color has-inter-font-family" style="font-size:13px"><a href="#">View All</a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"12px","bottom":"12px"}}}} -->
<hr class="wp-block-separator has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:12px;margin-bottom:12px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-politics-col","style":{"spacing":{"padding":{"right":"0px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center cm-politics-col" style="padding-right:0px"><!-- wp:column {"verticalAlignment":"center","width":"33.33%","style":{"spacing":{"padding":{"right":"0","left":"0"}}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="padding-right:0;padding-left:0;flex-basis:33.33%"><!-- wp:image {"id":59,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"},"spacing":{"margin":{"top":"0px","bottom":"0px","left":"0px","right":"0px"}}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border" style="margin-top:0px;margin-right:0px;margin-bottom:0px;margin-left:0px"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/politics-Img-1.jpg" alt="" class="wp-image-59" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontStyle":"normal","fontWeight":"600","fontSize":"17px","lineHeight":"1.8","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.8;text-transform:capitalize">Climate change demands urgent action global leaders today</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"8px","bottom":"6px"},"margin":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:6px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0","right":"20px"}},"typography":{"fontSize":"14px"},"color":{"text":"#4e4e4e"},"elements":{"link":{"color":{"text":"#4e4e4e"}}}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#4e4e4e;margin-top:0;margin-right:20px;margin-bottom:0;font-size:14px">Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vul putate libero et velit interdum, ac aliquet odio mattis.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-politics-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-politics-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":60,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/politics-Img-2.jpg" alt="" class="wp-image-60" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontStyle":"normal","fontWeight":"600","fontSize":"17px","textTransform":"capitalize","lineHeight":"1.8"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.8;text-transform:capitalize">Voter turnout highlights the need for engaging and inclusive policies</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"8px","bottom":"6px"},"margin":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:6px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0","right":"20px"}},"typography":{"fontSize":"14px"},"color":{"text":"#4e4e4e"},"elements":{"link":{"color":{"text":"#4e4e4e"}}}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#4e4e4e;margin-top:0;margin-right:20px;margin-bottom:0;font-size:14px">Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vul putate libero et velit interdum, ac aliquet odio mattis.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-politics-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-politics-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":61,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/politics-Img-3.jpg" alt="" class="wp-image-61" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontStyle":"normal","fontWeight":"600","fontSize":"17px","textTransform":"capitalize","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Economic reforms remain a top priority for governments worldwide</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"8px","bottom":"6px"},"margin":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:6px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0","right":"20px"}},"typography":{"fontSize":"14px"},"color":{"text":"#4e4e4e"},"elements":{"link":{"color":{"text":"#4e4e4e"}}}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#4e4e4e;margin-top:0;margin-right:20px;margin-bottom:0;font-size:14px">Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vul putate libero et velit interdum, ac aliquet odio mattis.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"33.33%","className":"cm-remove-padding","style":{"spacing":{"padding":{"left":"20px","right":"20px","top":"20px","bottom":"20px"},"blockGap":"24px"},"border":{"left":{"color":"#e0e0e0","style":"solid","width":"1px"},"right":{"color":"#e0e0e0","style":"solid","width":"1px"},"top":{"color":"#e0e0e0","style":"solid","width":"1px"},"bottom":{"color":"#e0e0e0","style":"solid","width":"1px"},"radius":"4px"}}} -->
<div class="wp-block-column cm-remove-padding" style="border-radius:4px;border-top-color:#e0e0e0;border-top-style:solid;border-top-width:1px;border-right-color:#e0e0e0;border-right-style:solid;border-right-width:1px;border-bottom-color:#e0e0e0;border-bottom-style:solid;border-bottom-width:1px;border-left-color:#e0e0e0;border-left-style:solid;border-left-width:1px;padding-top:20px;padding-right:20px;padding-bottom:20px;padding-left:20px;flex-basis:33.33%"><!-- wp:group {"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-bg-img.jpg","id":62,"dimRatio":0,"customOverlayColor":"#131e18","isUserOverlayColor":false,"minHeight":360,"contentPosition":"bottom center","sizeSlug":"full","className":"cm-cover-height cm-technology-cover","style":{"border":{"radius":"4px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover has-custom-content-position is-position-bottom-center cm-cover-height cm-technology-cover" style="border-radius:4px;min-height:360px"><img class="wp-block-cover__image-background wp-image-62 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-bg-img.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim" style="background-color:#131e18"></span><div class="wp-block-cover__inner-container"><!-- wp:buttons {"style":{"border":{"width":"0px","style":"none"},"spacing":{"margin":{"top":"-20px","bottom":"0"},"blockGap":{"top":"0"}}},"layout":{"type":"flex","justifyContent":"center"}} -->
<div class="wp-block-buttons" style="border-style:none;border-width:0px;margin-top:-20px;margin-bottom:0"><!-- wp:button {"className":"is-style-fill","style":{"color":{"background":"#e14d36"},"spacing":{"padding":{"left":"8px","right":"8px","top":"5px","bottom":"5px"}},"border":{"radius":"3px","width":"0px","style":"none"},"typography":{"fontSize":"11px","fontStyle":"normal","fontWeight":"600","letterSpacing":"0.5px"}},"fontFamily":"inter"} -->
<div class="wp-block-button is-style-fill"><a class="wp-block-button__link has-background has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-radius:3px;background-color:#e14d36;padding-top:5px;padding-right:8px;padding-bottom:5px;padding-left:8px;font-size:11px;font-style:normal;font-weight:600;letter-spacing:0.5px">DECOR</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:heading {"textAlign":"center","level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.7"},"spacing":{"margin":{"bottom":"0px","top":"-16px"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-text-align-center has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:-16px;margin-bottom:0px;font-size:17px;font-style:normal;font-weight:600;line-height:1.7">Organizing Your Home: Tips for Creating Sancity</h5>
<!-- /wp:heading --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group -->

<!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:image {"id":366,"sizeSlug":"full","linkDestination":"none"} -->
<figure class="wp-block-image size-full"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/follow.png" alt="" class="wp-image-366"/></figure>
<!-- /wp:image --></div>
<!-- /wp:group -->

<!-- wp:image {"id":67,"sizeSlug":"full","linkDestination":"none","className":"cm-social-media","style":{"spacing":{"margin":{"top":"20px","bottom":"20px"}}}} -->
<figure class="wp-block-image size-full cm-social-media" style="margin-top:20px;margin-bottom:20px"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/social-icons-img.jpg" alt="" class="wp-image-67"/></figure>
<!-- /wp:image -->

<!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:image {"id":364,"sizeSlug":"full","linkDestination":"none"} -->
<figure class="wp-block-image size-full"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/Trending.png" alt="" class="wp-image-364"/></figure>
<!-- /wp:image --></div>
<!-- /wp:group -->

<!-- wp:group {"style":{"spacing":{"blockGap":"6px","margin":{"top":"20px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group" style="margin-top:20px"><!-- wp:image {"id":172,"width":"320px","sizeSlug":"full","linkDestination":"none","className":"cm-politics-img","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full is-resized has-custom-border cm-politics-img"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/trending-img-1.jpg" alt="" class="wp-image-172" style="border-radius:4px;width:320px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"},"spacing":{"margin":{"right":"0","left":"0","top":"8px","bottom":"0"}}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:8px;margin-right:0;margin-bottom:0;margin-left:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">How a womans side glance took the internet by storm</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"2px","bottom":"6px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:2px;padding-bottom:6px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"13px","fontStyle":"normal","fontWeight":"400","lineHeight":"1.7"},"spacing":{"margin":{"right":"0","left":"0","top":"0","bottom":"0"}},"elements":{"link":{"color":{"text":"#4e4e4e"}}},"color":{"text":"#4e4e4e"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#4e4e4e;margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;font-size:13px;font-style:normal;font-weight:400;line-height:1.7">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do dolore magna aliqua.</p>
<!-- /wp:paragraph -->

<!-- wp:group {"className":"cm-politics-2","style":{"spacing":{"blockGap":"12px","margin":{"top":"12px","bottom":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group cm-politics-2" style="margin-top:12px;margin-bottom:0"><!-- wp:columns {"className":"cm-trending-1","style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-columns cm-trending-1"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":76,"sizeSlug":"full","linkDestination":"none","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-4.jpg" alt="" class="wp-image-76" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Fund boost to support youth social action </h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-trending-1","style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-columns are-vertically-aligned-center cm-trending-1"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":75,"sizeSlug":"full","linkDestination":"none","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-5.jpg" alt="" class="wp-image-75" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Policy shifts signal a new chapter in developing</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"6px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:6px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"Watch Videos Section"},"align":"full","className":"cm-block-alignfull cm-video-section","style":{"color":{"background":"#161616"},"spacing":{"padding":{"top":"60px","bottom":"60px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull cm-block-alignfull cm-video-section has-background" style="background-color:#161616;padding-top:60px;padding-bottom:60px"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"watch","style":{"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"top":"6px","bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"inter"} -->
<h6 class="wp-block-heading watch has-white-color has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;margin-top:6px;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Watch Videos</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px"}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="font-size:13px">More Posts</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"align":"wide","className":"is-style-wide","style":{"color":{"background":"#7a7a7a80"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator alignwide has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#7a7a7a80;color:#7a7a7a80"/>
<!-- /wp:separator -->

<!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:columns {"align":"wide"} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"width":"68%"} -->
<div class="wp-block-column" style="flex-basis:68%"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/Video-main.jpg","id":318,"dimRatio":10,"overlayColor":"black","isUserOverlayColor":true,"minHeight":514,"contentPosition":"bottom left","sizeSlug":"full","className":"cm-watch-cover-image","style":{"color":{"duotone":"unset"},"border":{"radius":"4px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover has-custom-content-position is-position-bottom-left cm-watch-cover-image" style="border-radius:4px;min-height:514px"><img class="wp-block-cover__image-background wp-image-318 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/Video-main.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-black-background-color has-background-dim-10 has-background-dim"></span><div class="wp-block-cover__inner-container"><!-- wp:columns {"style":{"spacing":{"margin":{"bottom":"21px"}}}} -->
<div class="wp-block-columns" style="margin-bottom:21px"><!-- wp:column {"width":"90%","style":{"spacing":{"blockGap":"12px","padding":{"right":"22px","left":"22px"}}}} -->
<div class="wp-block-column" style="padding-right:22px;padding-left:22px;flex-basis:90%"><!-- wp:buttons {"style":{"border":{"width":"0px","style":"none"}}} -->
<div class="wp-block-buttons" style="border-style:none;border-width:0px"><!-- wp:button {"className":"is-style-fill","style":{"color":{"background":"#e14d36"},"spacing":{"padding":{"left":"12px","right":"12px","top":"4px","bottom":"4px"}},"border":{"radius":"2px","width":"0px","style":"none"},"typography":{"fontSize":"10px","fontStyle":"normal","fontWeight":"600","letterSpacing":"0.7px"}},"fontFamily":"inter"} -->
<div class="wp-block-button is-style-fill"><a class="wp-block-button__link has-background has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-radius:2px;background-color:#e14d36;padding-top:4px;padding-right:12px;padding-bottom:4px;padding-left:12px;font-size:10px;font-style:normal;font-weight:600;letter-spacing:0.7px">LIVE</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"24px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:24px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Breaking Down This Year’s Bold Fashion Trends From Techno Worlds</h2>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"var:preset|spacing|20"}},"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Demo Team</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"32%","style":{"spacing":{"padding":{"right":"0px","left":"0px","top":"0px","bottom":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-column" style="padding-top:0px;padding-right:0px;padding-bottom:0px;padding-left:0px;flex-basis:32%"><!-- wp:columns {"className":"cm-video-col-2","style":{"spacing":{"blockGap":{"top":"0px","left":"16px"}}}} -->
<div class="wp-block-columns cm-video-col-2"><!-- wp:column {"width":"33.33%","layout":{"type":"default"}} -->
<div class="wp-block-column" style="flex-basis:33.33%"><!-- wp:image {"id":78,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"},"spacing":{"margin":{"right":"0px","left":"0px"}}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border" style="margin-right:0px;margin-left:0px"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/videos-img-2.jpg" alt="" class="wp-image-78" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}},"layout":{"type":"constrained","justifyContent":"center"}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Find the best PC games optimized For console ..</h6>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"var:preset|spacing|20","margin":{"top":"8px","bottom":"0"}},"elements":{"link":{"color":{"text":"#b4b0b0"}}},"color":{"text":"#b4b0b0"}},"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group has-text-color has-link-color" style="color:#b4b0b0;margin-top:8px;margin-bottom:0"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Demo Team</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"className":"cm-video-col-2","style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns cm-video-col-2"><!-- wp:column {"verticalAlignment":"center","width":"33.33%","layout":{"type":"constrained"}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":79,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/videos-img-3.jpg" alt="" class="wp-image-79" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Dive into the world of cloud gaming platforms</h6>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"var:preset|spacing|20","margin":{"top":"8px","bottom":"0"}},"elements":{"link":{"color":{"text":"#b4b0b0"}}},"color":{"text":"#b4b0b0"}},"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group has-text-color has-link-color" style="color:#b4b0b0;margin-top:8px;margin-bottom:0"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Demo Team</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-video-col-2","style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center cm-video-col-2"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":80,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/videos-img-4.jpg" alt="" class="wp-image-80" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.6"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Explore the latest tech innovations in games</h6>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"var:preset|spacing|20","margin":{"top":"8px","bottom":"0"}},"elements":{"link":{"color":{"text":"#b4b0b0"}}},"color":{"text":"#b4b0b0"}},"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group has-text-color has-link-color" style="color:#b4b0b0;margin-top:8px;margin-bottom:0"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Demo Team</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"className":"cm-video-col-2","style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns cm-video-col-2"><!-- wp:column {"width":"33.33%"} -->
<div class="wp-block-column" style="flex-basis:33.33%"><!-- wp:image {"id":81,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/videos-img-5.jpg" alt="" class="wp-image-81" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Unbox next-generation consoles and Lineups</h6>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"var:preset|spacing|20","margin":{"top":"8px","bottom":"0"}},"elements":{"link":{"color":{"text":"#b4b0b0"}}},"color":{"text":"#b4b0b0"}},"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group has-text-color has-link-color" style="color:#b4b0b0;margin-top:8px;margin-bottom:0"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Demo Team</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"className":"cm-video-col-2","style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns cm-video-col-2"><!-- wp:column {"verticalAlignment":"center","width":"33.33%","layout":{"type":"constrained"}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":79,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/videos-img-2.jpg" alt="" class="wp-image-79" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Dive into the world of cloud gaming platforms</h6>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"var:preset|spacing|20","margin":{"top":"8px","bottom":"0"}},"elements":{"link":{"color":{"text":"#b4b0b0"}}},"color":{"text":"#b4b0b0"}},"layout":{"type":"flex","flexWrap":"wrap","orientation":"horizontal"}} -->
<div class="wp-block-group has-text-color has-link-color" style="color:#b4b0b0;margin-top:8px;margin-bottom:0"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Demo Team</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:group {"align":"wide","layout":{"type":"default"}} -->
<div class="wp-block-group alignwide"><!-- wp:group {"metadata":{"name":"fitness"},"align":"wide","style":{"spacing":{"padding":{"bottom":"16px","top":"16px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="padding-top:16px;padding-bottom:16px"><!-- wp:columns {"align":"wide"} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"width":"70%","style":{"spacing":{"blockGap":"24px"}}} -->
<div class="wp-block-column" style="flex-basis:70%"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"fitness","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"top":"6px","bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading fitness has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;margin-top:6px;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Fitness</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px","fontStyle":"normal","fontWeight":"400"}},"fontFamily":"inter"} -->
<p class="has-link-color has-inter-font-family" style="font-size:13px;font-style:normal;font-weight:400"><a href="#">View All</a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:columns {"className":"cm-fitness"} -->
<div class="wp-block-columns cm-fitness"><!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":35,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/fitness-img-1.jpg" alt="" class="wp-image-35" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6">Discover the Path to Achieving Unstoppable Fitness Success</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"8px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:8px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px","fontStyle":"normal","fontWeight":"400"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:14px;font-style:normal;font-weight:400">Morem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vulputate libero et velit interdum.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":36,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/fitness-img-2.jpg" alt="" class="wp-image-36" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6">Master the Strategies for Reaching Your Fitness Goals</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"8px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:8px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px","fontStyle":"normal","fontWeight":"400"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:14px;font-style:normal;font-weight:400">Morem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vulputate libero et velit interdum.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"className":"cm-col-2"} -->
<div class="wp-block-columns cm-col-2"><!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":37,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/fitness-img-3.jpg" alt="" class="wp-image-37" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6">Transform Your Athletic Journey and Unlock New Heights</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"8px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:8px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px","fontStyle":"normal","fontWeight":"400"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:14px;font-style:normal;font-weight:400">Morem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vulputate libero et velit interdum.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":38,"sizeSlug":"large","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-large has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/fitness-img-4.jpg" alt="" class="wp-image-38" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6">Unlock the Hidden Secrets to Athletic Success and Contribution</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"8px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:8px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px","fontStyle":"normal","fontWeight":"400"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:14px;font-style:normal;font-weight:400">Morem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vulputate libero et velit interdum.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"40px","bottom":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:40px;margin-bottom:0"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"16px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:16px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"diet","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"10px","left":"10px","top":"0","bottom":"0"},"margin":{"top":"0","bottom":"0"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading diet has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;margin-top:0;margin-bottom:0;padding-top:0;padding-right:10px;padding-bottom:0;padding-left:10px;font-size:20px;font-style:normal;font-weight:600">Diet &amp; Health</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"13px","fontStyle":"normal","fontWeight":"500"},"color":{"text":"#7a7a7a"},"elements":{"link":{"color":{"text":"#7a7a7a"}}},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#7a7a7a;margin-top:0;margin-bottom:0;font-size:13px;font-style:normal;font-weight:500">View All</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:columns -->
<div class="wp-block-columns"><!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":26,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/diet-and-health-img-1.jpg" alt="" class="wp-image-26" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"18px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.62","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:18px;font-style:normal;font-weight:600;line-height:1.62;text-transform:capitalize">Fueling Your Body with the Right Foods to Boost Your Energy</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"8px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:8px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px","fontStyle":"normal","fontWeight":"400","lineHeight":"1.8"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:14px;font-style:normal;font-weight:400;line-height:1.8">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et Lorem ipsum dolor sit amet, consectetur adipiscing elit</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"textDecoration":"underline"}}} -->
<p style="text-decoration:underline">Read More</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"","className":"cm-diet-health"} -->
<div class="wp-block-column cm-diet-health"><!-- wp:columns {"verticalAlignment":"center","isStackedOnMobile":false,"style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center is-not-stacked-on-mobile"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":27,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-2.jpg" alt="" class="wp-image-27" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Simple Steps to Turn Your Hobby into a Full-Time</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"6px","bottom":"8px"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:6px;margin-bottom:8px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","isStackedOnMobile":false,"style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center is-not-stacked-on-mobile"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":28,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-9.jpg" alt="" class="wp-image-28" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.5"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.5;text-transform:capitalize">Master the Art of Meal Prepping for a Healthier Life</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"6px","bottom":"8px"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:6px;margin-bottom:8px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","isStackedOnMobile":false,"style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center is-not-stacked-on-mobile"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":29,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-8.jpg" alt="" class="wp-image-29" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.5"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.5;text-transform:capitalize">Follow Your Passion and Create the Life You Love and</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"6px","bottom":"8px"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:6px;margin-bottom:8px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","isStackedOnMobile":false,"style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center is-not-stacked-on-mobile"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":30,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/diet-and-health-img-5.jpg" alt="" class="wp-image-30" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.5"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.5;text-transform:capitalize">How to Create a Budget That Works for Your Lifestyle</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"6px","bottom":"8px"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:6px;margin-bottom:8px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"33.33%","className":"cm-remove-padding","style":{"spacing":{"padding":{"left":"20px","right":"20px","bottom":"20px"},"blockGap":"0px"},"border":{"left":{"color":"#e0e0e0","style":"solid","width":"1px"}}}} -->
<div class="wp-block-column cm-remove-padding" style="border-left-color:#e0e0e0;border-left-style:solid;border-left-width:1px;padding-right:20px;padding-bottom:20px;padding-left:20px;flex-basis:33.33%"><!-- wp:group {"style":{"spacing":{"blockGap":"24px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:group {"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:image {"id":435,"sizeSlug":"full","linkDestination":"none","align":"full","className":"cm-social-media","style":{"spacing":{"margin":{"bottom":"10px"}}}} -->
<figure class="wp-block-image alignfull size-full cm-social-media" style="margin-bottom:10px"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/Instagram.jpg" alt="" class="wp-image-435"/></figure>
<!-- /wp:image -->

<!-- wp:buttons {"className":"cm-social-media-button","style":{"border":{"width":"0px","style":"none","radius":{"bottomLeft":"4px","bottomRight":"4px"}},"spacing":{"padding":{"top":"0","bottom":"0"},"blockGap":{"top":"0px"},"margin":{"top":"-12px"}},"color":{"background":"#1e1e1e"}}} -->
<div class="wp-block-buttons cm-social-media-button has-background" style="border-style:none;border-width:0px;border-bottom-left-radius:4px;border-bottom-right-radius:4px;background-color:#1e1e1e;margin-top:-12px;padding-top:0;padding-bottom:0"><!-- wp:button {"textColor":"white","width":100,"className":"is-style-fill","style":{"color":{"background":"#1e1e1e"},"spacing":{"padding":{"left":"24px","right":"24px","top":"12px","bottom":"12px"}},"border":{"radius":{"bottomRight":"4px","bottomLeft":"4px","topLeft":"0px","topRight":"0px"},"width":"0px","style":"none"},"typography":{"fontSize":"13px","fontStyle":"normal","fontWeight":"500","letterSpacing":"0.2px"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"fontFamily":"inter"} -->
<div class="wp-block-button has-custom-width wp-block-button__width-100 is-style-fill"><a class="wp-block-button__link has-white-color has-text-color has-background has-link-color has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-top-left-radius:0px;border-top-right-radius:0px;border-bottom-left-radius:4px;border-bottom-right-radius:4px;background-color:#1e1e1e;padding-top:12px;padding-right:24px;padding-bottom:12px;padding-left:24px;font-size:13px;font-style:normal;font-weight:500;letter-spacing:0.2px" rel="https://www.instagram.com/">Follow On Instagram</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons --></div>
<!-- /wp:group -->

<!-- wp:group {"className":"cm-social-media-button","style":{"border":{"radius":"4px","color":"#F2F2F2","style":"solid","width":"10px"},"spacing":{"padding":{"left":"24px","right":"24px","top":"24px","bottom":"24px"},"blockGap":"16px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group cm-social-media-button has-border-color" style="border-color:#F2F2F2;border-style:solid;border-width:10px;border-radius:4px;padding-top:24px;padding-right:24px;padding-bottom:24px;padding-left:24px"><!-- wp:heading {"textAlign":"center","level":5,"style":{"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"700"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-text-align-center has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:20px;font-style:normal;font-weight:700">Never Miss Any Updates!</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"align":"center","style":{"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"8px","bottom":"20px"}}},"fontFamily":"inter"} -->
<p class="has-text-align-center has-inter-font-family" style="margin-top:8px;margin-bottom:20px;font-size:14px">Subscribe our newsletter for the latest news.</p>
<!-- /wp:paragraph -->

<!-- wp:html -->
<input type="text" id="name" name="name" placeholder="Name" style="border: 1px solid #E0E0E0; padding: 12px 16px; border-radius: 4px; width: fit-content; margin-bottom: 12px; font-size:13px;  width: 100%;">
<!-- /wp:html -->

<!-- wp:html -->
<input type="text" id="email" name="email" placeholder="Email" style="border: 1px solid #E0E0E0; padding: 12px 16px; border-radius: 4px; width: fit-content; margin-bottom: 12px; font-size:13px;  width: 100%;">
<!-- /wp:html -->

<!-- wp:buttons {"style":{"spacing":{"padding":{"top":"0px"}}}} -->
<div class="wp-block-buttons" style="padding-top:0px"><!-- wp:button {"width":100,"className":"is-style-fill","style":{"typography":{"fontSize":"12px"},"border":{"radius":"4px","width":"0px","style":"none"},"color":{"background":"#8269df"},"spacing":{"padding":{"top":"12px","bottom":"12px"}}},"fontFamily":"inter"} -->
<div class="wp-block-button has-custom-width wp-block-button__width-100 is-style-fill"><a class="wp-block-button__link has-background has-inter-font-family has-custom-font-size wp-element-button" style="border-style:none;border-width:0px;border-radius:4px;background-color:#8269df;padding-top:12px;padding-bottom:12px;font-size:12px">SUBSCRIBE</a></div>
<!-- /wp:button --></div>
<!-- /wp:buttons -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">I have read and agree to the all conditions.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group -->

<!-- wp:group {"style":{"spacing":{"padding":{"top":"0px","bottom":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group" style="padding-top:0px;padding-bottom:0px"><!-- wp:image {"id":77,"sizeSlug":"full","linkDestination":"none","className":"cm-social-media","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full has-custom-border cm-social-media"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/Vertical-ad.jpg" alt="" class="wp-image-77" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"Top Stories"},"align":"full","className":"cm-block-alignfull","style":{"color":{"background":"#161616"},"spacing":{"padding":{"top":"60px","bottom":"60px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull cm-block-alignfull has-background" style="background-color:#161616;padding-top:60px;padding-bottom:60px"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"top-stories","style":{"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"top":"6px","bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"inter"} -->
<h6 class="wp-block-heading top-stories has-white-color has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;margin-top:6px;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Top Stories</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px"}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="font-size:13px">View All</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"align":"wide","className":"is-style-wide","style":{"color":{"background":"#7a7a7a80"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator alignwide has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#7a7a7a80;color:#7a7a7a80"/>
<!-- /wp:separator -->

<!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:group {"metadata":{"name":"Editor Pick section"},"align":"wide","style":{"spacing":{"padding":{"right":"0px","left":"0px","top":"0px","bottom":"0px"},"blockGap":"32px"}},"layout":{"type":"default"}} -->
<div class="wp-block-group alignwide" style="padding-top:0px;padding-right:0px;padding-bottom:0px;padding-left:0px"><!-- wp:columns {"align":"wide","className":"cm-top-stories"} -->
<div class="wp-block-columns alignwide cm-top-stories"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay.jpg","id":63,"dimRatio":0,"customOverlayColor":"#7d7873","isUserOverlayColor":false,"minHeight":337,"contentPosition":"bottom left","sizeSlug":"full","style":{"spacing":{"blockGap":"0"},"border":{"radius":"4px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover has-custom-content-position is-position-bottom-left" style="border-radius:4px;min-height:337px"><img class="wp-block-cover__image-background wp-image-63 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim" style="background-color:#7d7873"></span><div class="wp-block-cover__inner-container"><!-- wp:heading {"level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.6"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">How to Create Budget That Works for Your Lifestyle</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"8px","bottom":"0"},"margin":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay-2.jpg","id":64,"dimRatio":0,"customOverlayColor":"#737980","isUserOverlayColor":false,"minHeight":337,"contentPosition":"bottom left","sizeSlug":"full","style":{"spacing":{"blockGap":"0"},"border":{"radius":"4px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover has-custom-content-position is-position-bottom-left" style="border-radius:4px;min-height:337px"><img class="wp-block-cover__image-background wp-image-64 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay-2.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim" style="background-color:#737980"></span><div class="wp-block-cover__inner-container"><!-- wp:heading {"level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.6"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Find the best PC games optimized For console</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"},"margin":{"top":"8px","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="margin-top:8px;margin-bottom:0;padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay-3.jpg","id":65,"dimRatio":0,"customOverlayColor":"#78706b","isUserOverlayColor":false,"minHeight":337,"contentPosition":"bottom left","sizeSlug":"full","style":{"spacing":{"blockGap":"0"},"border":{"radius":"4px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover has-custom-content-position is-position-bottom-left" style="border-radius:4px;min-height:337px"><img class="wp-block-cover__image-background wp-image-65 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay-3.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim" style="background-color:#78706b"></span><div class="wp-block-cover__inner-container"><!-- wp:heading {"level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.6"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Organizing Your Home: Tips for Creating San city</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"},"margin":{"top":"8px","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="margin-top:8px;margin-bottom:0;padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:cover {"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay-4.jpg","id":66,"dimRatio":0,"customOverlayColor":"#939590","isUserOverlayColor":false,"minHeight":337,"contentPosition":"bottom left","isDark":false,"sizeSlug":"full","style":{"spacing":{"blockGap":"0"},"border":{"radius":"4px"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-cover is-light has-custom-content-position is-position-bottom-left" style="border-radius:4px;min-height:337px"><img class="wp-block-cover__image-background wp-image-66 size-full" alt="" src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/slider-img-with-overlay-4.jpg" data-object-fit="cover"/><span aria-hidden="true" class="wp-block-cover__background has-background-dim-0 has-background-dim" style="background-color:#939590"></span><div class="wp-block-cover__inner-container"><!-- wp:heading {"level":5,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.6"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Dive into the world of gaming platforms</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"},"margin":{"top":"8px","bottom":"0"}},"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group has-white-color has-text-color has-link-color" style="margin-top:8px;margin-bottom:0;padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">2 Comments</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div></div>
<!-- /wp:cover --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"lifestyle"},"align":"wide","style":{"spacing":{"margin":{"top":"40px","bottom":"40px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:40px;margin-bottom:40px"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"16px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:16px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"lifestyle","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"top":"6px","bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading lifestyle has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;margin-top:6px;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Lifestyle</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px","fontStyle":"normal","fontWeight":"400"}},"fontFamily":"inter"} -->
<p class="has-link-color has-inter-font-family" style="font-size:13px;font-style:normal;font-weight:400"><a href="#">View All</a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"align":"wide","className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator alignwide has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:columns {"align":"wide","className":"cm-life-style"} -->
<div class="wp-block-columns alignwide cm-life-style"><!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":49,"sizeSlug":"full","linkDestination":"none","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-1.jpg" alt="" class="wp-image-49" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","lineHeight":"1.6","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">How Fitness Can Boost Your Mood and Increase Happiness</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">Jenisha Dutch</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":52,"sizeSlug":"full","linkDestination":"none","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-4.jpg" alt="" class="wp-image-52" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6">Exploring the Link Between Physical Fitness and Mental Well-Being</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Ethan Rivers</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"12px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":55,"sizeSlug":"full","linkDestination":"none","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-7.jpg" alt="" class="wp-image-55" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"17px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:17px;font-style:normal;font-weight:600;line-height:1.6">Finding Peace and Joy Through Mindful Fitness Practices</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:0"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="font-size:12px">Maxwell Grey</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"align":"wide","className":"cm-life-style-2"} -->
<div class="wp-block-columns alignwide cm-life-style-2"><!-- wp:column {"verticalAlignment":"center","className":"cm-life-style-3","style":{"spacing":{"blockGap":"0px"}}} -->
<div class="wp-block-column is-vertically-aligned-center cm-life-style-3"><!-- wp:columns {"verticalAlignment":"center","style":{"spacing":{"blockGap":{"top":"0px","left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":45,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-2.jpg" alt="" class="wp-image-45" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"0px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6">Boost Your Productivity with These Simple Tips</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","className":"cm-life-style-3"} -->
<div class="wp-block-column is-vertically-aligned-center cm-life-style-3"><!-- wp:columns {"verticalAlignment":"center","style":{"spacing":{"blockGap":{"top":"0","left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":53,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-5.jpg" alt="" class="wp-image-53" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6">Creating a Space for Self-Care in Your Routine</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","className":"cm-life-style-3"} -->
<div class="wp-block-column is-vertically-aligned-center cm-life-style-3"><!-- wp:columns {"verticalAlignment":"center","style":{"spacing":{"blockGap":{"top":"0","left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":56,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-8.jpg" alt="" class="wp-image-56" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6">Build a Routine That Supports Your Best Self</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"align":"wide","className":"cm-life-style-2"} -->
<div class="wp-block-columns alignwide cm-life-style-2"><!-- wp:column {"verticalAlignment":"center","className":"cm-life-style-3"} -->
<div class="wp-block-column is-vertically-aligned-center cm-life-style-3"><!-- wp:columns {"verticalAlignment":"center","style":{"spacing":{"blockGap":{"top":"0px","left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":51,"sizeSlug":"medium","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-medium has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-3.jpg" alt="" class="wp-image-51" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6">Discover the Secret to a Balanced and Happy Life</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","className":"cm-life-style-3"} -->
<div class="wp-block-column is-vertically-aligned-center cm-life-style-3"><!-- wp:columns {"verticalAlignment":"center","style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":54,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-6.jpg" alt="" class="wp-image-54" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6">Simple Ways to Cultivate Gratitude and Joy Daily</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","className":"cm-life-style-3"} -->
<div class="wp-block-column is-vertically-aligned-center cm-life-style-3"><!-- wp:columns {"verticalAlignment":"center","style":{"spacing":{"blockGap":{"left":"16px"}}}} -->
<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":57,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-9.jpg" alt="" class="wp-image-57" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","className":"is-vertically-aligned-center","style":{"spacing":{"blockGap":"6px"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"level":6,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"15px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h6 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.6">Master the Art of Meal Prepping for a How to..</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"8px","bottom":"0"}},"typography":{"fontSize":"12px"}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"ads"},"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:image {"id":399,"sizeSlug":"full","linkDestination":"none","metadata":{"name":"Ads"},"align":"full"} -->
<figure class="wp-block-image alignfull size-full"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/Horizontal-ad.jpg" alt="" class="wp-image-399"/></figure>
<!-- /wp:image --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"sports"},"align":"wide","style":{"spacing":{"padding":{"top":"16px","bottom":"16px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="padding-top:16px;padding-bottom:16px"><!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:group {"align":"wide","style":{"spacing":{"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide" style="margin-top:0px"><!-- wp:group {"align":"wide","layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"level":6,"className":"sports","style":{"color":{"text":"#222222"},"elements":{"link":{"color":{"text":"#222222"}}},"spacing":{"padding":{"right":"11px","left":"11px","top":"0","bottom":"0"},"margin":{"top":"6px","bottom":"6px"}},"border":{"left":{"style":"none","width":"0px"},"top":[],"right":[],"bottom":[]},"typography":{"fontSize":"20px","fontStyle":"normal","fontWeight":"600"}},"fontFamily":"inter"} -->
<h6 class="wp-block-heading sports has-text-color has-link-color has-inter-font-family" style="border-left-style:none;border-left-width:0px;color:#222222;margin-top:6px;margin-bottom:6px;padding-top:0;padding-right:11px;padding-bottom:0;padding-left:11px;font-size:20px;font-style:normal;font-weight:600">Wellness</h6>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#7a7a7a"}}},"typography":{"fontSize":"13px","fontStyle":"normal","fontWeight":"400"}},"fontFamily":"inter"} -->
<p class="has-link-color has-inter-font-family" style="font-size:13px;font-style:normal;font-weight:400"><a href="#">View All</a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:separator {"align":"wide","className":"is-style-wide","style":{"color":{"background":"#e0e0e0"},"spacing":{"margin":{"top":"8px","bottom":"8px"}}}} -->
<hr class="wp-block-separator alignwide has-text-color has-alpha-channel-opacity has-background is-style-wide" style="margin-top:8px;margin-bottom:8px;background-color:#e0e0e0;color:#e0e0e0"/>
<!-- /wp:separator -->

<!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:columns {"align":"wide"} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"width":"47%","style":{"spacing":{"blockGap":"8px"}}} -->
<div class="wp-block-column" style="flex-basis:47%"><!-- wp:image {"id":83,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-1.jpg" alt="" class="wp-image-83" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"22px","fontStyle":"normal","fontWeight":"600","textTransform":"capitalize","lineHeight":"1.6"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:22px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Emerging technologies are changing how we live and work</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"16px","padding":{"top":"0","bottom":"8px"}}},"layout":{"type":"flex","flexWrap":"nowrap","orientation":"horizontal"}} -->
<div class="wp-block-group" style="padding-top:0;padding-bottom:8px"><!-- wp:group {"style":{"spacing":{"blockGap":"8px"}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:12px">Jenisha Dutch</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"10px","lineHeight":"19px"},"color":{"text":"#909090"}}} -->
<p class="has-text-color" style="color:#909090;margin-top:0;margin-bottom:0;font-size:10px;line-height:19px">|</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"0px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"14px","fontStyle":"normal","fontWeight":"400"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:0;margin-bottom:0;font-size:14px;font-style:normal;font-weight:400">Forem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vulputate libero et velit interdum aliquet odio mattis. </p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"53%"} -->
<div class="wp-block-column" style="flex-basis:53%"><!-- wp:columns {"className":"cm-col-2"} -->
<div class="wp-block-columns cm-col-2"><!-- wp:column {"style":{"spacing":{"blockGap":"8px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":84,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-2.jpg" alt="" class="wp-image-84" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.61","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.61;text-transform:capitalize">Incorporate simple daily habits to boost your well-being </h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"8px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":85,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-3.jpg" alt="" class="wp-image-85" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.5","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.5;text-transform:capitalize">Learn how to prioritize your mental and physical Health</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"className":"cm-col-2"} -->
<div class="wp-block-columns cm-col-2"><!-- wp:column {"style":{"spacing":{"blockGap":"8px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":86,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-4.jpg" alt="" class="wp-image-86" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontStyle":"normal","fontWeight":"600","fontSize":"16px","lineHeight":"1.5","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.5;text-transform:capitalize">Easy ways to reduce stress and improve mental clarity</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"8px"}}} -->
<div class="wp-block-column"><!-- wp:image {"id":87,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/wellness-img-5.jpg" alt="" class="wp-image-87" style="border-radius:4px"/></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":5,"style":{"spacing":{"margin":{"top":"0","bottom":"0"}},"typography":{"fontSize":"16px","fontStyle":"normal","fontWeight":"600","lineHeight":"1.6","textTransform":"capitalize"}},"fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:16px;font-style:normal;font-weight:600;line-height:1.6;text-transform:capitalize">Unlock the secrets Of wellness for body and Soul</h5>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"typography":{"fontSize":"12px"},"spacing":{"margin":{"top":"8px","bottom":"0px"}}},"fontFamily":"inter"} -->
<p class="has-inter-font-family" style="margin-top:8px;margin-bottom:0px;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:group {"metadata":{"name":"Subscribe"},"align":"full","className":"cm-block-alignfull","style":{"color":{"background":"#0D0F11"},"spacing":{"padding":{"top":"48px","bottom":"48px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull cm-block-alignfull has-background" style="background-color:#0D0F11;padding-top:48px;padding-bottom:48px"><!-- wp:columns {"align":"wide","style":{"spacing":{"blockGap":{"left":"40px"}}}} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"style":{"spacing":{"blockGap":"16px"}}} -->
<div class="wp-block-column"><!-- wp:heading {"level":4,"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"26px","fontStyle":"normal","fontWeight":"600","letterSpacing":"-1px"}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h4 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="font-size:26px;font-style:normal;font-weight:600;letter-spacing:-1px">Subscribe For Latest Updates !</h4>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family">Torem ipsum dolor sit amet, consectetur adipiscing elit. Etiam turpis molestie, dictum esta mattis tellus sed dignissim, metus.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column {"style":{"spacing":{"blockGap":"16px"}}} -->
<div class="wp-block-column"><!-- wp:html -->
<div style="position: relative; width: 100%;">
        <input type="text" id="email" name="email" placeholder="Your email Address"
            style="border: 1px solid #4E4E4E; padding: 16px 40px 16px 16px; border-radius: 4px; width: 100%; font-size: 13px; background: #383838; margin-bottom:0;">
        <button type="submit"
            style="position: absolute; right: 5px; top: 49%; transform: translateY(-50%); border: none; background-color: #8269DF; color: white; padding: 8px 12px; border-radius: 4px; cursor: pointer; font-size: 13px; font-weight: 500; font-family: Inter;">
                  Subscribe
        </button>
    </div>
<!-- /wp:html -->

<!-- wp:group {"style":{"spacing":{"blockGap":"0","margin":{"top":"0","bottom":"0"}}},"layout":{"type":"flex","flexWrap":"nowrap"}} -->
<div class="wp-block-group" style="margin-top:0;margin-bottom:0"><!-- wp:html -->
<input type="checkbox" name="hobby" value="reading"
             style="margin-right: 10px;
margin-top: 10px; background-color: transparent; border: 1px solid #333;">
<!-- /wp:html -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"8px","bottom":"0"}},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:8px;margin-bottom:0;font-size:14px">I have read and agree to the terms and conditions.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->

<!-- wp:group {"align":"full","className":"cm-block-alignfull","style":{"spacing":{"padding":{"top":"54px","bottom":"54px"},"blockGap":"0","margin":{"top":"0","bottom":"0"}},"background":{"backgroundImage":{"url":"' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/main-footer-bg.jpg","id":58,"source":"file","title":"main-footer-bg"},"backgroundSize":"cover"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull cm-block-alignfull" style="margin-top:0;margin-bottom:0;padding-top:54px;padding-bottom:54px"><!-- wp:columns {"align":"wide","style":{"spacing":{"blockGap":{"left":"var:preset|spacing|60"}}}} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"width":"50%"} -->
<div class="wp-block-column" style="flex-basis:50%"><!-- wp:columns {"style":{"spacing":{"blockGap":{"left":"var:preset|spacing|30"}}}} -->
<div class="wp-block-columns"><!-- wp:column {"width":"60%"} -->
<div class="wp-block-column" style="flex-basis:60%"><!-- wp:group {"layout":{"type":"flex","orientation":"vertical"}} -->
<div class="wp-block-group"><!-- wp:group {"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:image {"id":6,"sizeSlug":"full","linkDestination":"none","align":"left"} -->
<figure class="wp-block-image alignleft size-full"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/cm-logo.png" alt="" class="wp-image-6"/></figure>
<!-- /wp:image --></div>
<!-- /wp:group -->

<!-- wp:group {"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"align":"left","style":{"typography":{"fontSize":"14px","lineHeight":"1.7"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"spacing":{"padding":{"right":"32px"}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-text-align-left has-white-color has-text-color has-link-color has-inter-font-family" style="padding-right:32px;font-size:14px;line-height:1.7">We love WordPress and are here to provide you with professional WordPress magazine themes to help take your website to the next level.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:social-links {"iconColor":"white","iconColorValue":"#ffffff","size":"has-normal-icon-size","align":"left","className":"is-style-logos-only","style":{"spacing":{"blockGap":{"top":"0px"},"margin":{"left":"-32px"}}},"layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"left"}} -->
<ul class="wp-block-social-links alignleft has-normal-icon-size has-icon-color is-style-logos-only" style="margin-left:-32px"><!-- wp:social-link {"url":"#","service":"instagram"} /-->

<!-- wp:social-link {"url":"#","service":"facebook"} /-->

<!-- wp:social-link {"url":"#","service":"linkedin"} /-->

<!-- wp:social-link {"url":"#","service":"x"} /--></ul>
<!-- /wp:social-links --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"40%","style":{"spacing":{"blockGap":"0","padding":{"right":"14px"}}}} -->
<div class="wp-block-column" style="padding-right:14px;flex-basis:40%"><!-- wp:heading {"level":5,"className":"cm-footer-border-line","style":{"typography":{"fontSize":"20px"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"border":{"bottom":{"color":"#dfdfdf","style":"solid","width":"0.5px"},"top":[],"right":[],"left":[]},"spacing":{"padding":{"bottom":"12px"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading cm-footer-border-line has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="border-bottom-color:#dfdfdf;border-bottom-style:solid;border-bottom-width:0.5px;padding-bottom:12px;font-size:20px">Categories</h5>
<!-- /wp:heading -->

<!-- wp:group {"style":{"spacing":{"blockGap":"0"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"0","bottom":"0"},"padding":{"top":"8px","bottom":"8px"}},"border":{"bottom":{"color":"#222222","width":"1px","style":"solid"}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="border-bottom-color:#222222;border-bottom-style:solid;border-bottom-width:1px;margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:8px;font-size:14px">Technology</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"0","bottom":"0"},"padding":{"bottom":"8px","top":"8px"}},"border":{"bottom":{"color":"#222222","width":"1px","style":"solid"}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="border-bottom-color:#222222;border-bottom-style:solid;border-bottom-width:1px;margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:8px;font-size:14px">Politics</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"0","bottom":"0"},"padding":{"bottom":"8px","top":"8px"}},"border":{"bottom":{"color":"#222222","width":"1px","style":"solid"}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="border-bottom-color:#222222;border-bottom-style:solid;border-bottom-width:1px;margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:8px;font-size:14px">Entertainment</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"0","bottom":"0"},"padding":{"bottom":"8px","top":"8px"}},"border":{"bottom":{"color":"#222222","width":"1px","style":"solid"}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="border-bottom-color:#222222;border-bottom-style:solid;border-bottom-width:1px;margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:8px;font-size:14px">Lifestyle</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"14px"},"spacing":{"margin":{"top":"0","bottom":"0"},"padding":{"bottom":"8px","top":"8px"}},"border":{"bottom":{"color":"#222222","width":"1px","style":"solid"}}},"textColor":"white","fontFamily":"inter"} -->
<p class="has-white-color has-text-color has-link-color has-inter-font-family" style="border-bottom-color:#222222;border-bottom-style:solid;border-bottom-width:1px;margin-top:0;margin-bottom:0;padding-top:8px;padding-bottom:8px;font-size:14px">Sports</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column {"width":"60%"} -->
<div class="wp-block-column" style="flex-basis:60%"><!-- wp:columns {"verticalAlignment":null} -->
<div class="wp-block-columns"><!-- wp:column {"verticalAlignment":"top"} -->
<div class="wp-block-column is-vertically-aligned-top"><!-- wp:heading {"level":5,"className":"cm-footer-border-line","style":{"typography":{"fontSize":"20px"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"border":{"bottom":{"color":"#dfdfdf","style":"solid","width":"1px"},"top":[],"right":[],"left":[]},"spacing":{"padding":{"bottom":"12px"}},"color":{"text":"#222222"}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading cm-footer-border-line has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="border-bottom-color:#dfdfdf;border-bottom-style:solid;border-bottom-width:1px;color:#222222;padding-bottom:12px;font-size:20px">Editor’s Pick</h5>
<!-- /wp:heading -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-footer-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-footer-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":41,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-1.jpg" alt="" class="wp-image-41" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"0"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"15px","lineHeight":"1.66","textTransform":"capitalize","fontStyle":"normal","fontWeight":"600"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.66;text-transform:capitalize">Navigate Effortlessly Through Our Content</h2>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"spacing":{"margin":{"top":"4px","bottom":"0"}},"typography":{"fontSize":"12px"},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:4px;margin-bottom:0;font-size:12px">May 28, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-footer-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-footer-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":69,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-2.jpg" alt="" class="wp-image-69" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"0"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"15px","lineHeight":"1.66","textTransform":"capitalize","fontStyle":"normal","fontWeight":"600"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.66;text-transform:capitalize">Unlock the Full Potential of Our Blog</h2>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"spacing":{"margin":{"top":"4px","bottom":"0"}},"typography":{"fontSize":"12px"},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:4px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-footer-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-footer-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":39,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/tech-img-3.jpg" alt="" class="wp-image-39" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"0"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"15px","lineHeight":"1.66","textTransform":"capitalize","fontStyle":"normal","fontWeight":"600"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.66;text-transform:capitalize">Crafting Tomorrow’s Software: Coding with</h2>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"spacing":{"margin":{"top":"4px","bottom":"0"}},"typography":{"fontSize":"12px"},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:4px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center"} -->
<div class="wp-block-column is-vertically-aligned-center"><!-- wp:heading {"level":5,"className":"cm-footer-border-line","style":{"typography":{"fontSize":"20px"},"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"border":{"bottom":{"color":"#dfdfdf","style":"solid","width":"1px"},"top":[],"right":[],"left":[]},"spacing":{"padding":{"top":"0","bottom":"12px"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h5 class="wp-block-heading cm-footer-border-line has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="border-bottom-color:#dfdfdf;border-bottom-style:solid;border-bottom-width:1px;padding-top:0;padding-bottom:12px;font-size:20px">Latest Posts</h5>
<!-- /wp:heading -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-footer-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-footer-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":30,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-6.jpg" alt="" class="wp-image-30" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"0"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"15px","lineHeight":"1.66","fontStyle":"normal","fontWeight":"600"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.66">Unleash Your Creativity with Fun Activity</h2>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"spacing":{"margin":{"top":"4px","bottom":"0"}},"typography":{"fontSize":"12px"},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:4px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-footer-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-footer-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":51,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-7.jpg" alt="" class="wp-image-51" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"0"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"15px","lineHeight":"1.66","fontStyle":"normal","fontWeight":"600"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.66">Achieve Fitness Goals with Expert Guides...</h2>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"spacing":{"margin":{"top":"4px","bottom":"0"}},"typography":{"fontSize":"12px"},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:4px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:columns {"verticalAlignment":"center","className":"cm-footer-col"} -->
<div class="wp-block-columns are-vertically-aligned-center cm-footer-col"><!-- wp:column {"verticalAlignment":"center","width":"33.33%"} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:33.33%"><!-- wp:image {"id":53,"sizeSlug":"full","linkDestination":"none","align":"full","style":{"border":{"radius":"4px"}}} -->
<figure class="wp-block-image alignfull size-full has-custom-border"><img src="' . trailingslashit( get_template_directory_uri() ) . 'assets/img/starter/lifestyle-img-5.jpg" alt="" class="wp-image-53" style="border-radius:4px"/></figure>
<!-- /wp:image --></div>
<!-- /wp:column -->

<!-- wp:column {"verticalAlignment":"center","width":"66.66%","style":{"spacing":{"blockGap":"0"}}} -->
<div class="wp-block-column is-vertically-aligned-center" style="flex-basis:66.66%"><!-- wp:heading {"style":{"elements":{"link":{"color":{"text":"var:preset|color|white"}}},"typography":{"fontSize":"15px","lineHeight":"1.66","fontStyle":"normal","fontWeight":"600"},"spacing":{"margin":{"top":"0","bottom":"0"}}},"textColor":"white","fontFamily":"ibm-plex-serif"} -->
<h2 class="wp-block-heading has-white-color has-text-color has-link-color has-ibm-plex-serif-font-family" style="margin-top:0;margin-bottom:0;font-size:15px;font-style:normal;font-weight:600;line-height:1.66">Transform Your Space with Stylish power of </h2>
<!-- /wp:heading -->

<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"#d3d3d3"}}},"spacing":{"margin":{"top":"4px","bottom":"0"}},"typography":{"fontSize":"12px"},"color":{"text":"#d3d3d3"}},"fontFamily":"inter"} -->
<p class="has-text-color has-link-color has-inter-font-family" style="color:#d3d3d3;margin-top:4px;margin-bottom:0;font-size:12px">May 05, 2025</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->',
];
