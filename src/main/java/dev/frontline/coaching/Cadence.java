package dev.frontline.coaching;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How often a rep meets their manager one to one. */
public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY;

    /** The occurrence {@code n} steps after the first (n = 0 is the first), in the first one's time zone. */
    public ZonedDateTime occurrence(ZonedDateTime first, int n) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(n);
            case BIWEEKLY -> first.plusWeeks(2L * n);
            case MONTHLY -> first.plusMonths(n);
        };
    }

    /** The day by which the next 1:1 is due after one held on {@code last}. */
    public LocalDate dueAfter(LocalDate last) {
        return switch (this) {
            case WEEKLY -> last.plusWeeks(1);
            case BIWEEKLY -> last.plusWeeks(2);
            case MONTHLY -> last.plusMonths(1);
        };
    }

    public String label() {
        return switch (this) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every two weeks";
            case MONTHLY -> "Monthly";
        };
    }

    /** Parses {@code weekly}, {@code biweekly} (or {@code every two weeks}) and {@code monthly} in any case. */
    public static @Nullable Cadence parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "WEEKLY" -> WEEKLY;
            case "BIWEEKLY", "EVERY_TWO_WEEKS", "FORTNIGHTLY" -> BIWEEKLY;
            case "MONTHLY" -> MONTHLY;
            default -> null;
        };
    }
}
