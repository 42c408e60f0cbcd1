package dev.frontline.imports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How CRM exports write amounts and ids (dates: {@link DateFormat}). Amounts: {@code 1234.5}, {@code 1,234.50},
 * {@code $1,234.50}, {@code USD 1,234.50}; kept to the cent.
 */
final class CrmValues {

    private static final Pattern AMOUNT = Pattern.compile(
            "(-)?(?:[A-Za-z]{3}\\s?)?[$€£]?\\s?(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?[A-Za-z]{3})?");
    /** An amount written with a decimal comma: {@code 1.234,50}, {@code 1 234,50}, {@code 1234,50 €}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "(-)?(?:[A-Za-z]{3}\\s?)?[$€£]?\\s?(-)?(\\d{1,3}(?:[. \u00A0\u202F']\\d{3})+|\\d+)(,\\d+)?"
                    + "(?:\\s?(?:[A-Za-z]{3}|[$€£]))?");
    private static final Pattern SALESFORCE_ID_15 = Pattern.compile("[a-zA-Z0-9]{15}");
    private static final String ID_SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private CrmValues() {
    }

    /**
     * The amount a CRM value names, rounded to the cent, or empty when it is not a number. In a file whose numbers
     * are written with a decimal comma (Excel's CSV where the list separator is a semicolon), a value with a comma
     * or with dots grouping thousands ({@code 1.234}) is read that way; one with a single decimal point
     * ({@code 1234.50}) as written.
     */
    static Optional<BigDecimal> amount(String text, boolean decimalComma) {
        String value = text.trim();
        if (decimalComma) {
            Matcher eu = DECIMAL_COMMA.matcher(value);
            if (eu.matches() && (eu.group(4) != null || !eu.group(3).chars().allMatch(Character::isDigit))
                    && !(eu.group(1) != null && eu.group(2) != null)) {
                String digits = eu.group(3).replaceAll("[^0-9]", "")
                        + (eu.group(4) == null ? "" : "." + eu.group(4).substring(1));
                return Optional.of(rounded(new BigDecimal(digits), eu.group(1) != null || eu.group(2) != null));
            }
        }
        Matcher m = AMOUNT.matcher(value);
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            return Optional.empty();
        }
        String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
        return Optional.of(rounded(new BigDecimal(digits), m.group(1) != null || m.group(2) != null));
    }

    private static BigDecimal rounded(BigDecimal amount, boolean negative) {
        BigDecimal cents = amount.scale() > 2 ? amount.setScale(2, RoundingMode.HALF_UP) : amount;
        return negative ? cents.negate() : cents;
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
