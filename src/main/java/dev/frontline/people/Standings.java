package dev.frontline.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The current standing of each competency: the latest rating by each rater wins, the earlier ones are history. */
final class Standings {

    private Standings() {
    }

    /** One standing per competency given, in its order; ratings must be oldest first. */
    static List<Standing> of(List<Competency> competencies, List<Rating> ratings) {
        Map<String, Rating> manager = new HashMap<>();
        Map<String, Rating> self = new HashMap<>();
        for (Rating r : ratings) {
            (r.rater() == Rater.MANAGER ? manager : self).put(r.key(), r);
        }
        List<Standing> out = new ArrayList<>();
        for (Competency c : competencies) {
            out.add(new Standing(c, manager.get(c.key()), self.get(c.key())));
        }
        return out;
    }

    static Map<String, Standing> byKey(List<Standing> standings) {
        Map<String, Standing> out = new HashMap<>();
        standings.forEach(s -> out.put(s.competency().key(), s));
        return out;
    }

    /** The mean of the latest manager ratings per competency over several reps, one decimal. */
    static Map<String, BigDecimal> managerAverages(List<List<Standing>> reps) {
        Map<String, int[]> sums = new HashMap<>();
        for (List<Standing> rep : reps) {
            for (Standing s : rep) {
                if (s.manager() != null) {
                    int[] sum = sums.computeIfAbsent(s.competency().key(), k -> new int[2]);
                    sum[0] += s.manager().level();
                    sum[1]++;
                }
            }
        }
        Map<String, BigDecimal> out = new HashMap<>();
        sums.forEach((k, v) -> out.put(k, BigDecimal.valueOf(v[0]).divide(BigDecimal.valueOf(v[1]), 1, RoundingMode.HALF_UP)));
        return out;
    }
}
