package dev.frontline.coaching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A span of days, both ends included. */
public record Window(LocalDate from, LocalDate to) {

    public Window {
        if (to.isBefore(from)) {
            throw new dev.frontline.shared.InvalidInput("to", "A window ends on or after it starts: " + from + " to " + to);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The window of the same length that ends the day before this one starts. */
    public Window before() {
        return new Window(from.minusDays(days()), from.minusDays(1));
    }
}
