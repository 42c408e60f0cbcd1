package dev.frontline.organization;

import dev.frontline.organization.internal.OrganizationStore;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.RowOutcome;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.shared.StaleVersion;
import dev.frontline.shared.Viewer;
import dev.frontline.system.DataVersions;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.shared.InvalidInput;
import dev.frontline.organization.internal.OrganizationStore.Named;
import org.springframework.security.access.AccessDeniedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's facade: teams, people, offices, and every viewer's scope. */
@Service
@Transactional(readOnly = true)
public class Organization {

    private static final int SCOPES_KEPT = 10_000;

    private final OrganizationStore store;
    private final ApplicationEventPublisher events;
    private final DataVersions versions;
    private final Map<Viewer, KeptScope> scopes = new ConcurrentHashMap<>();

    private final FiscalCalendar calendar;

    Organization(OrganizationStore store, ApplicationEventPublisher events, DataVersions versions,
                 FiscalCalendar calendar) {
        this.store = store;
        this.events = events;
        this.versions = versions;
        this.calendar = calendar;
    }

    private volatile @Nullable KeptTeams teamOfPeople;

    /** Who is in which team, as read at a version of the organisation. */
    private record KeptTeams(Map<Long, Long> teamOf, long version) {
    }

    /**
     * The team of every person placed in one (former reps included, their deals still theirs), by person id: read
     * once and kept until the organisation changes, so that a list can settle per-team rules without a query.
     */
    public Map<Long, Long> teamOfPeople() {
        long version = versions.version(DataChanged.ORGANIZATION);
        KeptTeams kept = teamOfPeople;
        if (kept == null || kept.version() != version) {
            Map<Long, Long> teams = new HashMap<>();
            store.teamOfPeople().forEach(pt -> teams.put(pt[0], pt[1]));
            kept = new KeptTeams(Map.copyOf(teams), version);
            teamOfPeople = kept;
        }
        return kept.teamOf();
    }

    /** A viewer's scope as resolved at a version of the organisation. */
    private record KeptScope(Scope scope, long version) {
    }

    /**
     * What the viewer may see: admin everything; director the teams of their office; manager the teams they
     * manage; rep their own team's roster and their own deals. A viewer without a place sees only themself.
     *
     * <p>Resolved once and kept until the organisation changes (on any node: {@link DataVersions}); a viewer's
     * role, place or zone changing makes them another {@link Viewer}, so another entry.
     */
    public Scope scopeFor(Viewer viewer) {
        long version = versions.version(DataChanged.ORGANIZATION);
        KeptScope kept = scopes.get(viewer);
        if (kept != null && kept.version() == version) {
            return kept.scope();
        }
        Scope scope = resolve(viewer);
        if (scopes.size() >= SCOPES_KEPT) {
            scopes.clear();
        }
        scopes.put(viewer, new KeptScope(scope, version));
        return scope;
    }

    private Scope resolve(Viewer viewer) {
        if (viewer.role() == Role.ADMIN) {
            return Scope.everything(viewer);
        }
        Long self = viewer.personId();
        if (self == null) {
            return new Scope(viewer, false, Set.of(), Set.of(), Set.of(), Set.of());
        }
        Optional<Member> me = store.person(self);
        return switch (viewer.role()) {
            case DIRECTOR -> {
                Set<Long> regions = me.map(Member::regionId).map(Set::of).orElse(Set.of());
                Set<Long> teams = new HashSet<>();
                regions.forEach(r -> teams.addAll(store.teamIdsInRegion(r)));
                yield teamScope(viewer, regions, teams, self);
            }
            case MANAGER -> teamScope(viewer, Set.of(), Set.copyOf(store.teamIdsManagedBy(self)), self);
            case REP -> {
                Set<Long> teams = me.map(Member::teamId).map(Set::of).orElse(Set.of());
                Set<Long> people = new HashSet<>(store.peopleOfTeams(teams));
                people.add(self);
                yield new Scope(viewer, false, Set.of(), teams, people, Set.of(self));
            }
            case ADMIN -> Scope.everything(viewer);
        };
    }

    private Scope teamScope(Viewer viewer, Set<Long> regions, Set<Long> teams, long self) {
        Set<Long> people = new HashSet<>(store.peopleOfTeams(teams));
        people.add(self);
        return new Scope(viewer, false, regions, teams, people, Set.copyOf(store.membersOfTeams(teams)));
    }

