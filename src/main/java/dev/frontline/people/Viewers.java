package dev.frontline.people;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Title;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;

/**
 * Who the viewer is to a rep. Whoever may see the rep's deals (the rep, their manager, their director, the admin)
 * sees the full dossier; a peer sees the shared strengths; anyone else gets 404.
 */
final class Viewers {

    private Viewers() {
    }

    /** The rep in scope; {@link NotFoundException} when absent, outside scope or not a rep. */
    static Member rep(Organization organization, Scope scope, long repId) {
        Member rep = organization.person(scope, repId);
        if (rep.title() != Title.REP) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
    }

    static boolean full(Scope scope, long repId) {
        return scope.seesDealsOf(repId);
    }

    static boolean self(Scope scope, long repId) {
        return scope.viewer().role() == Role.REP && Long.valueOf(repId).equals(scope.viewer().personId());
    }

    static boolean manager(Scope scope, long repId) {
        return scope.viewer().role() == Role.MANAGER && scope.seesDealsOf(repId);
    }

    static boolean director(Scope scope, long repId) {
        return scope.viewer().role() == Role.DIRECTOR && scope.seesDealsOf(repId);
    }

    static String who(Scope scope) {
        return scope.viewer().displayName();
    }
}
