package dev.frontline.organization;

import java.util.List;
import java.util.Set;

/** A team's reps over a span of time, by name, and the ids of those among them who have left (former). */
public record TeamReps(List<Member> reps, Set<Long> former) {

    public boolean isFormer(long repId) {
        return former.contains(repId);
    }
}
