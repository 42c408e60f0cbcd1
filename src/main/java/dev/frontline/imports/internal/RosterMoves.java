package dev.frontline.imports.internal;

import dev.frontline.imports.Move;
import dev.frontline.imports.Move.Kind;
import dev.frontline.organization.Member;
import dev.frontline.organization.Region;
import dev.frontline.organization.RosterLine;
import dev.frontline.organization.TeamMove;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The moves a team file would make, worked out before anything is written: the file is played, line by line, over
 * a copy of the organisation exactly as {@code Organization.applyRoster} will write it (an office, manager and team
 * are found by name or created; the team goes to the line's office; the rep is created, or placed in the team), and
 * the end state is compared with the start.
 *
 * <p>Moves are what changes for what exists already: a person's team (or a manager or director placed in a team as
 * a rep), a team's office, a whole team's reps going to another manager, a person made the manager of a new team,
 * and a new office when the organisation has offices already. Creating reps, managers and teams is not a move, and
 * neither are the offices of the very first team file (the demo's included): there is nothing yet they could be
 * mistaken for.
 */
public final class RosterMoves {

    private RosterMoves() {
    }

    /** The moves the lines make, in the order offices, teams, people; empty when they move no one. */
    public static List<Move> of(List<Region> offices, List<TeamSummary> teams, List<Member> people,
                                List<RosterLine> lines) {
        Org org = new Org(offices, teams, people);
        lines.forEach(org::apply);
        return org.moves();
    }

    /**
     * A short fingerprint of the moves, every field of each included: a confirmation given for one list of moves
     * does not confirm another.
     */
    public static String fingerprint(List<Move> moves) {
        String text = moves.stream().map(m -> String.join("\t", m.kind().name(), m.subject(),
                Objects.toString(m.from(), ""), m.to(), m.text())).collect(Collectors.joining("\n"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final class Office {
        final long id;
        final String name;
        final boolean created;

        Office(long id, String name, boolean created) {
            this.id = id;
            this.name = name;
            this.created = created;
        }
    }

    private static final class Team {
        final long id;
        final String name;
        final @Nullable Long managerId;
        final boolean created;
        final long officeBefore;
        long office;

        Team(long id, String name, long office, @Nullable Long managerId, boolean created) {
            this.id = id;
            this.name = name;
            this.office = office;
            this.officeBefore = office;
            this.managerId = managerId;
            this.created = created;
        }
    }

    private static final class Person {
        final long id;
        final String name;
        final boolean created;
        final Title titleBefore;
        final @Nullable Long teamBefore;
        final @Nullable Long officeOfDirector;
        Title title;
        @Nullable Long team;

        Person(long id, String name, Title title, @Nullable Long team, @Nullable Long officeOfDirector,
               boolean created) {
            this.id = id;
            this.name = name;
            this.title = title;
            this.titleBefore = title;
            this.team = team;
            this.teamBefore = team;
            this.officeOfDirector = officeOfDirector;
            this.created = created;
        }

        boolean movedIntoATeam() {
            return title != titleBefore || !Objects.equals(team, teamBefore);
        }

        boolean wasRepOf(long teamId) {
            return titleBefore == Title.REP && Objects.equals(teamBefore, teamId);
        }
    }

    /** The organisation while the file is played over it. */
    private static final class Org {
        private final Map<String, Office> offices = new LinkedHashMap<>();
        private final Map<Long, Office> officesById = new LinkedHashMap<>();
        private final TreeMap<Long, Team> teams = new TreeMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final boolean hadOffices;
        private long nextId;

        Org(List<Region> regions, List<TeamSummary> teamList, List<Member> members) {
            regions.forEach(r -> add(new Office(r.id(), r.name(), false)));
            teamList.forEach(t -> teams.put(t.id(), new Team(t.id(), t.name(), t.regionId(), t.managerId(), false)));
            members.forEach(m -> people.put(key(m.displayName()), new Person(m.id(), m.displayName(), m.title(),
                    m.teamId(), m.title() == Title.DIRECTOR ? m.regionId() : null, false)));
            hadOffices = !regions.isEmpty();
            // ids for what the file creates: above every existing one, so that new teams sort after old ones
            nextId = 1 + regions.stream().mapToLong(Region::id).max().orElse(0)
                    + teamList.stream().mapToLong(TeamSummary::id).max().orElse(0)
                    + members.stream().mapToLong(Member::id).max().orElse(0);
        }

        private void add(Office office) {
            offices.put(key(office.name), office);
            officesById.put(office.id, office);
        }

        /** One line, as {@code Organization.applyRoster} writes it. */
        void apply(RosterLine line) {
            Office office = Optional.ofNullable(offices.get(key(line.office()))).orElseGet(() -> {
                Office created = new Office(nextId++, line.office(), true);
                add(created);
                return created;
            });
            Person manager = Optional.ofNullable(people.get(key(line.manager())))
                    .orElseGet(() -> create(line.manager(), Title.MANAGER, null));
            Team team = managedBy(manager.id).orElseGet(() -> {
                Team created = new Team(nextId++, line.manager() + "'s team", office.id, manager.id, true);
                teams.put(created.id, created);
                return created;
            });
            team.office = office.id;
            Person rep = people.get(key(line.rep()));
            if (rep == null) {
                create(line.rep(), Title.REP, team.id);
            } else if (!Objects.equals(rep.team, team.id) || rep.title != Title.REP) {
                rep.title = Title.REP;
                rep.team = team.id;
            }
        }

        private Person create(String name, Title title, @Nullable Long team) {
            String clean = name.trim().replaceAll("\\s+", " ");
            Person person = new Person(nextId++, clean, title, team, null, true);
            people.put(key(clean), person);
            return person;
        }

        private Optional<Team> managedBy(long personId) {
            return teams.values().stream().filter(t -> Objects.equals(t.managerId, personId)).findFirst();
        }

        List<Move> moves() {
            List<Move> moves = new ArrayList<>();
            if (hadOffices) {
                offices.values().stream().filter(o -> o.created).forEach(o -> moves.add(new Move(
                        Kind.OFFICE_CREATED, o.name, null, o.name, "creates a new office " + o.name)));
            }
            existingTeams().filter(t -> t.office != t.officeBefore).forEach(t -> moves.add(teamToOffice(t)));
            List<Person> grouped = new ArrayList<>();
            existingTeams().forEach(t -> wholeTeamMoved(t).ifPresent(to -> {
                List<Person> reps = repsBefore(t);
                grouped.addAll(reps);
                moves.add(teamToManager(t, reps.size(), to));
            }));
            existingPeople().filter(Person::movedIntoATeam).filter(p -> !grouped.contains(p))
                    .forEach(p -> moves.add(personToTeam(p)));
            existingPeople().filter(p -> p.titleBefore != Title.MANAGER).forEach(p -> teams.values().stream()
                    .filter(t -> t.created && Objects.equals(t.managerId, p.id))
                    .forEach(t -> moves.add(becomesManager(p, t))));
            return moves;
        }

        private Stream<Team> existingTeams() {
            return teams.values().stream().filter(t -> !t.created).sorted(Comparator.comparing(t -> t.name));
        }

        private Stream<Person> existingPeople() {
            return people.values().stream().filter(p -> !p.created).sorted(Comparator.comparing(p -> p.name));
        }

        private List<Person> repsBefore(Team team) {
            return existingPeople().filter(p -> p.wasRepOf(team.id)).toList();
        }

        /** The one team every rep of this team (two or more) goes to, if they all go to the same other team. */
        private Optional<Team> wholeTeamMoved(Team team) {
            List<Person> reps = repsBefore(team);
            if (reps.size() < 2 || reps.stream().anyMatch(p -> p.title != Title.REP || p.team == null
                    || p.team == team.id)) {
                return Optional.empty();
            }
            long to = Objects.requireNonNull(reps.get(0).team);
            return reps.stream().allMatch(p -> Objects.equals(p.team, to)) ? Optional.of(teams.get(to))
                    : Optional.empty();
        }

        private Move teamToOffice(Team team) {
            long staying = repsBefore(team).stream()
                    .filter(p -> p.title == Title.REP && Objects.equals(p.team, team.id)).count();
            Office from = officesById.get(team.officeBefore);
            Office to = officesById.get(team.office);
            String reps = staying == 0 ? " (no reps)" : ", " + reps(staying) + ",";
            return new Move(Kind.TEAM_OFFICE, team.name, from.name, to.name,
                    "moves " + team.name + reps + " from " + from.name + " to " + office(to));
        }

        private Move teamToManager(Team team, int reps, Team to) {
            String from = managerName(team);
            return new Move(Kind.TEAM_MANAGER, team.name, from, managerName(to),
                    "moves " + team.name + ", all " + reps(reps) + ", from " + from + " to " + team(to));
        }

        private Move personToTeam(Person person) {
            Team to = teams.get(Objects.requireNonNull(person.team));
            String from = place(person);
            String text = person.titleBefore == Title.REP
                    ? TeamMove.sentence(person.name, from, team(to))
                    : "makes " + person.name + " (" + from + ") a rep in " + team(to);
            return new Move(Kind.PERSON_TEAM, person.name, from, to.name, text);
        }

        private Move becomesManager(Person person, Team team) {
            String from = place(person);
            return new Move(Kind.BECOMES_MANAGER, person.name, from, team.name,
                    "makes " + person.name + " (" + from + ") the manager of a new team, " + team.name + ", in "
                            + office(officesById.get(team.office)));
        }

        /** Where a person is before the file: their team, the team they manage, their office, or nowhere. */
        private String place(Person person) {
            return switch (person.titleBefore) {
                case REP -> person.teamBefore == null ? "no team" : teams.get(person.teamBefore).name;
                case MANAGER -> teams.values().stream().filter(t -> !t.created && Objects.equals(t.managerId, person.id))
                        .findFirst().map(t -> "manager of " + t.name).orElse("a manager without a team");
                case DIRECTOR -> person.officeOfDirector == null || !officesById.containsKey(person.officeOfDirector)
                        ? "a director" : "director of " + officesById.get(person.officeOfDirector).name;
                case ADMIN -> "administrator";
            };
        }

        private String team(Team team) {
            return team.created ? managerName(team) + "'s new team in " + office(officesById.get(team.office))
                    : team.name;
        }

        private String managerName(Team team) {
            return people.values().stream().filter(p -> Objects.equals(p.id, team.managerId)).findFirst()
                    .map(p -> p.name).orElse("no manager");
        }

        private static String office(Office office) {
            return office.created ? "a new office " + office.name : office.name;
        }

        private static String reps(long n) {
            return n == 1 ? "1 rep" : n + " reps";
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
