package dev.frontline.imports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ways CRM exports and spreadsheets write a date, each with or without a time after it ({@code 10:00},
 * {@code 08:55 PM}, {@code T10:00:00.000Z}, a zone), of which the date is taken as written. A column's format is the
 * one that reads all its values ({@link DateColumns}); {@code 03/04/24} alone could be several, and then the admin
 * says which. Two-digit years follow POSIX: 69–99 are 1969–1999, 00–68 are 2000–2068.
 */
public enum DateFormat {

    ISO("YYYY-MM-DD", "(\\d{4})-(\\d{1,2})-(\\d{1,2})", 1, 2, 3),
    YMD_SLASH("YYYY/MM/DD", "(\\d{4})/(\\d{1,2})/(\\d{1,2})", 1, 2, 3),
    MDY("MM/DD/YYYY", "(\\d{1,2})/(\\d{1,2})/(\\d{4})", 3, 1, 2),
    MDY_SHORT("MM/DD/YY", "(\\d{1,2})/(\\d{1,2})/(\\d{2})", 3, 1, 2),
    DMY("DD/MM/YYYY", "(\\d{1,2})/(\\d{1,2})/(\\d{4})", 3, 2, 1),
    DMY_SHORT("DD/MM/YY", "(\\d{1,2})/(\\d{1,2})/(\\d{2})", 3, 2, 1),
    DMY_DOT("DD.MM.YYYY", "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})", 3, 2, 1),
    DMY_DOT_SHORT("DD.MM.YY", "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})", 3, 2, 1);

    private static final String TIME = "(?:(?:[T ]|,? )(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})"
            + "(?:[.,]\\d+)?)?\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?)?"
            + "\\s*(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]{2,5})?)?";

    private final String label;
    private final Pattern pattern;
    private final int year;
    private final int month;
    private final int day;

    DateFormat(String label, String date, int year, int month, int day) {
        this.label = label;
        this.pattern = Pattern.compile(date + TIME);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** How the format is named to people and in a mapping ({@code "DD/MM/YY"}). */
    public String label() {
        return label;
    }

    /** The format a mapping names by its label (ignoring case), if any. */
    public static Optional<DateFormat> ofLabel(String label) {
        for (DateFormat f : values()) {
            if (f.label.equalsIgnoreCase(label.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The formats that read the value as a real date. */
    public static Set<DateFormat> possible(String value) {
        Set<DateFormat> formats = EnumSet.noneOf(DateFormat.class);
        for (DateFormat f : values()) {
            if (f.parse(value) != null) {
                formats.add(f);
            }
        }
        return formats;
    }

    /**
     * The moment this format reads in the value, or null when it does not read it: its time (midnight when it has
     * none) in its zone — {@code Z}, an offset, {@code UTC} or {@code GMT} — else in {@code zone}.
     */
    public java.time.@Nullable Instant instant(String value, java.time.ZoneId zone) {
        Matcher m = pattern.matcher(value.trim());
        LocalDate date = m.matches() ? date(m) : null;
        if (date == null) {
            return null;
        }
        int hour = m.group("hour") == null ? 0 : Integer.parseInt(m.group("hour"));
        int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        String ampm = m.group("ampm");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        java.time.LocalDateTime local = date.atTime(hour, minute, second);
        String offset = m.group("zone");
        java.time.ZoneId in = zone;
        if (offset != null && (offset.equals("Z") || offset.equalsIgnoreCase("UTC") || offset.equalsIgnoreCase("GMT"))) {
            in = java.time.ZoneOffset.UTC;
        } else if (offset != null && (offset.startsWith("+") || offset.startsWith("-"))) {
            String digits = offset.replace(":", "");
            in = java.time.ZoneOffset.of(digits.length() == 3 ? digits : digits.substring(0, 3) + ":"
                    + digits.substring(3));
        }
        return local.atZone(in).toInstant();
    }

    /** The date this format reads in the value, or null when it does not read it. */
    public @Nullable LocalDate parse(String value) {
        Matcher m = pattern.matcher(value.trim());
        return m.matches() ? date(m) : null;
    }

    private @Nullable LocalDate date(Matcher m) {
        String y = m.group(year);
        int yearValue = Integer.parseInt(y);
        if (y.length() == 2) {
            yearValue += yearValue >= 69 ? 1900 : 2000;
        }
        try {
            return LocalDate.of(yearValue, Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
