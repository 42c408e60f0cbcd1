package dev.frontline.organization;

/** One line of a team file: a rep, the manager they report to and the office, all by name. */
public record RosterLine(String rep, String manager, String office) {
}
