package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void writesMoneyAndCountsAsEnglishNumberFormatsDo() {
        java.text.NumberFormat currency = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US);
        currency.setMaximumFractionDigits(0);
        java.text.NumberFormat integer = java.text.NumberFormat.getIntegerInstance(java.util.Locale.US);
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        for (int i = 0; i < 5_000; i++) {
            long cents = random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L) / (1L << random.nextInt(40));
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            assertThat(Fmt.money(amount)).as(amount.toPlainString())
                    .isEqualTo(currency.format(amount.setScale(0, java.math.RoundingMode.HALF_UP)));
            assertThat(Fmt.count(cents)).isEqualTo(integer.format(cents));
        }
        assertThat(Fmt.money(new BigDecimal("999.5"))).isEqualTo("$1,000");
        assertThat(Fmt.money(new BigDecimal("-0.4"))).isEqualTo(currency.format(BigDecimal.ZERO));
    }

    @Test
    void percentagesHaveAtMostOneDecimal() {
        assertThat(Fmt.percent(new BigDecimal("46.25"))).isEqualTo("46.3%");
        assertThat(Fmt.percent(new BigDecimal("96.8"))).isEqualTo("96.8%");
        assertThat(Fmt.percent(new BigDecimal("50.00"))).isEqualTo("50%");
        assertThat(Fmt.percent(new BigDecimal("100"))).isEqualTo("100%");
        assertThat(Fmt.percent(new BigDecimal("-0.04"))).isEqualTo("0%");
        assertThat(Fmt.percent(null)).isEqualTo("—");
    }

    @Test
    void chancesAreWholePercentOfAFraction() {
        assertThat(Fmt.chance(new BigDecimal("0.921"))).isEqualTo("92%");
        assertThat(Fmt.chance(new BigDecimal("1"))).isEqualTo("100%");
    }

    @Test
    void coverageIsAMultipleWithOneDecimal() {
        assertThat(Fmt.coverage(new BigDecimal("9.54"))).isEqualTo("9.5×");
        assertThat(Fmt.coverage(new BigDecimal("46.94"))).isEqualTo("46.9×");
        assertThat(Fmt.coverage(new BigDecimal("3.00"))).isEqualTo("3×");
        assertThat(Fmt.coverage(null)).isEqualTo("—");
    }

    @Test
    void daysAreWhole() {
        assertThat(Fmt.days(new BigDecimal("68.5"))).isEqualTo("69");
        assertThat(Fmt.days(new BigDecimal("11.0"))).isEqualTo("11");
        assertThat(Fmt.days(new BigDecimal("1234.4"))).isEqualTo("1,234");
    }

    @Test
    void formAmountsAreWholeNumbersWithoutGrouping() {
        assertThat(Fmt.wholeInput(new BigDecimal("48000.40"))).isEqualTo("48000");
        assertThat(Fmt.wholeInput(new BigDecimal("67393.00"))).isEqualTo("67393");
        assertThat(Fmt.wholeInput(null)).isEmpty();
    }
}
