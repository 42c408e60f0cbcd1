package dev.frontline.coaching;

import java.time.Instant;

/**
 * A rep's 1:1 cadence.
 *
 * @param firstAt the first meeting of the series: later ones follow at the cadence's step, same weekday and time
 * @param since   when this cadence was set: with no 1:1 held since, the first one is due a step after it
 */
public record CadenceSetting(long repId, Cadence cadence, Instant firstAt, int durationMinutes, Instant since,
                             String updatedBy, boolean demo, int version) {
}