    /** The teams in scope, ordered by office and name. */
    public List<TeamSummary> teams(Scope scope) {
        return store.teams(scope.all(), scope.teamIds());
    }

    /**
     * A page of the teams in scope, ordered by office and name: at most {@code limit} from {@code offset}. One query,
     * however many teams the organisation has.
     */
    public List<TeamSummary> teams(Scope scope, int offset, int limit) {
        return store.teams(scope.all(), scope.teamIds(), Math.max(0, offset), Math.max(0, limit));
    }

    /** How many teams the scope holds. */
    public int countTeams(Scope scope) {
        return store.countTeams(scope.all(), scope.teamIds());
    }

    /** The teams of the given offices that the scope holds, ordered by office and name: one query. */
    public List<TeamSummary> teamsOfRegions(Scope scope, Collection<Long> regionIds) {
        List<Long> visible = regionIds.stream().filter(scope::seesRegion).toList();
        return visible.isEmpty() ? List.of()
                : store.teamsOfRegions(visible).stream().filter(t -> scope.seesTeam(t.id())).toList();
    }

    /**
     * Everyone of each of the given teams in scope (its reps, and a manager placed in it), by name, keyed by team; teams
     * outside scope are left out. One query, however many teams.
     */
    public Map<Long, List<Member>> members(Scope scope, Collection<Long> teamIds) {
        List<Long> visible = teamIds.stream().filter(scope::seesTeam).distinct().toList();
        Map<Long, List<Member>> byTeam = new LinkedHashMap<>();
        visible.forEach(id -> byTeam.put(id, new ArrayList<>()));
        if (!visible.isEmpty()) {
            store.members(visible).forEach(m -> byTeam.get(m.teamId()).add(m));
        }
        return byTeam;
    }

    /** The reps of each of the given teams in scope, by name, keyed by team (as {@link #reps(Scope, long)}): one query. */
    public Map<Long, List<Member>> reps(Scope scope, Collection<Long> teamIds) {
        Map<Long, List<Member>> byTeam = new LinkedHashMap<>();
        members(scope, teamIds).forEach((team, members) -> byTeam.put(team, members.stream()
                .filter(m -> m.title() == Title.REP)
                .sorted(java.util.Comparator.comparing(Member::displayName).thenComparingLong(Member::id)).toList()));
        return byTeam;
    }

    /** One team; {@link NotFoundException} when absent or outside scope. */
    public TeamSummary team(Scope scope, long teamId) {
        scope.requireTeam(teamId);
        return store.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
    }

    /** Everyone of a team in scope: its reps and its manager. */
    public List<Member> members(Scope scope, long teamId) {
        team(scope, teamId);
        return store.members(teamId);
    }

    /** The reps of a team in scope, by name; {@link NotFoundException} when the team is absent or outside scope. */
    public List<Member> reps(Scope scope, long teamId) {
        return members(scope, teamId).stream().filter(m -> m.title() == Title.REP)
                .sorted(java.util.Comparator.comparing(Member::displayName).thenComparingLong(Member::id)).toList();
    }

    /**
     * A team for the pages about leading it — its manager, director and the admin — and its reps by name; a rep (even
     * of that team) and anyone outside scope get {@link NotFoundException} ({@link Scope#requireTeamLead}).
     */
    public LedTeam ledTeam(Scope scope, long teamId, String what) {
        scope.requireTeamLead(teamId, what);
        return new LedTeam(team(scope, teamId), reps(scope, teamId));
    }

