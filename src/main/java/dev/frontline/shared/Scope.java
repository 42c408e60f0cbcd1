package dev.frontline.shared;

import java.util.Collection;
import java.util.Set;

/**
 * What a viewer may see. Every read of people or deals takes a scope.
 *
 * <ul>
 *   <li>admin: everything ({@link #all()});</li>
 *   <li>director: the teams of their office, their people and deals;</li>
 *   <li>manager: the teams they manage, their people and deals;</li>
 *   <li>rep: their own team's roster, and only their own deals.</li>
 * </ul>
 *
 * @param viewer         who asks
 * @param all            true for the admin: no restriction
 * @param regionIds      offices visible as a whole (director)
 * @param teamIds        teams whose roster is visible
 * @param personIds      people visible (members and managers of those teams, and the viewer)
 * @param dealOwnerIds   people whose deals are visible
 */
public record Scope(Viewer viewer, boolean all, Set<Long> regionIds, Set<Long> teamIds, Set<Long> personIds,
                    Set<Long> dealOwnerIds) {

    public Scope {
        regionIds = Set.copyOf(regionIds);
        teamIds = Set.copyOf(teamIds);
        personIds = Set.copyOf(personIds);
        dealOwnerIds = Set.copyOf(dealOwnerIds);
    }

    /** The administrator's scope: everything. Only {@code Organization.scopeFor} makes it for a viewer. */
    public static Scope everything(Viewer viewer) {
        return new Scope(viewer, true, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Everything, for work Frontline does by itself (seeding the demo, the backtest, scheduled jobs); {@code who}
     * names the job in logs and audit entries.
     */
    public static Scope system(String who) {
        return everything(new Viewer(0, who, "Frontline", Role.ADMIN, null));
    }

    /**
     * The one way to read beyond the viewer's own scope: for figures that only leave the caller as aggregates (a
     * rep's record beside their team, a team's rates a rep's forecast is shrunk towards), after the caller checked
     * the viewer may see what the aggregate is about. The viewer, and so their "today", stays. Every place that
     * widens is listed, with its reason, in {@code ScopeWideningTest}: a new one fails it until it is reviewed.
     *
     * @param why what the aggregate is, for the reader of the code and of that list
     */
    public Scope widenedForAggregates(String why) {
        if (why.isBlank()) {
            throw new IllegalArgumentException("Say why the scope is widened");
        }
        return everything(viewer);
    }

    // ---- who the viewer is ----

    public boolean isAdmin() {
        return viewer.role() == Role.ADMIN;
    }

    public boolean isDirector() {
        return viewer.role() == Role.DIRECTOR;
    }

    public boolean isManager() {
        return viewer.role() == Role.MANAGER;
    }

    public boolean isRep() {
        return viewer.role() == Role.REP;
    }

    /** Whether the viewer is that person. */
    public boolean isSelf(long personId) {
        return Long.valueOf(personId).equals(viewer.personId());
    }

    /** The rep themself: a rep viewing their own records. */
    public boolean isRepSelf(long repId) {
        return isRep() && isSelf(repId);
    }

    /** The rep's manager: a manager who sees the rep's deals. */
    public boolean isManagerOf(long repId) {
        return isManager() && seesDealsOf(repId);
    }

    /** The rep's director: a director whose office holds the rep. */
    public boolean isDirectorOf(long repId) {
        return isDirector() && seesDealsOf(repId);
    }

    /**
     * The one guard of the pages and figures about leading a team (results, quotas, forecasts, coaching, skills): for
     * its manager, director and the admin. A rep — even of that team — gets {@link NotFoundException}, as does anyone
     * outside scope, so that whether the team exists is not revealed.
     *
     * @param what what is asked for, for the exception's message (never shown to the caller)
     */
    public void requireTeamLead(long teamId, String what) {
        if (isRep() || !seesTeam(teamId)) {
            throw new NotFoundException(what, teamId);
        }
    }

    public boolean seesRegion(long regionId) {
        return all || regionIds.contains(regionId);
    }

    public boolean seesTeam(long teamId) {
        return all || teamIds.contains(teamId);
    }

    public boolean seesPerson(long personId) {
        return all || personIds.contains(personId);
    }

    public boolean seesDealsOf(long ownerId) {
        return all || dealOwnerIds.contains(ownerId);
    }

    /** Throws {@link NotFoundException} unless the team is in scope: outside scope looks like absence. */
    public void requireTeam(long teamId) {
        if (!seesTeam(teamId)) {
            throw new NotFoundException("team", teamId);
        }
    }

    public void requirePerson(long personId) {
        if (!seesPerson(personId)) {
            throw new NotFoundException("person", personId);
        }
    }

    /** The deal owners visible among the given people. */
    public Set<Long> visibleOwners(Collection<Long> candidates) {
        return all ? Set.copyOf(candidates)
                : Set.copyOf(candidates.stream().filter(dealOwnerIds::contains).toList());
    }
}
