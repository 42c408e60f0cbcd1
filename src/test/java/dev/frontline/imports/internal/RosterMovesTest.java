package dev.frontline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.Dataset;
import dev.frontline.imports.Move;
import dev.frontline.imports.Move.Kind;
import dev.frontline.organization.Member;
import dev.frontline.organization.Region;
import dev.frontline.organization.RosterLine;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a team file moves, on a small organisation written out here: East holds Cara Losch's team (Violet Mclelland,
 * Corliss Cosme), Central holds Dustin Brinkmann's (Moses Frase) and Melvin Marxen's (Darcel Schlecht); Director
 * East directs East.
 */
class RosterMovesTest {

    private static final List<Region> OFFICES = List.of(new Region(1, "East"), new Region(2, "Central"));
    private static final List<TeamSummary> TEAMS = List.of(
            team(10, "Cara Losch's team", 1, "East", 100, "Cara Losch", 2),
            team(11, "Dustin Brinkmann's team", 2, "Central", 101, "Dustin Brinkmann", 1),
            team(12, "Melvin Marxen's team", 2, "Central", 102, "Melvin Marxen", 1));
    private static final List<Member> PEOPLE = List.of(
            person(100, "Cara Losch", Title.MANAGER, null, 1L),
            person(101, "Dustin Brinkmann", Title.MANAGER, null, 2L),
            person(102, "Melvin Marxen", Title.MANAGER, null, 2L),
            person(200, "Violet Mclelland", Title.REP, 10L, 1L),
            person(201, "Corliss Cosme", Title.REP, 10L, 1L),
            person(300, "Moses Frase", Title.REP, 11L, 2L),
            person(301, "Darcel Schlecht", Title.REP, 12L, 2L),
            person(400, "Director East", Title.DIRECTOR, null, 1L));

    @Test
    void aOneRowFileThatNamesANewOfficeMovesTheWholeTeamThereAndSaysSo() {
        List<Move> moves = moves("Bob Newrep,Cara Losch,Atlantis");

        assertThat(moves).containsExactly(
                new Move(Kind.OFFICE_CREATED, "Atlantis", null, "Atlantis", "creates a new office Atlantis"),
                new Move(Kind.TEAM_OFFICE, "Cara Losch's team", "East", "Atlantis",
                        "moves Cara Losch's team, 2 reps, from East to a new office Atlantis"));
    }

    @Test
    void aRepGoingToAnotherManagerIsNamedWithBothTeams() {
        assertThat(moves("Violet Mclelland,Dustin Brinkmann,Central")).containsExactly(
                new Move(Kind.PERSON_TEAM, "Violet Mclelland", "Cara Losch's team", "Dustin Brinkmann's team",
                        "moves Violet Mclelland from Cara Losch's team to Dustin Brinkmann's team"));
    }

    @Test
    void everyRepOfATeamGoingToOneOtherManagerIsOneMoveOfTheTeam() {
        assertThat(moves("Violet Mclelland,Dustin Brinkmann,Central", "Corliss Cosme,Dustin Brinkmann,Central"))
                .containsExactly(new Move(Kind.TEAM_MANAGER, "Cara Losch's team", "Cara Losch", "Dustin Brinkmann",
                        "moves Cara Losch's team, all 2 reps, from Cara Losch to Dustin Brinkmann's team"));
    }

    @Test
    void aTeamHandedToANewManagerNamesTheNewTeam() {
        assertThat(moves("Violet Mclelland,Zed New,East", "Corliss Cosme,Zed New,East")).containsExactly(
                new Move(Kind.TEAM_MANAGER, "Cara Losch's team", "Cara Losch", "Zed New",
                        "moves Cara Losch's team, all 2 reps, from Cara Losch to Zed New's new team in East"));
    }

    @Test
    void repsOfATeamGoingDifferentWaysAreNamedOneByOne() {
        assertThat(moves("Violet Mclelland,Dustin Brinkmann,Central", "Corliss Cosme,Melvin Marxen,Central"))
                .extracting(Move::text).containsExactly(
                        "moves Corliss Cosme from Cara Losch's team to Melvin Marxen's team",
                        "moves Violet Mclelland from Cara Losch's team to Dustin Brinkmann's team");
    }

    @Test
    void theOnlyRepOfATeamIsAPersonNotATeam() {
        assertThat(moves("Moses Frase,Melvin Marxen,Central")).extracting(Move::kind)
                .containsExactly(Kind.PERSON_TEAM);
    }

    @Test
    void aTeamThatMovesOfficeAndLosesARepNamesBoth() {
        assertThat(moves("Corliss Cosme,Cara Losch,Central", "Violet Mclelland,Dustin Brinkmann,Central"))
                .extracting(Move::text).containsExactly(
                        "moves Cara Losch's team, 1 rep, from East to Central",
                        "moves Violet Mclelland from Cara Losch's team to Dustin Brinkmann's team");
    }

    @Test
    void newRepsManagersAndTeamsInKnownOfficesAreCreationsNotMoves() {
        assertThat(moves("Bob Newrep,Cara Losch,East", "Nia New,Zed New,Central", "Ola New,Zed New,Central"))
                .isEmpty();
    }

