package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change to one deal made in Frontline: each field left null stays as it is.
 *
 * @param version                 the deal's version the editor read; a stale one is refused (409)
 * @param stage                   a stage's name, in any case
 * @param amount                  zero or more, in whole cents at most
 * @param closeDate               the expected close of an open deal, the day a won or lost one closed
 * @param nextStep                what happens next, as written; blank clears it
 * @param forecastCategory        {@code COMMIT}, {@code BEST_CASE}, {@code PIPELINE} or {@code OMITTED} (an open
 *                                deal only)
 * @param forecastCategoryVersion the category's own version the editor read (0: none yet); without it the category
 *                                is set whatever it is
 */
public record DealEdit(@Nullable Integer version, @Nullable String stage, @Nullable BigDecimal amount,
                       @Nullable LocalDate closeDate, @Nullable String nextStep, @Nullable String forecastCategory,
                       @Nullable Integer forecastCategoryVersion) {
}
