/**
 * Goals and results, the manager as analyst: the fiscal calendar, quotas and other goals per rep and team,
 * quota suggestions from each rep's track record, and every figure of a period (attainment, pacing, coverage,
 * win rate, deal size, cycle, funnel, by product and sector) with trends and roll-ups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results",
        allowedDependencies = {"organization", "pipeline", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.results;
