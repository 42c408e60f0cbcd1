package dev.frontline.coaching;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a 1:1 stands. A meeting counts as held only once the rep or the manager records it as held; a scheduled
 * meeting whose time has passed is waiting to be recorded ("did it happen?").
 */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED;

    public static @Nullable MeetingStatus parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
