package dev.frontline.organization;

/** A regional office. */
public record Region(long id, String name) {
}
