package dev.frontline.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Data that figures are computed from changed: published by the module that changed it, inside the transaction
 * that changes it. Caches of computed figures (forecasts, scopes, settings) key their entries by the version of
 * the subjects they read ({@code system.DataVersions}), so an entry computed before the change is never served
 * after it commits — on this node at once, on every other node as soon as the database tells it.
 *
 * @param subjects what changed: {@link #person} (a person's deals and records), {@link #team} (a team's quotas,
 *                 calls and settings), {@link #ORGANIZATION} (who is in which team and office, who manages whom),
 *                 {@link #SETTINGS} (Frontline-wide settings) or {@link #EVERYTHING}
 */
public record DataChanged(Set<String> subjects) {

    public static final String ORGANIZATION = "organization";
    public static final String SETTINGS = "settings";
    public static final String EVERYTHING = "*";

    public DataChanged {
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("Say what changed");
        }
        subjects = Set.copyOf(subjects);
    }

    public static String person(long personId) {
        return "person:" + personId;
    }

    public static String team(long teamId) {
        return "team:" + teamId;
    }

    /** The deals (or other records) of these people changed. */
    public static DataChanged people(Collection<Long> personIds) {
        return new DataChanged(personIds.stream().map(DataChanged::person).collect(Collectors.toSet()));
    }

    /** A team's own data (its quotas, its forecast calls, its categories) changed. */
    public static DataChanged teams(Collection<Long> teamIds) {
        return new DataChanged(teamIds.stream().map(DataChanged::team).collect(Collectors.toSet()));
    }

    public static DataChanged organization() {
        return new DataChanged(Set.of(ORGANIZATION));
    }

    public static DataChanged settings() {
        return new DataChanged(Set.of(SETTINGS));
    }

    public static DataChanged everything() {
        return new DataChanged(Set.of(EVERYTHING));
    }

    /** This change and that one. */
    public DataChanged and(DataChanged other) {
        Set<String> both = new LinkedHashSet<>(subjects);
        both.addAll(other.subjects);
        return new DataChanged(both);
    }
}
