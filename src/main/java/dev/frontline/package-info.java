/**
 * Frontline: the system for first-line sales managers. Each sub-package is an application module.
 */
package dev.frontline;
