<?php

		$array = [
			'500px'          => [
				'value' => '500px',
				'label' => '500px',
				'color' => '#0099e5',
			],
			'amazon'         => [
				'value' => 'amazon',
				'label' => 'Amazon',
				'color' => '#FF9900',
			],
			'android'        => [
				'value' => 'android',
				'label' => 'Android',
				'color' => '#3DDC84', // updated
			],
			'angellist'      => [
				'value' => 'angellist',
				'label' => 'AngelList',
				'color' => '#000000',
			],
			'apple'          => [
				'value' => 'apple',
				'label' => 'Apple',
				'color' => '#000000',
			],
			'bandcamp'       => [
				'value' => 'bandcamp',
				'label' => 'Bandcamp',
				'color' => '#629aa9',
			],
			'behance'        => [
				'value' => 'behance',
				'label' => 'Behance',
				'color' => '#1769FF',
			],
			'blogger'        => [
				'value' => 'blogger',
				'label' => 'Blogger',
				'color' => '#fc4f08',
			],
			'codepen'        => [
				'value' => 'codepen',
				'label' => 'CodePen',
				'color' => '#000000',
			],
			'delicious'      => [
				'value' => 'delicious',
				'label' => 'Delicious',
				'color' => '#3399ff',
			],
			'deviantart'     => [
				'value' => 'deviantart',
				'label' => 'DeviantArt',
				'color' => '#05cc47',
			],
			'digg'           => [
				'value' => 'digg',
				'label' => 'Digg',
				'color' => '#000000',
			],
			'dribbble'       => [
				'value' => 'dribbble',
				'label' => 'Dribbble',
				'color' => '#ea4c89',
			],
			'dropbox'        => [
				'value' => 'dropbox',
				'label' => 'Dropbox',
				'color' => '#007ee5',
			],
			'etsy'           => [
				'value' => 'etsy',
				'label' => 'Etsy',
				'color' => '#f2581e',
			],
			'facebook'       => [
				'value' => 'facebook',
				'label' => 'Facebook',
				'color' => '#1877F3', // updated
			],
			'flickr'         => [
				'value' => 'flickr',
				'label' => 'Flickr',
				'color' => '#FF0084', // updated
			],
			'foursquare'     => [
				'value' => 'foursquare',
				'label' => 'Foursquare',
				'color' => '#0072b1',
			],
			'github'         => [
				'value' => 'github',
				'label' => 'GitHub',
				'color' => '#181717', // updated
			],
			'gitlab'         => [
				'value' => 'gitlab',
				'label' => 'GitLab',
				'color' => '#fc6d26',
			],
			'google'         => [
				'value' => 'google',
				'label' => 'Google',
				'color' => '#4285F4',
			],
			'google-plus'    => [
				'value' => 'google-plus',
				'label' => 'Google+',
				'color' => '#dd4b39',
			],
			'hacker-news'    => [
				'value' => 'hacker-news',
				'label' => 'Hacker News',
				'color' => '#f60',
			],
			'houzz'          => [
				'value' => 'houzz',
				'label' => 'Houzz',
				'color' => '#7ac142',
			],
			'instagram'      => [
				'value' => 'instagram',
				'label' => 'Instagram',
				'color' => '#EE2A7B', // updated
			],
			'jsfiddle'       => [
				'value' => 'jsfiddle',
				'label' => 'JSFiddle',
				'color' => '#000000',
			],
			'lastfm'         => [
				'value' => 'lastfm',
				'label' => 'Last.fm',
				'color' => '#d51007',
			],
			'linkedin'       => [
				'value' => 'linkedin',
				'label' => 'LinkedIn',
				'color' => '#0A66C2', // updated
			],
			'medium'         => [
				'value' => 'medium',
				'label' => 'Medium',
				'color' => '#171717', // updated
			],
			'meetup'         => [
				'value' => 'meetup',
				'label' => 'Meetup',
				'color' => '#e51937',
			],
			'mixcloud'       => [
				'value' => 'mixcloud',
				'label' => 'Mixcloud',
				'color' => '#3f51b5',
			],
			'odnoklassniki'  => [
				'value' => 'odnoklassniki',
				'label' => 'Odnoklassniki',
				'color' => '#f4731c',
			],
			'pinterest'      => [
				'value' => 'pinterest',
				'label' => 'Pinterest',
				'color' => '#E60023', // updated
			],
			'product-hunt'   => [
				'value' => 'product-hunt',
				'label' => 'Product Hunt',
				'color' => '#da552f',
			],
			'reddit'         => [
				'value' => 'reddit',
				'label' => 'Reddit',
				'color' => '#ff4500',
			],
			'skype'          => [
				'value' => 'skype',
				'label' => 'Skype',
				'color' => '#00aff0',
			],
			'slack'          => [
				'value' => 'slack',
				'label' => 'Slack',
				'color' => '#611F69', // updated
			],
			'slideshare'     => [
				'value' => 'slideshare',
				'label' => 'SlideShare',
				'color' => '#0077b5',
			],
			'snapchat'       => [
				'value' => 'snapchat',
				'label' => 'Snapchat',
				'color' => '#FFFC00',
			],
			'soundcloud'     => [
				'value' => 'soundcloud',
				'label' => 'SoundCloud',
				'color' => '#ff8800',
			],
			'spotify'        => [
				'value' => 'spotify',
				'label' => 'Spotify',
				'color' => '#1ed760',
			],
			'stack-overflow' => [
				'value' => 'stack-overflow',
				'label' => 'Stack Overflow',
				'color' => '#f48024',
			],
			'steam'          => [
				'value' => 'steam',
				'label' => 'Steam',
				'color' => '#c6c3c1',
			],
			'stumbleupon'    => [
				'value' => 'stumbleupon',
				'label' => 'StumbleUpon',
				'color' => '#eb4924',
			],
			'telegram'       => [
				'value' => 'telegram',
				'label' => 'Telegram',
				'color' => '#0088cc',
			],
			'tumblr'         => [
				'value' => 'tumblr',
				'label' => 'Tumblr',
				'color' => '#32506d',
			],
			'twitch'         => [
				'value' => 'twitch',
				'label' => 'Twitch',
				'color' => '#6441a5',
			],
			'twitter'        => [
				'value' => 'twitter',
				'label' => 'Twitter',
				'color' => '#000000',
			],
			'x'              => [
				'value' => 'x',
				'label' => 'X',
				'color' => '#000000',
			],
			'vimeo'          => [
				'value' => 'vimeo',
				'label' => 'Vimeo',
				'color' => '#1ab7ea',
			],
			'vk'             => [
				'value' => 'vk',
				'label' => 'VK',
				'color' => '#45668e',
			],
			'weibo'          => [
				'value' => 'weibo',
				'label' => 'Weibo',
				'color' => '#e6162d',
			],
			'whatsapp'       => [
				'value' => 'whatsapp',
				'label' => 'WhatsApp',
				'color' => '#25D366',
			],
			'wordpress'      => [
				'value' => 'wordpress',
				'label' => 'WordPress',
				'color' => '#21759b',
			],
			'xing'           => [
				'value' => 'xing',
				'label' => 'Xing',
				'color' => '#026466',
			],
			'yahoo'          => [
				'value' => 'yahoo',
				'label' => 'Yahoo',
				'color' => '#720e9e',
			],
			'yelp'           => [
				'value' => 'yelp',
				'label' => 'Yelp',
				'color' => '#af0606',
			],
			'youtube'        => [
				'value' => 'youtube',
				'label' => 'YouTube',
				'color' => '#FF0000', // updated
			],
		];

		return $array;
