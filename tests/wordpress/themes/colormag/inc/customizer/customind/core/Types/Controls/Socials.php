<?php
/**
 * Socials class.
 */
namespace Customind\Core\Types\Controls;

/**
 * Sortable control class.
 */
class Socials extends AbstractControl {

	/**
	 * {@inheritDoc}
	 */
	public $type = 'customind-socials';
}
