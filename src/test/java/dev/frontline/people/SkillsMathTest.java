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
}
