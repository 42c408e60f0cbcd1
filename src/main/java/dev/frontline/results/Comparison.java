package dev.frontline.results;

import java.math.BigDecimal;

/**
 * A rep's figure against the team's, in words ("win rate 8 points below team").
 *
 * @param difference rep minus team, in the figure's unit (points, days, percent)
 * @param better     true when the difference is good for the rep
 */
public record Comparison(String figure, BigDecimal difference, boolean better, String text) {
}
