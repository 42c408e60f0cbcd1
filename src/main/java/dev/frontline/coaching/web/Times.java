package dev.frontline.coaching.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How coaching pages write times: in the viewer's zone, relative to now where that reads better. {@code today} is
 * the viewer's, as {@code FiscalCalendar.today(scope)} gives it.
 */
public record Times(ZoneId zone, Instant now, LocalDate today) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    public String dayOf(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    public String shortDay(@Nullable LocalDate day) {
        return day == null ? "—" : SHORT.format(day);
    }

    /** The value of a {@code datetime-local} input. */
    public String input(Instant at) {
        return INPUT.format(at.atZone(zone));
    }

    /** "today", "in 3 days", "5 days ago". */
    public String relative(Instant at) {
        long days = ChronoUnit.DAYS.between(today(), at.atZone(zone).toLocalDate());
        return days == 0 ? "today" : days == 1 ? "tomorrow" : days == -1 ? "yesterday"
                : days > 0 ? "in " + days + " days" : -days + " days ago";
    }

    public boolean past(Instant at) {
        return !at.isAfter(now);
    }

    /** Whether the day of {@code at} has come: a 1:1 is recorded as held from its own day on. */
    public boolean dayCome(Instant at) {
        return !at.atZone(zone).toLocalDate().isAfter(today);
    }

    /** "1 Jan – 27 Nov 2026". */
    public String span(LocalDate from, LocalDate to) {
        return (from.getYear() == to.getYear() ? SHORT.format(from) : DAY_SHORT.format(from)) + " – " + DAY_SHORT.format(to);
    }

    public String zoneName() {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
