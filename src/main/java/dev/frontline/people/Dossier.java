package dev.frontline.people;

import dev.frontline.organization.Member;
import dev.frontline.results.RepRecord;
import dev.frontline.results.TrendPoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One rep's dossier as the viewer may see it. A peer (another rep of the team) gets {@link Access#PEER}: the rep's
 * name and role and the strengths the rep chose to share, everything else empty.
 *
 * @param evidenceNote what the numbers could or could not say (span, too few deals)
 * @param shared       keys of the strengths the rep shares with their peers
 * @param performance  null for peers
 * @param onboarding   the open checklist, shown to the manager, director and admin
 * @param demo         some of what is shown was generated for the demo
 */
public record Dossier(Member rep, Access access, Can can, boolean demo, List<Standing> competencies,
                      List<Finding> strengths, List<Finding> weaknesses, String evidenceNote, Set<String> shared,
                      Map<Topic, Remark> remarks, Motivations motivations, Aspirations aspirations,
                      @Nullable Performance performance, @Nullable Checklist onboarding) {

    public enum Access { FULL, PEER }

    /**
     * What the viewer may do here.
     *
     * @param rateAsManager the rep's manager rates as manager
     * @param rateSelf      the rep rates themself
     * @param editOwn       the rep edits their motivations and aspirations and chooses what to share
     * @param remark        the manager pins words and comments
     * @param readNotes     the manager and the director read and write private notes
     */
    public record Can(boolean rateAsManager, boolean rateSelf, boolean editOwn, boolean remark, boolean readNotes) {

        public boolean rate() {
            return rateAsManager || rateSelf;
        }
    }

    /**
     * Past performance: the record by quarter beside the team, months for the trend, and the outlook.
     */
    public record Performance(RepRecord record, List<TrendPoint> months, Outlook outlook) {
    }

    public @Nullable Remark remark(Topic topic) {
        Remark r = remarks.get(topic);
        return r == null || r.text().isBlank() ? null : r;
    }

    public int remarkVersion(Topic topic) {
        Remark r = remarks.get(topic);
        return r == null ? 0 : r.version();
    }

    public boolean isShared(Finding finding) {
        return shared.contains(finding.key());
    }

    public boolean peer() {
        return access == Access.PEER;
    }
}