    /** One person in scope. */
    public Member person(Scope scope, long personId) {
        scope.requirePerson(personId);
        return store.person(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    /**
     * One rep in scope — a peer included; {@link NotFoundException} when absent, outside scope or not a rep (a
     * manager's id asked for as a rep's looks like absence).
     */
    public Member rep(Scope scope, long repId) {
        Member rep = person(scope, repId);
        if (rep.title() != Title.REP) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
    }

    /**
     * One rep whose records the viewer sees in full — the rep themself, their manager, their director, the admin
     * ({@link Scope#seesDealsOf}); a peer and anyone else get {@link NotFoundException}.
     */
    public Member repInFullView(Scope scope, long repId) {
        Member rep = rep(scope, repId);
        if (!scope.seesDealsOf(repId)) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
    }

    /** A person in scope by username, or empty when absent or outside scope. */
    public Optional<Member> personByUsername(Scope scope, String username) {
        return store.personByUsername(username).filter(p -> scope.seesPerson(p.id()));
    }

    /** The offices in scope. */
    public List<Region> regions(Scope scope) {
        return store.regions(scope.all(), scope.regionIds());
    }

    /** Everyone in scope, ordered by name. */
    public List<Member> people(Scope scope) {
        return store.people(scope.all(), scope.personIds());
    }

    /** The people of these ids that the caller sees, ordered by name: one query, as many rows as ids. */
    public List<Member> people(Scope scope, java.util.Collection<Long> ids) {
        Set<Long> seen = ids.stream().filter(scope::seesPerson).collect(java.util.stream.Collectors.toSet());
        return seen.isEmpty() ? List.of() : store.people(false, seen);
    }

    // ---- system operations (imports, identity, demo): not scoped by a viewer, guarded by their callers ----

    /** Finds a person by their username, for sign-in and administration. */
    public Optional<Member> findByUsername(String username) {
        return store.personByUsername(username);
    }

    /** Finds a person by id, for sign-in and administration. */
    public Optional<Member> findById(long personId) {
        return store.person(personId);
    }

    /** Whether anyone has been added yet (a fresh database has no one). */
    public boolean hasPeople() {
        return store.hasPeople();
    }

    /** Everyone, for administration. */
    public List<Member> everyone() {
        return store.people(true, Set.of());
    }

    /** Maps each known person's display name (lower case) to their id, for imports that name people. */
    public Map<String, Long> personIdsByName() {
        Map<String, Long> ids = new HashMap<>();
        everyone().forEach(p -> ids.put(p.displayName().toLowerCase(), p.id()));
        return ids;
    }

    /**
     * Applies a team file: creates offices, managers, their teams and reps that are new, moves reps whose manager
     * changed. Runs in the caller's transaction; each rep created or moved is announced as {@link RepJoinedTeam}
     * once the transaction commits.
     */
    @Transactional
    public List<RowOutcome> applyRoster(List<RosterLine> lines) {
        List<RowOutcome> outcomes = lines.stream().map(this::applyRosterLine).toList();
        if (outcomes.stream().anyMatch(o -> o != RowOutcome.UNCHANGED)) {
            events.publishEvent(DataChanged.organization());
        }
        return outcomes;
    }

    private RowOutcome applyRosterLine(RosterLine line) {
        long regionId = store.regionIdByName(line.office()).orElseGet(() -> store.insertRegion(line.office()));
        long managerId = store.personByDisplayName(line.manager()).map(Member::id)
                .orElseGet(() -> createPerson(line.manager(), Title.MANAGER, null, null));
        long teamId = store.teamIdManagedBy(managerId)
                .orElseGet(() -> store.insertTeam(line.manager() + "'s team", regionId, managerId));
        boolean teamMoved = store.updateTeamRegion(teamId, regionId) > 0;
        Optional<Member> rep = store.personByDisplayName(line.rep());
        if (rep.isEmpty()) {
            long id = createPerson(line.rep(), Title.REP, teamId, null);
            events.publishEvent(new RepJoinedTeam(id, teamId, null));
            return RowOutcome.CREATED;
        }
        if (!Long.valueOf(teamId).equals(rep.get().teamId()) || rep.get().title() != Title.REP) {
            store.placePerson(rep.get().id(), Title.REP, teamId, null);
            events.publishEvent(new RepJoinedTeam(rep.get().id(), teamId, rep.get().teamId()));
            return RowOutcome.UPDATED;
        }
        return teamMoved ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    /** Creates a person from a full name with a unique {@code first.last} username; returns the id. */
    @Transactional
    public long createPerson(String fullName, Title title, @Nullable Long teamId, @Nullable Long regionId) {
        String[] parts = Usernames.split(fullName);
        String base = Usernames.ofFullName(fullName);
        String username = base;
        for (int i = 2; store.usernameTaken(username); i++) {
            username = base + i;
        }
        long id = store.insertPerson(username, parts[0], parts[1], fullName.trim().replaceAll("\\s+", " "), title,
                teamId, regionId);
        events.publishEvent(DataChanged.organization());
        return id;
    }

    /**
     * Adds a new rep, by full name, to a team (without a login: one is granted later); announces
     * {@link RepJoinedTeam}. Returns the id.
     *
     * @throws NotFoundException when the team does not exist
     */
    @Transactional
    public long addRep(String fullName, long teamId) {
        store.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        long id = createPerson(fullName, Title.REP, teamId, null);
        events.publishEvent(new RepJoinedTeam(id, teamId, null));
        return id;
    }

    /** Makes the person the manager of the team (replacing any previous manager). */
    @Transactional
    public void appointManager(long personId, long teamId) {
        store.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        store.placePerson(personId, Title.MANAGER, null, null);
        store.setTeamManager(teamId, personId);
        events.publishEvent(DataChanged.organization());
    }

    /** Places the person in a team as a rep; publishes {@link RepJoinedTeam} when that is a new place for them. */
    @Transactional
    public void assignToTeam(long personId, long teamId) {
        store.team(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
        Optional<Member> before = store.person(personId);
        store.placePerson(personId, Title.REP, teamId, null);
        events.publishEvent(DataChanged.organization());
        if (before.isPresent() && (before.get().title() != Title.REP || !Long.valueOf(teamId).equals(before.get().teamId()))) {
            events.publishEvent(new RepJoinedTeam(personId, teamId, before.get().teamId()));
        }
    }

    /** Makes the person the director of an office. */
    @Transactional
    public void assignToOffice(long personId, long regionId) {
        store.placePerson(personId, Title.DIRECTOR, null, regionId);
        events.publishEvent(DataChanged.organization());
    }

    /**
     * Deactivates (a rep left) or reactivates a rep: the team's manager, the office's director and the admin may; a
     * rep and anyone outside scope get {@link NotFoundException}; a stale {@code expectedVersion} is
     * {@link StaleVersion}. A former rep drops out of current rosters; their deals stay. Deactivating publishes
     * {@link RepDeactivated} (identity disables the login and ends its sessions).
     *
     * @return the person's new version
     */
    @Transactional
    public int setActive(Scope scope, long repId, @Nullable Boolean active, @Nullable Integer expectedVersion) {
        Member rep = repToChange(scope, repId);
        if (expectedVersion == null) {
            throw new dev.frontline.shared.InvalidInput("version", "Give the version you read");
        }
        if (active == null) {
            throw new dev.frontline.shared.InvalidInput("active", "Say whether the rep is active");
        }
        int[] now = store.activity(repId).orElseThrow(() -> new NotFoundException("rep", repId));
        if (now[0] != expectedVersion || store.setActive(repId, active, expectedVersion, calendar.now()) == 0) {
            throw new StaleVersion("The rep " + rep.displayName(), now[0]);
        }
        events.publishEvent(DataChanged.organization());
        if (!active && now[1] == 1) {
            events.publishEvent(new RepDeactivated(repId));
        }
        return expectedVersion + 1;
    }

    // ---- the people page: adding, moving and deactivating reps ----

    /**
     * The people page's roster: every team in scope by office (admin all, director their office, manager their
     * teams), each with its reps by name, former ones included with when they left. Two queries, however many teams.
     * Reps get {@link AccessDeniedException}: their team's roster is on their home page.
     */
    public Roster roster(Scope scope) {
        if (scope.isRep()) {
            throw new AccessDeniedException("The people page is for team leads and the administrator");
        }
        List<TeamSummary> teams = teams(scope);
        Map<Long, List<RosterRep>> reps = new HashMap<>();
        if (!teams.isEmpty()) {
            store.rosterReps(teams.stream().map(TeamSummary::id).toList())
                    .forEach(r -> reps.computeIfAbsent(r.teamId(), t -> new ArrayList<>()).add(r));
        }
        Map<Long, List<Roster.Team>> byOffice = new LinkedHashMap<>();
        Map<Long, Region> offices = new LinkedHashMap<>();
        for (TeamSummary team : teams) {
            offices.putIfAbsent(team.regionId(), new Region(team.regionId(), team.region()));
            List<RosterRep> own = reps.getOrDefault(team.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing((RosterRep r) -> !r.active())).toList();
            byOffice.computeIfAbsent(team.regionId(), r -> new ArrayList<>()).add(new Roster.Team(team, own));
        }
        return new Roster(offices.values().stream().map(o -> new Roster.Office(o, byOffice.get(o.id()))).toList());
    }

    /** Whether the viewer may add reps to the team, and deactivate and reactivate its reps: its leads and the admin. */
    public boolean mayStaff(Scope scope, long teamId) {
        return !scope.isRep() && scope.seesTeam(teamId);
    }

    /** Whether the viewer may move reps between teams: the admin, and a director within their office. */
    public boolean mayMove(Scope scope) {
        return scope.isAdmin() || scope.isDirector();
    }

    /**
     * Adds a rep to a team from the people page (without a login: one is granted later) and announces
     * {@link RepJoinedTeam}. The admin, the team's director and its manager may; a rep gets
     * {@link AccessDeniedException}; a team outside scope {@link NotFoundException}. {@link InvalidInput} for a blank
     * name, no team, a team that does not exist (the admin's; for anyone else it is outside scope), or a name someone
     * in Frontline carries already: team files and imports find people by name, so two of one name could not be
     * told apart (a former rep of that name is reactivated instead).
     */
    @Transactional
    public RosterRep addRep(Scope scope, @Nullable String fullName, @Nullable Long teamId) {
        if (scope.isRep()) {
            throw new AccessDeniedException("Reps do not add reps");
        }
        String name = fullName == null ? "" : fullName.trim().replaceAll("\\s+", " ");
        List<String> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add("fullName: Give the rep's full name");
        } else if (name.length() > 200) {
            errors.add("fullName: A name is at most 200 characters");
        }
        if (teamId == null) {
            errors.add("teamId: Choose the rep's team");
        } else {
            requireTeamToStaff(scope, teamId);
        }
        if (errors.isEmpty()) {
            nameInUse(scope, name).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long id = addRep(name, teamId);
        return store.rosterReps(List.of(teamId)).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private void requireTeamToStaff(Scope scope, long teamId) {
        if (!scope.seesTeam(teamId)) {
            throw new NotFoundException("team", teamId);
        }
        if (store.team(teamId).isEmpty()) {
            throw new InvalidInput("teamId", "No team has the id " + teamId);
        }
    }

    private Optional<String> nameInUse(Scope scope, String name) {
        List<Named> named = store.peopleNamed(name);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Named first = named.get(0);
        boolean seen = scope.seesPerson(first.id());
        String team = seen && first.team() != null ? " (" + first.team() + ")" : "";
        String why = first.title() != Title.REP ? " already names someone in Frontline" + (seen ? ", a "
                + first.title().name().toLowerCase(java.util.Locale.ROOT) : "")
                : first.active() ? " already names an active rep" + team
                : " names a former rep" + team + ": reactivate them instead";
        return Optional.of("fullName: " + name + why + ". Team files and imports find people by name, so two "
                + "people of one name could not be told apart; add a middle initial if this is someone else");
    }

    /**
     * The move of a rep to another team, worked out and named but not made: for the confirmation step. Only the
     * admin and the rep's director (both teams in their office) may move reps: a manager gets
     * {@link AccessDeniedException}, a rep or anyone for whom the rep or the team is outside scope
     * {@link NotFoundException}. {@link InvalidInput} for no team, a team that does not exist, the team the rep is in
     * already, or a rep who left (reactivate them first).
     */
    public TeamMove move(Scope scope, long repId, @Nullable Long teamId) {
        Member rep = repToChange(scope, repId);
        requireMover(scope);
        if (teamId == null) {
            throw new InvalidInput("teamId", "Choose the team " + rep.displayName() + " moves to");
        }
        requireTeamToStaff(scope, teamId);
        TeamSummary to = store.team(teamId).orElseThrow();
        int[] activity = store.activity(repId).orElseThrow(() -> new NotFoundException("rep", repId));
        if (Long.valueOf(teamId).equals(rep.teamId())) {
            throw new InvalidInput("teamId", rep.displayName() + " is in " + to.name() + " already");
        }
        if (activity[1] == 0) {
            throw new InvalidInput("teamId", rep.displayName() + " has left: reactivate them before moving them");
        }
        return new TeamMove(repId, rep.displayName(), rep.teamId(), rep.team() == null ? "no team" : rep.team(),
                to.id(), to.name(), calendar.today(scope), activity[0]);
    }

    /**
     * Moves a rep to another team, as {@link #move} names it, at the version the caller read ({@link StaleVersion}
     * otherwise): effective today. Announces {@link RepJoinedTeam} (results move the rep's join date, people open
     * an onboarding checklist in the new team, identity ends the rep's sessions) and {@link DataChanged}.
     *
     * @return the move made, with the rep's new version
     */
    @Transactional
    public TeamMove moveRep(Scope scope, long repId, @Nullable Long teamId, @Nullable Integer expectedVersion) {
        repToChange(scope, repId);
        requireMover(scope);
        if (expectedVersion == null) {
            throw new InvalidInput("version", "Give the version you read");
        }
        int current = store.activity(repId).map(a -> a[0]).orElseThrow(() -> new NotFoundException("rep", repId));
        if (current != expectedVersion) {
            throw new StaleVersion("The rep " + nameOf(repId), current);
        }
        TeamMove move = move(scope, repId, teamId);
        if (move.version() != expectedVersion || store.moveRep(repId, move.toTeamId(), expectedVersion) == 0) {
            throw new StaleVersion("The rep " + move.rep(), move.version());
        }
        events.publishEvent(DataChanged.organization());
        events.publishEvent(new RepJoinedTeam(repId, move.toTeamId(), move.fromTeamId()));
        return new TeamMove(move.repId(), move.rep(), move.fromTeamId(), move.fromTeam(), move.toTeamId(),
                move.toTeam(), move.effective(), expectedVersion + 1);
    }

    private String nameOf(long personId) {
        return store.person(personId).map(Member::displayName).orElse("#" + personId);
    }

    /** {@link AccessDeniedException} unless the viewer may move reps between teams ({@link #mayMove}). */
    public void requireMover(Scope scope) {
        if (!mayMove(scope)) {
            throw new AccessDeniedException("Managers add and deactivate their team's reps; moving reps between "
                    + "teams is for the office's director and the administrator");
        }
    }

    /** A rep the viewer may change: a team lead of the rep's team, or the admin (for a rep without a team too). */
    private Member repToChange(Scope scope, long repId) {
        Member rep = rep(scope, repId);
        if (rep.teamId() != null) {
            scope.requireTeamLead(rep.teamId(), "rep");
        } else if (!scope.isAdmin()) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
    }

    /** A rep as the people page lists them, former or not: {@link NotFoundException} unless the viewer may change them. */
    public RosterRep rosterRep(Scope scope, long repId) {
        Member rep = repToChange(scope, repId);
        int[] activity = store.activity(repId).orElseThrow(() -> new NotFoundException("rep", repId));
        return store.rosterReps(rep.teamId() == null ? List.of() : List.of(rep.teamId())).stream()
                .filter(r -> r.id() == repId).findFirst()
                .orElse(new RosterRep(repId, rep.username(), rep.displayName(), 0, activity[1] == 1, null, activity[0]));
    }

    /** The person's version, for the writes that edit them; {@link NotFoundException} outside scope. */
    public int version(Scope scope, long personId) {
        person(scope, personId);
        return store.activity(personId).map(a -> a[0]).orElseThrow(() -> new NotFoundException("person", personId));
    }

    /**
     * The reps of a team in scope over days from {@code from} on — its active reps and those who left it since then,
     * by name — and which of them are former: for results over a past period, which list everyone who sold in it.
     * One query; {@link NotFoundException} when the team is absent or outside scope.
     */
    public TeamReps repsSince(Scope scope, long teamId, java.time.LocalDate from) {
        team(scope, teamId);
        List<OrganizationStore.Dated> reps = store.repsSince(teamId,
                from.atStartOfDay(calendar.defaultZone()).toInstant());
        return new TeamReps(reps.stream().map(OrganizationStore.Dated::member).toList(), reps.stream()
                .filter(r -> !r.active()).map(r -> r.member().id()).collect(java.util.stream.Collectors.toSet()));
    }

    /** The ids among these of former reps (deactivated): their deals stay, shown as a former rep's. */
    public Set<Long> former(Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : Set.copyOf(store.former(personIds));
    }

    /** All teams, ordered by office and name, for imports and administration. */
    public List<TeamSummary> allTeams() {
        return store.teams(true, Set.of());
    }

    /** All offices, for administration. */
    public List<Region> allRegions() {
        return store.regions(true, Set.of());
    }
}
