package dev.frontline.system;

/**
 * Whether Frontline runs as a demo: on by default on the embedded database, off on an external one;
 * {@code FRONTLINE_DEMO=true|false} decides either way.
 */
public record DemoMode(boolean on) {
}
