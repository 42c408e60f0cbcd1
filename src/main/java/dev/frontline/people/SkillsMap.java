package dev.frontline.people;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's skills: reps × competencies by the manager's latest ratings, with the self-ratings beside them.
 *
 * @param strengths competencies the team as a whole is good at
 * @param gaps      competencies the team as a whole lacks
 * @param pairings  who could help whom, competency by competency
 * @param flags     self-ratings {@value Standing#LARGE_GAP} or more levels away from the manager's
 */
public record SkillsMap(TeamSummary team, List<Competency> competencies, List<Row> rows, List<Column> columns,
                        List<Column> strengths, List<Column> gaps, List<Pairing> pairings, List<Flag> flags,
                        boolean demo) {

    /** One rep's latest ratings of one competency; {@code gap} is self minus manager. */
    public record Cell(String key, @Nullable Integer manager, @Nullable Integer self, @Nullable Integer gap,
                       boolean flagged) {
    }

    public record Row(Member rep, List<Cell> cells) {
    }

    /**
     * One competency across the team.
     *
     * @param average mean manager rating of the reps rated, one decimal
     * @param strong  reps at 4 or 5
     * @param weak    reps at 1 or 2
     * @param why     the sentence that puts it among strengths or gaps
     */
    public record Column(Competency competency, @Nullable BigDecimal average, int rated, int strong, int weak,
                         String why) {
    }

    /** A rep strong in a competency who could help reps weak in it. */
    public record Pairing(Competency competency, Member mentor, int mentorLevel, List<Learner> learners) {
    }

    public record Learner(Member rep, int level) {
    }

    public record Flag(Member rep, Competency competency, int manager, int self) {

        public String direction() {
            return self > manager ? "rates themself higher" : "rates themself lower";
        }
    }
}
