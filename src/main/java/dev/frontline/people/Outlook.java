package dev.frontline.people;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rep's track record suggests for the coming quarter, in plain words, with the figures behind it.
 *
 * @param expected  the recent monthly run rate times the months of the coming quarter; null without enough history
 * @param low       expected minus the spread of recent months (one standard deviation, scaled to the quarter)
 * @param high      expected plus that spread
 * @param reasons   how the headline was reached, one sentence each
 */
public record Outlook(String period, String headline, List<String> reasons, @Nullable BigDecimal expected,
                      @Nullable BigDecimal low, @Nullable BigDecimal high, Direction direction,
                      Variability variability) {

    public enum Direction { RISING, STEADY, FALLING, UNKNOWN }

    public enum Variability { CONSISTENT, MODERATE, VOLATILE, UNKNOWN }
}
