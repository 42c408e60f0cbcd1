/**
 * The pages people land on: a manager's team board, a rep's own numbers and deals, a director's office and the
 * admin's overview, for the current quarter or any period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
        allowedDependencies = {"coaching", "forecast", "organization", "people", "pipeline", "results", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.home;
