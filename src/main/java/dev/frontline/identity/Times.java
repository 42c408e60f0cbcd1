package dev.frontline.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the identity pages write a moment: in UTC, to the minute. */
public final class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String when(@Nullable Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }
}
