package dev.frontline.coaching;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who carries an action item: the rep or their manager. */
public enum Owner {
    REP, MANAGER;

    public static @Nullable Owner parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String label() {
        return this == REP ? "Rep" : "Manager";
    }
}
