<?php return array('dependencies' => array(), 'version' => '8b4cabf5d14f1f64f94a');
