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

    public static Scope everything(Viewer viewer) {
        return new Scope(viewer, true, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Everything, for work Frontline does by itself (seeding the demo, the backtest, aggregates computed after the
     * caller's own access was checked); {@code who} names the job in logs and audit entries.
     */
    public static Scope system(String who) {
        return everything(new Viewer(0, who, "Frontline", Role.ADMIN, null));
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
