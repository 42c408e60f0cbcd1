package dev.frontline.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cents in, whole currency units out. */
final class Money {

    private Money() {
    }

    static BigDecimal of(long cents) {
        return BigDecimal.valueOf(cents, 2).setScale(0, RoundingMode.HALF_UP);
    }

    static BigDecimal exact(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
