package dev.frontline.people;

import dev.frontline.shared.InvalidInput;
import java.util.Locale;

/** Where the manager's own words go: pinned beside strengths or weaknesses, or a comment on motivations or aspirations. */
public enum Topic {
    STRENGTHS, WEAKNESSES, MOTIVATIONS, ASPIRATIONS;

    /** Parses {@code strengths}, {@code weaknesses}, {@code motivations} or {@code aspirations} in any case. */
    public static Topic parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("topic", "'" + text + "' is not a topic: use strengths, weaknesses, motivations or aspirations");
        }
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