    @Test
    void theRosterAsItStandsMovesNobody() {
        assertThat(moves("Violet Mclelland,Cara Losch,East", "Corliss Cosme,Cara Losch,East",
                "Moses Frase,Dustin Brinkmann,Central", "Darcel Schlecht,Melvin Marxen,Central")).isEmpty();
    }

    @Test
    void namesMatchIgnoringCaseAsTheDatabaseMatchesThem() {
        assertThat(moves("violet mclelland,CARA LOSCH,east")).isEmpty();
    }

    @Test
    void aNewOfficeForANewTeamIsAskedForToo() {
        assertThat(moves("Nia New,Zed New,Atlantis")).containsExactly(
                new Move(Kind.OFFICE_CREATED, "Atlantis", null, "Atlantis", "creates a new office Atlantis"));
    }

    @Test
    void theFirstTeamFileIntoAnEmptyOrganisationMovesNobody() {
        List<RosterLine> dataset = Dataset.rows("sales_teams.csv").stream()
                .map(r -> new RosterLine(r[0], r[1], r[2])).toList();

        assertThat(dataset).hasSize(35);
        assertThat(RosterMoves.of(List.of(), List.of(), List.of(), dataset)).isEmpty();
    }

    @Test
    void aManagerListedAsARepIsMadeARep() {
        assertThat(moves("Cara Losch,Dustin Brinkmann,Central")).containsExactly(
                new Move(Kind.PERSON_TEAM, "Cara Losch", "manager of Cara Losch's team", "Dustin Brinkmann's team",
                        "makes Cara Losch (manager of Cara Losch's team) a rep in Dustin Brinkmann's team"));
    }

    @Test
    void aDirectorListedAsARepIsMadeARep() {
        assertThat(moves("Director East,Cara Losch,East")).extracting(Move::text)
                .containsExactly("makes Director East (director of East) a rep in Cara Losch's team");
    }

    @Test
    void aRepListedAsAManagerBecomesTheManagerOfANewTeam() {
        assertThat(moves("Nia New,Violet Mclelland,East")).containsExactly(
                new Move(Kind.BECOMES_MANAGER, "Violet Mclelland", "Cara Losch's team", "Violet Mclelland's team",
                        "makes Violet Mclelland (Cara Losch's team) the manager of a new team, Violet Mclelland's "
                                + "team, in East"));
    }

    @Test
    void theLastLineOfATeamDecidesItsOfficeAsTheWriteDoes() {
        assertThat(moves("Violet Mclelland,Cara Losch,Central", "Corliss Cosme,Cara Losch,East")).isEmpty();
        assertThat(moves("Violet Mclelland,Cara Losch,East", "Corliss Cosme,Cara Losch,Central"))
                .extracting(Move::text).containsExactly("moves Cara Losch's team, 2 reps, from East to Central");
    }

    @Test
    void aRepMovedInOneLineAndBackInTheNextIsNotMoved() {
        assertThat(moves("Violet Mclelland,Dustin Brinkmann,Central", "Violet Mclelland,Cara Losch,East")).isEmpty();
    }

    @Test
    void aTeamOfficeMoveWithNoRepsLeftSaysSo() {
        assertThat(moves("Moses Frase,Melvin Marxen,Central", "Nia New,Dustin Brinkmann,East"))
                .extracting(Move::text).containsExactly(
                        "moves Dustin Brinkmann's team (no reps) from Central to East",
                        "moves Moses Frase from Dustin Brinkmann's team to Melvin Marxen's team");
    }

    @Test
    void theFingerprintChangesWithAnyMove() {
        List<Move> one = moves("Violet Mclelland,Dustin Brinkmann,Central");
        List<Move> other = moves("Violet Mclelland,Melvin Marxen,Central");

        assertThat(RosterMoves.fingerprint(one)).isEqualTo(RosterMoves.fingerprint(
                moves("Violet Mclelland,Dustin Brinkmann,Central"))).hasSize(16).matches("[0-9a-f]+");
        assertThat(RosterMoves.fingerprint(one)).isNotEqualTo(RosterMoves.fingerprint(other));
    }

    private static List<Move> moves(String... lines) {
        return RosterMoves.of(OFFICES, TEAMS, PEOPLE, Arrays.stream(lines).map(l -> l.split(","))
                .map(p -> new RosterLine(p[0], p[1], p[2])).toList());
    }

    private static TeamSummary team(long id, String name, long regionId, String region, long managerId,
                                    String manager, int members) {
        return new TeamSummary(id, name, regionId, region, managerId, manager,
                manager.toLowerCase().replace(' ', '.'), members);
    }

    private static Member person(long id, String name, Title title, Long teamId, Long regionId) {
        String[] parts = name.split(" ");
        String team = teamId == null ? null : TEAMS.stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow().name();
        return new Member(id, name.toLowerCase().replace(' ', '.'), name, parts[0], parts[1], title, teamId, team,
                regionId, null);
    }
}
