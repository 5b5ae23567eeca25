<?php
/**
 * Sortable class.
 */
namespace Customind\Core\Types\Controls;

/**
 * Sortable control class.
 */
class Sortable extends AbstractControl {

	/**
	 * {@inheritDoc}
	 */
	public $type = 'customind-sortable';
}
