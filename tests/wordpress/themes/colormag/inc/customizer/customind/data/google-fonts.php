<?php return array(
	array(
		'family'     => 'Inherit',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Roboto',
		'variants'   => array( '100', '300', '400', '500', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Open Sans',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans JP',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Montserrat',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poppins',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inter',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lato',
		'variants'   => array( '100', '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Roboto Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Icons',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oswald',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Roboto Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Raleway',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nunito Sans',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nunito',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playfair Display',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ubuntu',
		'variants'   => array( '300', '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans KR',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Merriweather',
		'variants'   => array( '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kanit',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Roboto Slab',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'PT Sans',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Work Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lora',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans TC',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mulish',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'DM Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fira Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Quicksand',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Barlow',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Manrope',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Heebo',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Symbols Outlined',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Titillium Web',
		'variants'   => array( '200', '300', '400', '600', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'PT Serif',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bebas Neue',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Karla',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Icons Outlined',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hind Siliguri',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Outfit',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Franklin',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nanum Gothic',
		'variants'   => array( '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Color Emoji',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inconsolata',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Josefin Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Baskerville',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jost',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Archivo',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arimo',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Abel',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fira Sans Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dosis',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mukta',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dancing Script',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anton',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Figtree',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif JP',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Barlow Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Space Grotesk',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cabin',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Teko',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans SC',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'EB Garamond',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cairo',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bitter',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'PT Sans Narrow',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Crimson Text',
		'variants'   => array( '400', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Exo 2',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Source Code Pro',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Source Sans 3',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oxygen',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Assistant',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hind',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Slabo 27px',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Prompt',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Icons Round',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Saira Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Signika Negative',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Plus Jakarta Sans',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Varela Round',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Archivo Black',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pacifico',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'M PLUS Rounded 1c',
		'variants'   => array( '100', '300', '400', '500', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Red Hat Display',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Public Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Arabic',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chakra Petch',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Overpass',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fjalla One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lobster',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Comfortaa',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zilla Slab',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lilita One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rajdhani',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caveat',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cormorant Garamond',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Icons Sharp',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tajawal',
		'variants'   => array( '200', '300', '400', '500', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Maven Pro',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Schibsted Grotesk',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Asap',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Roboto Flex',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arvo',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Permanent Marker',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nanum Gothic Coding',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sora',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Symbols Rounded',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shadows Into Light',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Play',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nanum Myeongjo',
		'variants'   => array( '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans Arabic',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Barlow Semi Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Abril Fatface',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Icons Two Tone',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rowdies',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Asap Condensed',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'DM Serif Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'M PLUS 1p',
		'variants'   => array( '100', '300', '400', '500', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Almarai',
		'variants'   => array( '300', '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Concert One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans HK',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Questrial',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Serif',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spicy Rice',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inter Tight',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Indie Flower',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Merriweather Sans',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cinzel',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Thai',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Domine',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Urbanist',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Righteous',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Satisfy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alegreya',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Be Vietnam Pro',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Frank Ruhl Libre',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Passion One',
		'variants'   => array( '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cormorant',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Archivo Narrow',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oleo Script',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Source Serif 4',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Silkscreen',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vollkorn',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Signika',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mate',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marcellus',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Kufi Arabic',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Exo',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Acme',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Orbitron',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Catamaran',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sarabun',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Changa',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Bubbles',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Display',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amatic SC',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hind Madurai',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Crimson Pro',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bree Serif',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Great Vibes',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'League Spartan',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pirata One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Khand',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Mono One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alfa Slab One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inria Sans',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spectral',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'ABeeZee',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yanone Kaffeesatz',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Deca',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Montserrat Alternates',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Albert Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Prata',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tinos',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Saira',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bowlby One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Patua One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mate SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Squada One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amiri',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oxanium',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Antic Slab',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alegreya Sans',
		'variants'   => array( '100', '300', '400', '500', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cardo',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif TC',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kalam',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lobster Two',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Roboto Serif',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif KR',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alata',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ubuntu Mono',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yellowtail',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Paaji 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Kaku Gothic New',
		'variants'   => array( '300', '400', '500', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sawarabi Mincho',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chivo',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Crete Round',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Courgette',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yantramanav',
		'variants'   => array( '100', '300', '400', '500', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gothic A1',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Martel',
		'variants'   => array( '200', '300', '400', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Readex Pro',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Russo One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Itim',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Merienda',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Encode Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gloria Hallelujah',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Caslon Text',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cantarell',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bodoni Moda',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Neucha',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Didact Gothic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bangers',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Red Hat Text',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'DM Serif Text',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'PT Sans Caption',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Space Mono',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Bengali',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kaushan Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Josefin Slab',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Luckiest Guy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yatra One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sawarabi Gothic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Philosopher',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gruppo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ubuntu Condensed',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'JetBrains Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Courier Prime',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode 39',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Old Standard TT',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Commissioner',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sacramento',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noticia Text',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Francois One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Encode Sans Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tenor Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sen',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rokkitt',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Neuton',
		'variants'   => array( '200', '300', '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Krub',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Taviraj',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Staatliches',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Maru Gothic',
		'variants'   => array( '300', '400', '500', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Unbounded',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shippori Mincho',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fraunces',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reenie Beanie',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yeseva One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Quattrocento',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Advent Pro',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Unna',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dela Gothic One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Paytone One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jura',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baskervville',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Special Elite',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tamil',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Quattrocento Sans',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poiret One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Bhaijaan 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fira Sans Extra Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kumbh Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hanken Grotesk',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gelasio',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Onest',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Ethiopic',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Allura',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playfair Display SC',
		'variants'   => array( '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'El Messiri',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Architects Daughter',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Literata',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sofia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pathway Gothic One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Unica One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sanchez',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cookie',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aleo',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Creepster',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kosugi Maru',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'News Cycle',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tangerine',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Patrick Hand',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pridi',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cuprum',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Geologica',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'DM Mono',
		'variants'   => array( '300', '400', '500' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mitr',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'League Gothic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Material Symbols Sharp',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Naskh Arabic',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mukta Malar',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Parisienne',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Atkinson Hyperlegible',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Audiowide',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Syne',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vidaloka',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ramabhadra',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'PT Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sofia Sans Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amaranth',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lalezar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alice',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Epilogue',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'VT323',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gilda Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Comic Neue',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sofia Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playfair',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BIZ UDPGothic',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Black Ops One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Forum',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Instrument Sans',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Bengali',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nerko One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bricolage Grotesque',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ropa Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fredoka',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Six Caps',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Volkhov',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sriracha',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vazirmatn',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ultra',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arsenal',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Faustina',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'STIX Two Text',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Petrona',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Homemade Apple',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Changa One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Akshar',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hammersmith One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Saira Semi Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sorts Mill Goudy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bad Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Titan One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Bodoni',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Electrolize',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hind Vadodara',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Abhaya Libre',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mandali',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Press Start 2P',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Blinker',
		'variants'   => array( '100', '200', '300', '400', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alex Brush',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Malayalam',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Monda',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bai Jamjuree',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zeyada',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rammetto One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aclonica',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mada',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playball',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anuphan',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Carter One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Antonio',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Niramit',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gudea',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Istok Web',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Viga',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alexandria',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif SC',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Radio Canada',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Handlee',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Hebrew',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Andika',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nanum Pen Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Share Tech Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caveat Brush',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Eczar',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Quantico',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Black Han Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cousine',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lusitana',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rock Salt',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Secular One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Newsreader',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amita',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Monoton',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Julius Sans One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Old Mincho',
		'variants'   => array( '400', '500', '600', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alegreya Sans SC',
		'variants'   => array( '100', '300', '400', '500', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Damion',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fira Mono',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cormorant Infant',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pinyon Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wix Madefor Text',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pangolin',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reem Kufi',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anonymous Pro',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Londrina Solid',
		'variants'   => array( '100', '300', '400', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alef',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Varela',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pragati Narrow',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Devanagari',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Averia Serif Libre',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nothing You Could Do',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Martel Sans',
		'variants'   => array( '200', '300', '400', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ruda',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Economica',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cabin Condensed',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Calistoga',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'GFS Didot',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Leckerli One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marck Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lemonada',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fugaz One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Basic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hind Guntur',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Covered By Your Grace',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sansita',
		'variants'   => array( '400', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Italianno',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gochi Hand',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Malayalam',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Suez One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BenchNine',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Charm',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pontano Sans',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Big Shoulders Display',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans Thai',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Laila',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Days One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Darker Grotesque',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Syncopate',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Berkshire Swash',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rufina',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cinzel Decorative',
		'variants'   => array( '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Actor',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Belleza',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Holtwood One SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Khula',
		'variants'   => array( '300', '400', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shrikhand',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mr Dafoe',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Display',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Coda',
		'variants'   => array( '400', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Racing Sans One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fira Code',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Georama',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grandstander',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Julee',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Saira Extra Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Adamina',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chewy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sarala',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Balsamiq Sans',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shippori Mincho B1',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kiwi Maru',
		'variants'   => array( '300', '400', '500' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Golos Text',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kameron',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jua',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BioRhyme',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arapey',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Athiti',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Judson',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bevan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Glegoo',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gowun Batang',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yrsa',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'M PLUS 1',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Palanquin',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jaldi',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gravitas One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kreon',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Karma',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Seaweed Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee Shade',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Do Hyeon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Brygada 1918',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fredericka the Great',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spinnaker',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Allison',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nanum Brush Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Telex',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Michroma',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Herr Von Muellerhoff',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marcellus SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mrs Saint Delafield',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alatsi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Averia Libre',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Candal',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Just Another Hand',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rye',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cabin Sketch',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Italiana',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Kaku Gothic Antique',
		'variants'   => array( '300', '400', '500', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gupter',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alumni Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Corben',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Palanquin Dark',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tomorrow',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cantata One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Boogaloo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sintony',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Overpass Mono',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Moul',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Khmer',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shadows Into Light Two',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'La Belle Aurore',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kurale',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Nastaliq Urdu',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'PT Serif Caption',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Allerta Stencil',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cutive Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lustria',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bowlby One SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nobile',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Castoro',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Halant',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'K2D',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Glory',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oranienbaum',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aldrich',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Livvic',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Eater',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Podkova',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sofia Sans Extra Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rozha One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'MuseoModerno',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Armata',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bellefair',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Allerta',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Overlock',
		'variants'   => array( '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Graduate',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Padauk',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arizonia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Annie Use Your Telescope',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Contrail One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ovo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Krona One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pattaya',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mali',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Antic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fresca',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Odibee Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pathway Extreme',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ibarra Real Nova',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'David Libre',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Share',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cedarville Cursive',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Big Shoulders Text',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gabarito',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Delius',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lateef',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Da 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ms Madi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poller One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Montserrat Subrayada',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marmelad',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chonburi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oooh Baby',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wix Madefor Display',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caudex',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cormorant Upright',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Dots',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lemon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Knewave',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wallpoet',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spline Sans',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jomhuria',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rambla',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Koulen',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Besley',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Trirong',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kosugi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Klee One',
		'variants'   => array( '400', '600' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fahkwang',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'B612',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Limelight',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nixie One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Average Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Manjari',
		'variants'   => array( '100', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inria Serif',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Petit Formal Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rancho',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sofia Sans Semi Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arbutus Slab',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Metrophobic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Macondo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Scada',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Carrois Gothic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yesteryear',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arya',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'M PLUS 2',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Biryani',
		'variants'   => array( '200', '300', '400', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'UnifrakturMaguntia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kristi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grenze Gotisch',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Markazi Text',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Love Ya Like A Sister',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shantell Sans',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Coming Soon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hahmlet',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rasa',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stardos Stencil',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hepta Slab',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans KR',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reddit Mono',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Schoolbell',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Encode Sans Semi Condensed',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Waiting for the Sunrise',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mansalva',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grand Hotel',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oxygen Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Norican',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Agbalumo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Proza Libre',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Irish Grover',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sigmar One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rosario',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amiko',
		'variants'   => array( '400', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Exa',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Niconne',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spectral SC',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rakkas',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alegreya SC',
		'variants'   => array( '400', '500', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Radley',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sarpanch',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Calligraffitti',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Style Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Short Stack',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Encode Sans Expanded',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Monsieur La Doulaise',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Meddon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Quintessential',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Antic Didone',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caladea',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fanwood Text',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee Inline',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Buenard',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Azeret Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Zetta',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Enriqueta',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'RocknRoll One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Maitree',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Kurenaido',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell English',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fjord One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Kannada',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Turret Road',
		'variants'   => array( '200', '300', '400', '500', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Miriam Libre',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BIZ UDGothic',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Magra',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rochester',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'DotGothic16',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rethink Sans',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poly',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cormorant SC',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Voltaire',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mochiy Pop One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Trocchi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'B612 Mono',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sniglet',
		'variants'   => array( '400', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Molengo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poetsen One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Goblin One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Armenian',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pixelify Sans',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dawning of a New Day',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gurajada',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mallanna',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inknut Antiqua',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'KoHo',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell DW Pica',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aboreto',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dongle',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sue Ellen Francisco',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Prosto One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Devanagari',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gabriela',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Goudy Bookletter 1911',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Telugu',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gotu',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bellota Text',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Orelega One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Coustard',
		'variants'   => array( '400', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bentham',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ma Shan Zheng',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Gujarati',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Copse',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cambay',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vesper Libre',
		'variants'   => array( '400', '500', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Familjen Grotesk',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Coiny',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Lao Looped',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Solway',
		'variants'   => array( '300', '400', '500', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Andada Pro',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yusei Magic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Average',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Notable',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Brawler',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alike',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kadwa',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans NKo Unjoined',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Young Serif',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sunflower',
		'variants'   => array( '300', '500', '700' ),
		'defVariant' => '300',
	),
	array(
		'family'     => 'Tilt Neon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Capriola',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Suranna',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caprasimo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Meetei Mayek',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Expletus Sans',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sansita Swashed',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Murecho',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Georgian',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gloock',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gantari',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marvel',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Battambang',
		'variants'   => array( '100', '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cambo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Square Peg',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aladin',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ephesis',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Thambi 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fauna One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell English SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bubblegum Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alike Angular',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'McLaren',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Instrument Serif',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oregano',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tienne',
		'variants'   => array( '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kaisei Decol',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fondamento',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chelsea Market',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mountains of Christmas',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jockey One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sedgwick Ave',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kelly Slab',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Croissant One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aref Ruqaa',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'ZCOOL XiaoWei',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans JP',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spline Sans Mono',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fuggles',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Federo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Della Respira',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vina Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Red Rose',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oleo Script Swash Caps',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Thasadith',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anybody',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vollkorn SC',
		'variants'   => array( '400', '600', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'ZCOOL QingKe HuangYou',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aguafina Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cutive',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Oriya',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Sinhala',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Supermercado One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hurricane',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Black And White Picture',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Henny Penny',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tenali Ramakrishna',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Megrim',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sumana',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anton SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kaisei Opti',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Qwigley',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Encode Sans Semi Expanded',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lekton',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Prociono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Geo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Asul',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Over the Rainbow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Martian Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mogra',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'ADLaM Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode 39 Extended Text',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Major Mono Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wendy One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mr De Haviland',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Tamma 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hanuman',
		'variants'   => array( '100', '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kufam',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Quando',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Goldman',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Caslon Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Skranji',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Metamorphous',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Imbue',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Khmer',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shippori Antique',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Protest Riot',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amethysta',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Chettan 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Allan',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Potta One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Gurmukhi',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Agdasima',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Averia Sans Libre',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rampart One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Syne Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Walter Turncoat',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Emoji',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'REM',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Clicker Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell Double Pica',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mukta Mahee',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BIZ UDPMincho',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'League Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Manuale',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Birthstone',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gugi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Euphoria Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gaegu',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mouse Memoirs',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Tammudu 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Square',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Puritan',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bigshot One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Elsie',
		'variants'   => array( '400', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Latin',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gluten',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Esteban',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kodchasan',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mukta Vaani',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hi Melody',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Atma',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ruslan Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dekko',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nokora',
		'variants'   => array( '100', '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Crafty Girls',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rouge Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Finger Paint',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode 39 Text',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite GB S',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Faster One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Platypi',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Happy Monkey',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Give You Glory',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Salsa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kranky',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reddit Sans',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hina Mincho',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Antique Soft',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vibur',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amarante',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Bangla',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Afacad',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Whisper',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kaisei Tokumin',
		'variants'   => array( '400', '500', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kalnia',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Montez',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gowun Dodum',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Montaga',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Xanh Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Farro',
		'variants'   => array( '300', '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cherry Cream Soda',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inder',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Just Me Again Down Here',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Montagu Slab',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cormorant Unicase',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Slackey',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vast Shadow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Galada',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pompiere',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Codystar',
		'variants'   => array( '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BhuTuka Expanded One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Myanmar',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fragment Mono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Symbols',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Katibeh',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Peta',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Road Rage',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bayon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gamja Flower',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Slabo 13px',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Akaya Kanadaka',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Qwitcher Grypen',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Iceberg',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Antique',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lily Script One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kode Mono',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Duru Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bakbak One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Bhai 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Charis SIL',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'MonteCarlo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Round',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Viaoda Libre',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'NTR',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dokdo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sofadi One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Saira Stencil One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Share Tech',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Loved by the King',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Carme',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Recursive',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reggae One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Flow Circular',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Balthazar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Homenaje',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Monofett',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Unkempt',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bellota',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gafata',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baumans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Protest Strike',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zilla Slab Highlight',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Trade Winds',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Macondo Swash Caps',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Original Surfer',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Corinthia',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shanti',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tilt Warp',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sulphur Point',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Almendra',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode 128',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mirza',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Varta',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Artifika',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Carlito',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fontdiner Swanky',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bilbo Swash Caps',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'ZCOOL KuaiLe',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Harmattan',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Doppio One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Unlock',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yuji Syuku',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Numans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chango',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'The Girl Next Door',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mochiy Pop P One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kdam Thmor Pro',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anaheim',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans Hebrew',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Imprima',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Headland One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dynalight',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Smooch',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arima',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ruthie',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Patrick Hand SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Charmonman',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Delius Unicase',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Uncial Antiqua',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ubuntu Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Buhid',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Scope One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mako',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Georgian',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wire One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gayathri',
		'variants'   => array( '100', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Meow Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stick',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Life Savers',
		'variants'   => array( '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chicle',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Asar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Song Myung',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zain',
		'variants'   => array( '200', '300', '400', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Convergence',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell DW Pica SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sancreek',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rum Raisin',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Freehand',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Overlock SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Comforter Brush',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cherry Swash',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Redressed',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Bangla',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Modern Antiqua',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Monomaniac One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Denk One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kantumruy Pro',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Frijole',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Modak',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Freckle Face',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Radio Canada Big',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Raleway Dots',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Belanosima',
		'variants'   => array( '400', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'MedievalSharp',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Akronim',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Eagle Lake',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Belgrano',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kavivanar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Khmer',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ribeye',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Emilys Candy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ceviche One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Thai',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'East Sea Dokdo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shojumaru',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Piazzolla',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Flamenco',
		'variants'   => array( '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ledger',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sedgwick Ave Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Germania One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lovers Quarrel',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sail',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Red Hat Mono',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Afacad Flux',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tillana',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hachi Maru Pop',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sunshiney',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Voces',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Malayalam',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Miniver',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell French Canon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Orienta',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Barriecito',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Tamil',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chau Philomene One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rosarivo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Scribble',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Delius Swash Caps',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Devanagari',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bona Nova',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Crushed',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode 128 Text',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee Hairline',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Giga',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gasoek One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baloo Bhaina 2',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zhi Mang Xing',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Peralta',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alkatra',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Dirt',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu SA Beginner',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Beth Ellen',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Scheherazade New',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Barrio',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rationale',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caesar Dressing',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'DynaPuff',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sour Gummy',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Maiden Orange',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Swanky and Moo Moo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Medula One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Strait',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Micro 5',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Texturina',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Akaya Telivigala',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell Great Primer',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ewert',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Timmana',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'WindSong',
		'variants'   => array( '400', '500' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'AR One Sans',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Flat',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nosifer',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tektur',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kulim Park',
		'variants'   => array( '200', '300', '400', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Geist',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stick No Bills',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'The Nautigal',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Carattere',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Port Lligat Slab',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mystery Quest',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Iceland',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tauri',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chivo Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yomogi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rhodium Libre',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fuzzy Bubbles',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mooli',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell Double Pica SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif HK',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chela One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chocolate Classical Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Devanagari Hindi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Borel',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Simonetta',
		'variants'   => array( '400', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sonsie One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Asset',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Seymour One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vujahday Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Train One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ramaraja',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stylish',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Delicious Handrawn',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jomolhari',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Redacted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Suwannaphum',
		'variants'   => array( '100', '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gemunu Libre',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Pavanam',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Atomic Age',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mina',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grape Nuts',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cantora One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Doto',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kite One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Thai Looped',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ranchers',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fenix',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Host Grotesk',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu NSW ACT Foundation',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Karantina',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Handjet',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'UnifrakturCook',
		'variants'   => array( '700' ),
		'defVariant' => '700',
	),
	array(
		'family'     => 'Sura',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Faculty Glyphic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Srisakdi',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gorditas',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bodoni Moda SC',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Metal Mania',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell Great Primer SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Habibi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vampiro One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Meera Inimai',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Carrois Gothic SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Moon Dance',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Smythe',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Abyssinica SIL',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alkalami',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Londrina Outline',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IM Fell French Canon SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Baskervville SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Miltonian Tattoo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Birthstone Bounce',
		'variants'   => array( '400', '500' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ribeye Marrow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Astloch',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mohave',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cute Font',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Braah One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Averia Gruesa Libre',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Slim',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ysabeau Office',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Madimi One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Angkor',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kenia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Passions Conflict',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kablammo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacques Francois Shadow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Oval',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fascinate Inline',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Long Cang',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Liu Jian Mao Cao',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu TAS Beginner',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Akatab',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Meie Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stalemate',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu AU VIC WA NT Hand',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gentium Plus',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Genos',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Mega',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bruno Ace SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Girassol',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiny5',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Offside',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Cut',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu VIC WA NT Beginner',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playpen Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Paprika',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tilt Prism',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Waterfall',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Text Me One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Farsan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Underdog',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gulzar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Tokyo Zoo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Miltonian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'New Rocker',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nova Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Risque',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'M PLUS 1 Code',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Doodle Shadow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stoke',
		'variants'   => array( '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Moonrocks',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Donegal One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kumar One Outline',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Licorice',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Engagement',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Festive',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Comforter',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sono',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Spirax',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kaisei HarunoUmi',
		'variants'   => array( '400', '500', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'New Tegomin',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Beau Rivage',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee Spice',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Trykker',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Trispace',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bilbo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Solitreo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jolly Lodger',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stint Ultra Condensed',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mingzat',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sree Krushnadevaraya',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Keania One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anta',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Margarine',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sarina',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Protest Revolution',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'GFS Neohellenic',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dorsa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'SUSE',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grenze',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Imperial Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Almendra SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poltawski Nowy',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Milonga',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lacquer',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Telugu',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Benne',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ysabeau SC',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fustat',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cherry Bomb One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cagliostro',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Londrina Shadow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Port Lligat Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Big Shoulders Stencil Text',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Galdeano',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hubballi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kavoon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tac One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kotta One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shippori Antique B1',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'New Amsterdam',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marko One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Glagolitic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Praise',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ruluko',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Symbols 2',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Content',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Qahiri',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sedan SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Koh Santepheap',
		'variants'   => array( '100', '300', '400', '700', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kirang Haerang',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chathura',
		'variants'   => array( '100', '300', '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ga Maamli',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Autour One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dangrek',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Honk',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite CU',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yaldevi',
		'variants'   => array( '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BIZ UDMincho',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aoboshi One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Junge',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fasthand',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bubbler One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Buda',
		'variants'   => array( '300' ),
		'defVariant' => '300',
	),
	array(
		'family'     => 'Englebert',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Gujarati',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stint Ultra Expanded',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacquard 12',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacques Francois',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cairo Play',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bigelow Rules',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee Outline',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Linden Hill',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Smooch Sans',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mynerve',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Smokum',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Math',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bruno Ace',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Luxurious Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inika',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Peddana',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shalimar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Wet Paint',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gwendolyn',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lugrasimo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Blaka',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Telugu',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans Thai Looped',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Neonderthaw',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Piedra',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Joti One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Glass Antiqua',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tulpen One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite US Trad',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Londrina Sketch',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode EAN13 Text',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Joan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lavishly Yours',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Condiment',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sahitya',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tourney',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Climate Crisis',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gidugu',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gentium Book Plus',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lancelot',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Romanesco',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lumanosimo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Truculenta',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Armenian',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Marhey',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Felipa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fascinate',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Griffy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chilanka',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Water Brush',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Babylonica',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yeon Sung',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mrs Sheppards',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Gothic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Elsie Swash Caps',
		'variants'   => array( '400', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Kannada',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Moderustic',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Federant',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Phudu',
		'variants'   => array( '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Poor Story',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Gurmukhi',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite DE Grund',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kumar One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Funnel Display',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Kannada',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Libre Barcode 39 Extended',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Big Shoulders Stencil Display',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lexend Tera',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Lao',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ravi Prakash',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bahiana',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ranga',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Glitch',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Finlandica',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sixtyfour Convergence',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dhurjati',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Metal',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ysabeau Infant',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Devanagari Marathi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ysabeau',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chenla',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bona Nova SC',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Osmanya',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arbutus',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Flow Rounded',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Revalia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Encode Sans SC',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sometype Mono',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reddit Sans Condensed',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bonheur Royale',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Preahvihear',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Odor Mean Chey',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Trochut',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Stalinist One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Hebrew',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sirin Stencil',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Anatolian Hieroglyphs',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Galindo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inclusive Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Snippet',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Telugu',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu AU VIC WA NT Pre',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Glitch Pop',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Samaritan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Molle',
		'variants'   => array(),
		'defVariant' => 'italic',
	),
	array(
		'family'     => 'Alumni Sans Inline One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Erica One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Labrada',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ballet',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Diplomata SC',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gideon Roman',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wellfleet',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Princess Sofia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Flavors',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dr Sugiyama',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lakki Reddy',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Big Shoulders Inline Text',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Amiri Quran',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Luxurious Roman',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'IBM Plex Sans Devanagari',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Foldit',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacquard 24',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Freeman',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Single Day',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alumni Sans Pinstripe',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Updock',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Distressed',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Comme',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Oriya',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Castoro Titling',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Iso',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Victor Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hanalei Fill',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mea Culpa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Caramel',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Tamil',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Butterfly Kids',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Plaster',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oldenburg',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Siemreap',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mona Sans',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Mr Bedfort',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Teachers',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Uchen',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Devanagari Sanskrit',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Almendra Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Geist Mono',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jim Nightshade',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bokor',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grey Qo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Adlam',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacquarda Bastarda 9',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bagel Fat One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tangsa',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aref Ruqaa Ink',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Balinese',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Khojki',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Emblema One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'BioRhyme Expanded',
		'variants'   => array( '200', '300', '400', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Aubrey',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Love Light',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 20',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Syloti Nagri',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Diplomata',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Langar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Miss Fajardose',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Butcherman',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fruktur',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hedvig Letters Serif',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 20 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Funnel Sans',
		'variants'   => array( '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sevillana',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reem Kufi Fun',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Fleur De Leah',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yuji Boku',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Anek Odia',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Beastly',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Darumadrop One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 15',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Orbit',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Inspiration',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Explora',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Sora Sompeng',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Beiruti',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Arsenal SC',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hubot Sans',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Send Flowers',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Big Shoulders Inline Display',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Reem Kufi Ink',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Combo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sigmar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Passero One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Purple Purse',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Devonshire',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bacasime Antique',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Lao',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wittgenstein',
		'variants'   => array( '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Doodle Triangles',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Sinhala',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yuji Mai',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Syriac Eastern',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Alumni Sans Collegiate One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nuosu SIL',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Oi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'M PLUS Code Latin',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Tamil',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bonbon',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sedan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cactus Classical Serif',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Splash',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tapestry',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tsukimi Rounded',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Geostar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Tibetan',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bahianita',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Nabla',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kalnia Glaze',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Workbench',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Diphylleia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Vinyl',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Konkhmer Sleokchher',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ruge Boogie',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 25',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Zen Loop',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Music',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Petemoss',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hedvig Letters Sans',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Coptic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tai Heritage Pro',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Island Moments',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jaro',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Rashi Hebrew',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sixtyfour',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Moulpali',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite IS',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Javanese',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Cherokee',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Gujarati',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'My Soul',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Suravaram',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Taprom',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Twinkle Star',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Vibes',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Myanmar',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Protest Guerrilla',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'LXGW WenKai TC',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 10',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Spray Paint',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Dai Banna SIL',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Snowburst One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Karla Tamil Upright',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sassy Frass',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Chokokutai',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite ES',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu QLD Beginner',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kolker Brush',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Bungee Tint',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu AU VIC WA NT Dots',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Palette Mosaic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Karla Tamil Inclined',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Moirai One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tagalog',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Canadian Aboriginal',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Shizuru',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mongolian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Cypro Minoan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AR',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Kannada',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Nandinagari',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite FR Moderne',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Redacted Script',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif NP Hmong',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Ethiopic',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik 80s Fade',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite BE VLG',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rock 3D',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ruwudu',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Egyptian Hieroglyphs',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Tangut',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Tiro Gurmukhi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Matemasie',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Moo Lah Lah',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Traditional Nushu',
		'variants'   => array( '300', '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Edu AU VIC WA NT Guides',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old Hungarian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Hanalei',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old Persian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Sankofa Display',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Danfo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite MX',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Geostar Fill',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Carian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grechen Fuemen',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Sharada',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jaini',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lunasima',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kings',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AU NSW',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Estonia',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ingrid Darling',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Hanunoo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite NL',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Elbasan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Gemstones',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite HR',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite US Modern',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Cherish',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Flow Block',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'LXGW WenKai Mono TC',
		'variants'   => array( '300', '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacquard 12 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ojuju',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AU SA',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ole',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Warnes',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Thaana',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Puddles',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Syne Tactile',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Are You Serious',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Toto',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Burned',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Annapurna SIL',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Grandiflora One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Yezidi',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Gajraj One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Vithkuqi',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Blaka Hollow',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Namdhinggo',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Marker Hatch',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AU VIC',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Slackside One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite SK',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Vai',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans New Tai Lue',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Bamum',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Khitan Small Script',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old Italic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Pixels',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite NG Modern',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tai Viet',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Avestan',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Puppies Play',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Chorasmian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Blaka Ink',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite ZA',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old North Arabian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite DK Uloopet',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Maps',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Imperial Aramaic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite NZ',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Microbe',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AT',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite GB J',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Deseret',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Kay Pho Du',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Lisu Bosa',
		'variants'   => array( '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Khojki',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite DK Loopet',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Newa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yuji Hentaigana Akari',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Grantha',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Marchen',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Ahom',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite PE',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite IT Moderna',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite PT',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Vithkuqi',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Ubuntu Sans Mono',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Adlam Unjoined',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite PL',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tifinagh',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Ottoman Siyaq',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Miao',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite CZ',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Balinese',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AU TAS',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite HU',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Medefaidrin',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Nag Mundari',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Batak',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Gurmukhi',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Cham',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Storm',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Ol Chiki',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Sundanese',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite BE WAL',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite HR Lijeva',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite CL',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Indic Siyaq Numbers',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Maname',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Broken Fax',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Warang Citi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite CO',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Grantha',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Yi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite NO',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Kawi',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old Turkic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tagbanwa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite AU QLD',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Wavefont',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mro',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Linefont',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Maze',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Makasar',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite ES Deco',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Lisu',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Narnoor',
		'variants'   => array( '400', '500', '600', '700', '800' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Inscriptional Pahlavi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tai Tham',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old Permic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Old Uyghur',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite IE',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Osage',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans NKo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Brahmi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite CA',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Duployan',
		'variants'   => array( '400', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Multani',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tamil Supplement',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite DE VA',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Serif Dogra',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 10 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacquard 24 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Phoenician',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Cuneiform',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Inscriptional Parthian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Znamenny Musical Notation',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 15 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Lydian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Padyakke Expanded One',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tai Le',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Rubik Lines',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite VN',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Buginese',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite RO',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Rejang',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite DE LA',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Chakma',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite FR Trad',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Bassa Vah',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Takri',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite TZ',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jaini Purva',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jersey 25 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Nabataean',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Palmyrene',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite BR',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old South Arabian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite IN',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite DE SAS',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Runic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mayan Numerals',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite ID',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Lepcha',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Kharoshthi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Zanabazar Square',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Wancho',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Playwrite IT Trad',
		'variants'   => array( '100', '200', '300', '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Hanifi Rohingya',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Micro 5 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Limbu',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yuji Hentaigana Akebono',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Pahawh Hmong',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Linear A',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Lycian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Psalter Pahlavi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Kayah Li',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mandaic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Phags Pa',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Modi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Ogham',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Syriac',
		'variants'   => array( '100', '200', '300', '400', '500', '600', '700', '800', '900' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Caucasian Albanian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Linear B',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Cypriot',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Saurashtra',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Gunjala Gondi',
		'variants'   => array( '400', '500', '600', '700' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Elymaic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Jacquarda Bastarda 9 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Nushu',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Shavian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Sogdian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Old Sogdian',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Manichaean',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mahajani',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Pau Cin Hau',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Siddham',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Mende Kikakui',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Khudawadi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Soyombo',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Kaithi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans SignWriting',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Masaram Gondi',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Tirhuta',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Bhaiksuki',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Hatran',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Meroitic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Noto Sans Ugaritic',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yarndings 12',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yarndings 20',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yarndings 12 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
	array(
		'family'     => 'Yarndings 20 Charted',
		'variants'   => array( '400' ),
		'defVariant' => '400',
	),
);
