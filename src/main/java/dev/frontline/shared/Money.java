package dev.frontline.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in the one bounded form Frontline keeps: cents, and at most {@link #MAX} either way (the
 * database's {@code numeric(14, 2)}). Every amount that comes in — a quota, a call, a plan target, an imported
 * close value — passes through here, so an amount too large, too precise to mean anything, or not a number is
 * answered as invalid input naming its field, never stored as something else and never a server error.
 *
 * <p>More than two decimals are rounded to the cent (half up). The check on size happens before any arithmetic,
 * so that {@code 1E+999999999} costs nothing.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** The largest amount Frontline keeps: 999,999,999,999.99. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final int MAX_INTEGER_DIGITS = 12;
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d{1,40}(\\.\\d{1,40})?");

    public Money {
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInput("amount", "must be at most " + MAX.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        if (amount.abs().compareTo(MAX) > 0) {
            throw new InvalidInput("amount", "must be at most " + MAX.toPlainString());
        }
    }

    /** JSON numbers (and numeric strings) become money; the field is named by the JSON path in the answer. */
    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** The amount, or {@link InvalidInput} naming {@code field} when it is out of bounds. */
    public static Money of(String field, BigDecimal amount) {
        try {
            return new Money(amount);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "must be at most " + MAX.toPlainString() + ", not " + Echo.of(amount));
        }
    }

    /** The amount, if any; {@code null} stays {@code null}. */
    public static @Nullable Money ofNullable(String field, @Nullable BigDecimal amount) {
        return amount == null ? null : of(field, amount);
    }

    /**
     * A plain decimal as people type it ({@code 1234.5}, thousands separators and a leading {@code $} allowed) or
     * {@link InvalidInput} naming {@code field}.
     */
    public static Money parse(String field, String text) {
        String plain = text.trim().replace(",", "").replaceFirst("^\\$", "").trim();
        if (!PLAIN.matcher(plain).matches()) {
            throw new InvalidInput(field, Echo.quote(text) + " is not an amount (such as 1234.50)");
        }
        return of(field, new BigDecimal(plain));
    }

    /** Whether the value is within the bounds, before anything is computed with it. */
    public static boolean fits(BigDecimal amount) {
        return amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS
                && amount.setScale(2, RoundingMode.HALF_UP).abs().compareTo(MAX) <= 0;
    }

    @JsonValue
    public BigDecimal amount() {
        return amount;
    }

    public boolean negative() {
        return amount.signum() < 0;
    }

    /** Requires zero or more, else {@link InvalidInput} naming {@code field}. */
    public Money requireNotNegative(String field) {
        if (negative()) {
            throw new InvalidInput(field, "must be zero or more, not " + amount.toPlainString());
        }
        return this;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** In US dollars with cents, as the pages show an exact amount: {@code $1,234.50}. */
    @Override
    public String toString() {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }
}
