<?php return array('dependencies' => array('jquery', 'lodash', 'wp-hooks'), 'version' => 'd70be6953e81d6817a10');
