package dev.frontline.people.web;

import dev.frontline.people.Competency;
import dev.frontline.people.Dossier;
import dev.frontline.people.Driver;
import dev.frontline.people.Finding;
import dev.frontline.people.Motivations;
import dev.frontline.people.Rating;
import dev.frontline.people.Standing;
import dev.frontline.results.Breakdown;
import dev.frontline.results.RepRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dossier page: the dossier and the charts drawn from it.
 *
 * @param quarterChart won revenue against quota by quarter
 * @param monthChart   won revenue by month
 * @param winRateChart the rep's win rate against the team's by quarter
 * @param history      the first competency's rating history, swapped by htmx for another
 */
public record DossierPage(Dossier dossier, @Nullable String quarterChart, @Nullable String monthChart,
                          @Nullable String winRateChart, @Nullable HistoryFragment history,
                          @Nullable String notice) {

    public boolean hasRatings() {
        return dossier.competencies().stream().anyMatch(s -> s.manager() != null || s.self() != null);
    }

    public List<Finding> sharedStrengths() {
        return dossier.strengths().stream().filter(dossier::isShared).toList();
    }

    public @Nullable RepRecord record() {
        return dossier.performance() == null ? null : dossier.performance().record();
    }

    /** The team's breakdown row with the same key, if any. */
    public static @Nullable Breakdown teamRow(List<Breakdown> team, String key) {
        return team.stream().filter(b -> b.key().equals(key)).findFirst().orElse(null);
    }

    public static String level(@Nullable Rating r) {
        return r == null ? "—" : Integer.toString(r.level());
    }

    public static @Nullable LocalDate day(java.time.@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public static String gapText(Standing s) {
        Integer gap = s.gap();
        if (gap == null || gap == 0) {
            return "";
        }
        return (gap > 0 ? "self +" : "self ") + gap;
    }

    public List<Driver> unranked() {
        List<Driver> ranked = dossier.motivations().drivers().stream().map(Motivations.Choice::driver).toList();
        return java.util.Arrays.stream(Driver.values()).filter(d -> !ranked.contains(d)).toList();
    }

    /** One competency's rating history as a chart. */
    public record HistoryFragment(long repId, Competency competency, List<Competency> choices, List<Rating> ratings,
                                  String chart) {
    }
}
