package dev.frontline.coaching;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Title;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who the viewer is to a rep's coaching. Whoever may see the rep's deals — the rep, their manager, their director,
 * the admin — reads it; a peer or anyone else gets 404. The rep and their manager write (agenda, shared notes,
 * actions); only the manager schedules, plans and writes private notes, which the director may read too.
 */
final class Access {

    private Access() {
    }

    /** The rep in full view; {@link NotFoundException} when absent, outside scope, a peer or not a rep. */
    static Member rep(Organization organization, Scope scope, long repId) {
        Member rep = organization.person(scope, repId);
        if (rep.title() != Title.REP || !scope.seesDealsOf(repId)) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
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

    /** The rep or their manager: the two people in the 1:1. */
    static boolean party(Scope scope, long repId) {
        return self(scope, repId) || manager(scope, repId);
    }

    static void requireManager(Scope scope, long repId, String what) {
        if (!manager(scope, repId)) {
            throw new AccessDeniedException("Only the rep's manager " + what);
        }
    }

    static void requireParty(Scope scope, long repId, String what) {
        if (!party(scope, repId)) {
            throw new AccessDeniedException("Only the rep and their manager " + what);
        }
    }

    /** Which side of the 1:1 the viewer writes as. */
    static Owner side(Scope scope) {
        return scope.viewer().role() == Role.REP ? Owner.REP : Owner.MANAGER;
    }

    static String who(Scope scope) {
        return scope.viewer().displayName();
    }
}
