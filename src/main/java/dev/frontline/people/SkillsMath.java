package dev.frontline.people;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a team's skills map, free of Spring.
 *
 * <ul>
 *   <li>a competency is a team <b>strength</b> when the manager's ratings average 3.5 or more over at least half the
 *       team; a <b>gap</b> when they average below 3 (competent), or when reps are rated and none reaches 4;</li>
 *   <li>a self-rating {@value Standing#LARGE_GAP} or more levels from the manager's is <b>flagged</b>;</li>
 *   <li><b>pairings</b>: for each competency with reps at 1 or 2, the rep rated highest (4 or 5) helps them; among
 *       equals, the one helping fewest so far, so that the load spreads.</li>
 * </ul>
 */
final class SkillsMath {

    static final BigDecimal STRONG_AVERAGE = new BigDecimal("3.5");
    static final BigDecimal WEAK_AVERAGE = new BigDecimal("3.0");
    static final int MAX_LISTED = 3;

    private SkillsMath() {
    }

    /**
     * @param standings rep id → competency key → standing (absent when never rated)
     */
    static SkillsMap map(TeamSummary team, List<Competency> competencies, List<Member> reps,
                         Map<Long, Map<String, Standing>> standings, boolean demo) {
        List<SkillsMap.Row> rows = new ArrayList<>();
        List<SkillsMap.Flag> flags = new ArrayList<>();
        for (Member rep : reps) {
            Map<String, Standing> mine = standings.getOrDefault(rep.id(), Map.of());
            List<SkillsMap.Cell> cells = new ArrayList<>();
            for (Competency c : competencies) {
                Standing s = mine.get(c.key());
                Integer manager = s == null || s.manager() == null ? null : s.manager().level();
                Integer self = s == null || s.self() == null ? null : s.self().level();
                boolean flagged = s != null && s.largeGap();
                cells.add(new SkillsMap.Cell(c.key(), manager, self, s == null ? null : s.gap(), flagged));
                if (flagged) {
                    flags.add(new SkillsMap.Flag(rep, c, manager, self));
                }
            }
            rows.add(new SkillsMap.Row(rep, cells));
        }
        List<SkillsMap.Column> columns = new ArrayList<>();
        for (int i = 0; i < competencies.size(); i++) {
            columns.add(column(competencies.get(i), rows, i, reps.size()));
        }
        List<SkillsMap.Column> strengths = columns.stream()
                .filter(c -> c.average() != null && c.average().compareTo(STRONG_AVERAGE) >= 0 && c.rated() * 2 >= reps.size())
                .sorted(Comparator.comparing((SkillsMap.Column c) -> c.average()).reversed()
                        .thenComparing(c -> -c.strong()))
                .limit(MAX_LISTED).map(c -> withWhy(c, "average " + c.average() + ", " + c.strong() + " of " + c.rated()
                        + " rated reps at 4 or 5")).toList();
        List<SkillsMap.Column> gaps = columns.stream()
                .filter(c -> c.average() != null && (c.average().compareTo(WEAK_AVERAGE) < 0 || c.strong() == 0))
                .sorted(Comparator.comparing((SkillsMap.Column c) -> c.average()).thenComparing(c -> -c.weak()))
                .limit(MAX_LISTED).map(c -> withWhy(c, "average " + c.average() + (c.strong() == 0
                        ? ", and nobody is rated 4 or 5" : ", " + c.weak() + " of " + c.rated() + " rated reps at 1 or 2")))
                .toList();
        return new SkillsMap(team, competencies, rows, columns, strengths, gaps, pairings(competencies, rows), flags, demo);
    }

    private static SkillsMap.Column column(Competency c, List<SkillsMap.Row> rows, int index, int size) {
        List<Integer> levels = rows.stream().map(r -> r.cells().get(index).manager()).filter(l -> l != null).toList();
        BigDecimal average = levels.isEmpty() ? null
                : BigDecimal.valueOf(levels.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(levels.size()), 1, RoundingMode.HALF_UP);
        int strong = (int) levels.stream().filter(l -> l >= 4).count();
        int weak = (int) levels.stream().filter(l -> l <= 2).count();
        return new SkillsMap.Column(c, average, levels.size(), strong, weak,
                levels.isEmpty() ? "not rated yet" : levels.size() + " of " + size + " reps rated");
    }

    private static SkillsMap.Column withWhy(SkillsMap.Column c, String why) {
        return new SkillsMap.Column(c.competency(), c.average(), c.rated(), c.strong(), c.weak(), why);
    }

    private static List<SkillsMap.Pairing> pairings(List<Competency> competencies, List<SkillsMap.Row> rows) {
        Map<Long, Integer> load = new HashMap<>();
        List<SkillsMap.Pairing> out = new ArrayList<>();
        for (int i = 0; i < competencies.size(); i++) {
            int index = i;
            List<SkillsMap.Learner> learners = rows.stream()
                    .filter(r -> level(r, index) != null && level(r, index) <= 2)
                    .map(r -> new SkillsMap.Learner(r.rep(), level(r, index))).toList();
            if (learners.isEmpty()) {
                continue;
            }
            rows.stream().filter(r -> level(r, index) != null && level(r, index) >= 4)
                    .min(Comparator.comparingInt((SkillsMap.Row r) -> -level(r, index))
                            .thenComparingInt(r -> load.getOrDefault(r.rep().id(), 0))
                            .thenComparing(r -> r.rep().displayName()))
                    .ifPresent(mentor -> {
                        load.merge(mentor.rep().id(), 1, Integer::sum);
                        out.add(new SkillsMap.Pairing(competencies.get(index), mentor.rep(), level(mentor, index),
                                learners));
                    });
        }
        return out;
    }

    private static @Nullable Integer level(SkillsMap.Row row, int index) {
        return row.cells().get(index).manager();
    }
}
