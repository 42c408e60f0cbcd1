package dev.frontline.results.internal;

import java.util.List;

/** A team's stored ramp: percent of the full quota per month after joining, and its version. */
public record RampRow(long teamId, List<Integer> steps, int version) {
}
