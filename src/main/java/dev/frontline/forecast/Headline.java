package dev.frontline.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How sure the forecast is, in one sentence a manager reads in five seconds: "Likely $380k–$450k; 70% chance of
 * quota." The range is the P10–P90 (four times in five the period ends inside it).
 *
 * <p>When the draws leave at least a one-in-ten chance of winning nothing more (the P10 is what is already won) and
 * what more might come would more than double what is won (the P90 is over twice it), the range would run from
 * about nothing to whatever the few deals that may close are worth; the sentence then says there are too few likely
 * wins for a range, and what there is instead: "Too few likely wins to forecast a range: 3 open deals, $12k." A
 * Poisson count of wins is zero one time in ten or more when fewer than ln 10 ≈ 2.3 wins are expected: a rep with a
 * handful of deals or a short record, or the last days of a period.
 */
final class Headline {

    private Headline() {
    }

    /**
     * The sentence for a forecast; amounts in cents.
     *
     * @param chance    the chance of reaching the quota (0–1), {@code null} without a quota
     * @param openDeals how many open deals there are, worth {@code openCents} (own or estimated amounts)
     */
    static String of(boolean enoughHistory, long wonCents, long p10, long p90, @Nullable Long quotaCents,
                     @Nullable Double chance, int openDeals, long openCents) {
        if (!enoughHistory) {
            return "Not enough history to forecast yet: " + money(wonCents) + " won so far.";
        }
        if (p90 <= wonCents) {
            return money(wonCents) + " won; nothing more is expected in this period.";
        }
        if (!rangeShown(wonCents, p10, p90)) {
            return "Too few likely wins to forecast a range: " + openDeals + (openDeals == 1 ? " open deal, " : " open deals, ")
                    + money(openCents) + (wonCents > 0 ? ", and " + money(wonCents) + " won so far." : ".");
        }
        StringBuilder out = new StringBuilder("Likely ").append(money(p10)).append('–').append(money(p90));
        if (quotaCents != null && quotaCents > 0 && chance != null) {
            out.append("; ").append(wonCents >= quotaCents ? "quota reached" : chance(chance) + " chance of quota");
        }
        return out.append('.').toString();
    }

    /**
     * Whether the P10–P90 range means something: the P10 is above what is already won, or what more might come does
     * not double it.
     */
    static boolean rangeShown(long wonCents, long p10, long p90) {
        return p10 > wonCents || p90 <= 2 * wonCents;
    }

    private static String chance(double chance) {
        if (chance >= 0.995) {
            return "over 99%";
        }
        if (chance < 0.005) {
            return "under 1%";
        }
        return Math.round(chance * 100) + "%";
    }

    /** $950, $4.5k, $380k, $1.2M. */
    static String money(long cents) {
        double dollars = cents / 100.0;
        if (dollars < 1_000) {
            return "$" + Math.round(dollars);
        }
        if (dollars < 10_000) {
            return "$" + trim(BigDecimal.valueOf(dollars / 1_000).setScale(1, RoundingMode.HALF_UP)) + "k";
        }
        if (dollars < 999_500) {
            return "$" + Math.round(dollars / 1_000) + "k";
        }
        return "$" + trim(BigDecimal.valueOf(dollars / 1_000_000).setScale(dollars < 9_995_000 ? 2 : 1,
                RoundingMode.HALF_UP)) + "M";
    }

    private static String trim(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.toLowerCase(Locale.ROOT);
    }
}
