package dev.frontline.imports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How CRM exports write dates, amounts and ids. Dates: ISO {@code 2026-03-04}, Salesforce's US report format
 * {@code 3/4/2026}, and date-times in either ({@code 2026-03-04T10:00:00.000Z}, {@code 2026-03-04 10:00},
 * {@code 3/4/2026 10:00 AM}) of which the date is taken as written. Amounts: {@code 1234.5}, {@code 1,234.50},
 * {@code $1,234.50}, {@code USD 1,234.50}; kept to the cent.
 */
final class CrmValues {

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp][Mm])?"
            + "\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{2,5})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME);
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);
    private static final Pattern AMOUNT = Pattern.compile(
            "(-)?(?:[A-Za-z]{3}\\s?)?[$€£]?\\s?(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?[A-Za-z]{3})?");
    private static final Pattern SALESFORCE_ID_15 = Pattern.compile("[a-zA-Z0-9]{15}");
    private static final String ID_SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private CrmValues() {
    }

    /** The date a CRM value names, or empty when it is not a date in a format CRM exports use. */
    static Optional<LocalDate> date(String text) {
        String value = text.trim();
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher us = US.matcher(value);
        if (us.matches()) {
            return date(us.group(3), us.group(1), us.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The amount a CRM value names, rounded to the cent, or empty when it is not a number. */
    static Optional<BigDecimal> amount(String text) {
        Matcher m = AMOUNT.matcher(text.trim());
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            return Optional.empty();
        }
        String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
        BigDecimal amount = new BigDecimal(digits);
        if (amount.scale() > 2) {
            amount = amount.setScale(2, RoundingMode.HALF_UP);
        }
        return Optional.of(m.group(1) != null || m.group(2) != null ? amount.negate() : amount);
    }

    /**
     * A Salesforce record id in its 18-character form: reports show the 15-character, case-sensitive id, data
     * exports the 18-character one that appends a checksum of the letters' case. Other values are returned as
     * they are.
     */
    static String salesforceId(String id) {
        if (!SALESFORCE_ID_15.matcher(id).matches()) {
            return id;
        }
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(ID_SUFFIX_CHARS.charAt(bits));
        }
        return id + suffix;
    }
}
