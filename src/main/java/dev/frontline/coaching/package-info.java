/**
 * Coaching: the manager as coach. 1:1s on a cadence per rep (agenda, shared notes, private manager notes with an
 * audit log, action items that carry over until done) and their calendar feeds; coaching plans tied to a competency
 * and to a number measured before and after the plan started; and a ranked coaching focus per rep drawn from their
 * numbers against the team's, their ratings and their aspirations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching",
        allowedDependencies = {"audit", "organization", "people", "pipeline", "results", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.coaching;
