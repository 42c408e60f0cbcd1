/**
 * People: each rep's dossier — competencies rated by the manager and by the rep (every rating dated and kept),
 * strengths and weaknesses derived from those ratings and from the rep's results against the team's, motivations,
 * aspirations, past performance with an outlook, the manager's private notes (every read and write audited) — the
 * team's skills map, and the onboarding checklist a rep joining a team opens for their manager.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = {"audit", "organization", "results", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.people;
