package dev.frontline.organization;

/** A rep left: they drop out of current rosters; their deals stay. Their login is disabled once this commits. */
public record RepDeactivated(long personId) {
}
