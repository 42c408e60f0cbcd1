package dev.frontline.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How pages write numbers, money and dates. */
public final class Fmt {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Fmt() {
    }

    public static String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    public static String percent(@Nullable BigDecimal pct) {
        return pct == null ? "—" : pct.stripTrailingZeros().toPlainString() + "%";
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String period(Object period) {
        return period.toString();
    }
}
