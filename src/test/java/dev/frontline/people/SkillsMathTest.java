package dev.frontline.people;

import static dev.frontline.people.Fixtures.competency;
import static dev.frontline.people.Fixtures.rep;
import static dev.frontline.people.Fixtures.standing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.organization.Member;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillsMathTest {

    private final Competency closing = competency("closing", 1);
    private final Competency negotiation = competency("negotiation", 2);
    private final Competency prospecting = competency("prospecting", 3);
    private final Member ann = rep(1, "Ann Able");
    private final Member bob = rep(2, "Bob Baker");
    private final Member cat = rep(3, "Cat Clark");
    private final Member dan = rep(4, "Dan Dunn");

    private SkillsMap map() {
        // closing 5,4,4,3 → strength; negotiation 2,2,3,3 → gap; prospecting 3,3,3,3 → neither, no one at 4 → gap
        return SkillsMath.map(Fixtures.TEAM, List.of(closing, negotiation, prospecting), List.of(ann, bob, cat, dan), Map.of(
                1L, Map.of("closing", standing(closing, 5, 5), "negotiation", standing(negotiation, 2, 4), "prospecting", standing(prospecting, 3, 3)),
                2L, Map.of("closing", standing(closing, 4, 4), "negotiation", standing(negotiation, 2, 2), "prospecting", standing(prospecting, 3, 1)),
                3L, Map.of("closing", standing(closing, 4, 3), "negotiation", standing(negotiation, 3, 3), "prospecting", standing(prospecting, 3, 3)),
                4L, Map.of("closing", standing(closing, 3, 3), "negotiation", standing(negotiation, 3, 4), "prospecting", standing(prospecting, 3, 4))),
                false);
    }

    @Test
    void theTeamsStrengthsAndGapsFollowTheAverageManagerRating() {
        SkillsMap map = map();

        assertThat(map.strengths()).extracting(c -> c.competency().key()).containsExactly("closing");
        assertThat(map.strengths().get(0).average()).isEqualByComparingTo("4.0");
        assertThat(map.strengths().get(0).why()).isEqualTo("average 4.0, 3 of 4 rated reps at 4 or 5");
        assertThat(map.gaps()).extracting(c -> c.competency().key()).containsExactly("negotiation", "prospecting");
        assertThat(map.gaps().get(1).why()).contains("nobody is rated 4 or 5");
    }

    @Test
    void selfRatingsTwoLevelsFromTheManagersAreFlagged() {
        SkillsMap map = map();

        assertThat(map.flags()).extracting(f -> f.rep().displayName() + " " + f.competency().key() + " " + f.direction())
                .containsExactlyInAnyOrder("Ann Able negotiation rates themself higher",
                        "Bob Baker prospecting rates themself lower");
        assertThat(map.rows().get(0).cells().get(1).flagged()).isTrue();
        assertThat(map.rows().get(3).cells().get(1).flagged()).isFalse();
    }

    @Test
    void theStrongestRepIsPairedWithThoseAtOneOrTwo() {
        SkillsMap map = map();

        // nobody is at 4+ in negotiation, so no pairing there; closing has no one at 1–2
        assertThat(map.pairings()).isEmpty();

        SkillsMap uneven = SkillsMath.map(Fixtures.TEAM, List.of(closing, negotiation), List.of(ann, bob, cat), Map.of(
                1L, Map.of("closing", standing(closing, 5, null), "negotiation", standing(negotiation, 5, null)),
                2L, Map.of("closing", standing(closing, 5, null), "negotiation", standing(negotiation, 1, null)),
                3L, Map.of("closing", standing(closing, 1, null), "negotiation", standing(negotiation, 2, null))), false);

        assertThat(uneven.pairings()).extracting(p -> p.competency().key() + ": " + p.mentor().displayName() + " → "
                + p.learners().stream().map(l -> l.rep().displayName()).toList())
                .containsExactly("closing: Ann Able → [Cat Clark]", "negotiation: Ann Able → [Bob Baker, Cat Clark]");
    }

    @Test
    void amongEqualsTheOneHelpingFewestIsChosen() {
        SkillsMap map = SkillsMath.map(Fixtures.TEAM, List.of(closing, negotiation), List.of(ann, bob, cat), Map.of(
                1L, Map.of("closing", standing(closing, 5, null), "negotiation", standing(negotiation, 5, null)),
                2L, Map.of("closing", standing(closing, 5, null), "negotiation", standing(negotiation, 5, null)),
                3L, Map.of("closing", standing(closing, 1, null), "negotiation", standing(negotiation, 1, null))), false);

        assertThat(map.pairings()).extracting(p -> p.mentor().displayName()).containsExactly("Ann Able", "Bob Baker");
    }

    /**
     * Seven competencies on the edges of the rules (manager's ratings; "-" unrated):
     * <pre>
     *        a  b  c  d  e  f  g
     * ann    4  3  1  -  2  5  4
     * bob    3  3  2  -  2  5  4
     * cat    -  4  3  -  2  3  4
     * dan    -  2  4  -  4  3  4
     * </pre>
     * a: (4+3)/2 = 3.5 over exactly half the team → a strength; b: 12/4 = 3.0 with cat at 4 → neither;
     * c: 10/4 = 2.5, one at 4, two at 1–2 → a gap; d: never rated; e: 10/4 = 2.5, three at 1–2 → a gap ahead of c;
     * f: 16/4 = 4.0 with two at 4–5, g: 4.0 with four → strengths, g ahead of f.
     */
    private SkillsMap edges() {
        List<Competency> all = List.of(competency("a", 1), competency("b", 2), competency("c", 3), competency("d", 4),
                competency("e", 5), competency("f", 6), competency("g", 7));
        Integer[][] levels = {{4, 3, 1, null, 2, 5, 4}, {3, 3, 2, null, 2, 5, 4}, {null, 4, 3, null, 2, 3, 4},
                {null, 2, 4, null, 4, 3, 4}};
        List<Member> reps = List.of(ann, bob, cat, dan);
        Map<Long, Map<String, Standing>> standings = new java.util.HashMap<>();
        for (int r = 0; r < reps.size(); r++) {
            Map<String, Standing> mine = new java.util.HashMap<>();
            for (int c = 0; c < all.size(); c++) {
                if (levels[r][c] != null) {
                    mine.put(all.get(c).key(), standing(all.get(c), levels[r][c], r == 0 && c == 0 ? 5 : null));
                }
            }
            standings.put(reps.get(r).id(), mine);
        }
        return SkillsMath.map(Fixtures.TEAM, all, reps, standings, false);
    }

    @Test
    void anAverageOfExactlyThreeAndAHalfOverHalfTheTeamIsAStrengthAndTiesGoToTheMoreStrongReps() {
        SkillsMap map = edges();

        assertThat(map.strengths()).extracting(c -> c.competency().key() + ": " + c.why()).containsExactly(
                "g: average 4.0, 4 of 4 rated reps at 4 or 5", "f: average 4.0, 2 of 4 rated reps at 4 or 5",
                "a: average 3.5, 1 of 2 rated reps at 4 or 5");
    }

    @Test
    void anAverageOfExactlyThreeWithSomeoneAtFourIsNoGapAndTiesGoToTheMoreWeakReps() {
        SkillsMap map = edges();

        assertThat(map.gaps()).extracting(c -> c.competency().key() + ": " + c.why()).containsExactly(
                "e: average 2.5, 3 of 4 rated reps at 1 or 2", "c: average 2.5, 2 of 4 rated reps at 1 or 2");
        assertThat(map.columns()).extracting(c -> c.competency().key() + " " + c.rated() + "/" + c.strong() + "/"
                + c.weak() + " " + c.why()).containsExactly("a 2/1/0 2 of 4 reps rated", "b 4/1/1 4 of 4 reps rated",
                "c 4/1/2 4 of 4 reps rated", "d 0/0/0 not rated yet", "e 4/1/3 4 of 4 reps rated",
                "f 4/2/0 4 of 4 reps rated", "g 4/4/0 4 of 4 reps rated");
        assertThat(map.columns().get(3).average()).isNull();
    }

    @Test
    void aCellShowsBothRatingsAndTheirGapAndAnUnratedCellNone() {
        SkillsMap map = edges();

        // ann on a: manager 4, self 5 → +1, not flagged (2 levels are).
        SkillsMap.Cell rated = map.rows().get(0).cells().get(0);
        assertThat(List.of(rated.manager(), rated.self(), rated.gap())).containsExactly(4, 5, 1);
        assertThat(rated.flagged()).isFalse();
        SkillsMap.Cell never = map.rows().get(0).cells().get(3);
        assertThat(never.manager()).isNull();
        assertThat(never.self()).isNull();
        assertThat(never.gap()).isNull();
    }

    @Test
    void aRepAtFourMentorsThoseAtOneOrTwo() {
        // b: cat is the only one at 4+ → helps dan (2); c: dan (4) helps ann (1) and bob (2); e: dan helps the rest.
        assertThat(edges().pairings()).extracting(p -> p.competency().key() + ": " + p.mentor().displayName() + " "
                + p.mentorLevel() + " → " + p.learners().stream().map(l -> l.rep().displayName() + " " + l.level()).toList())
                .containsExactly("b: Cat Clark 4 → [Dan Dunn 2]", "c: Dan Dunn 4 → [Ann Able 1, Bob Baker 2]",
                        "e: Dan Dunn 4 → [Ann Able 2, Bob Baker 2, Cat Clark 2]");
    }

    @Test
    void theHighestRatedMentorsFirstThenTheLeastLoadedThenByName() {
        // Listed Bob before Ann. closing: Bob 5 beats Ann 4 though her name comes first.
        SkillsMap higher = SkillsMath.map(Fixtures.TEAM, List.of(closing), List.of(bob, ann, cat), Map.of(
                2L, Map.of("closing", standing(closing, 5, null)), 1L, Map.of("closing", standing(closing, 4, null)),
                3L, Map.of("closing", standing(closing, 1, null))), false);
        assertThat(higher.pairings()).extracting(p -> p.mentor().displayName()).containsExactly("Bob Baker");

        // Both at 5, neither helping anyone yet: Ann, by name, though Bob is listed first.
        SkillsMap equal = SkillsMath.map(Fixtures.TEAM, List.of(closing), List.of(bob, ann, cat), Map.of(
                2L, Map.of("closing", standing(closing, 5, null)), 1L, Map.of("closing", standing(closing, 5, null)),
                3L, Map.of("closing", standing(closing, 1, null))), false);
        assertThat(equal.pairings()).extracting(p -> p.mentor().displayName()).containsExactly("Ann Able");
    }
}
