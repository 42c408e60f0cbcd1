package dev.frontline.results;

import dev.frontline.shared.DataChanged;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.system.DataVersions;
import dev.frontline.system.KeptFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Office roll-ups and team results, kept per office (team), period and day until what they were computed from
 * changes ({@link DataVersions}): the roster (the organisation), the reps' deals and quotas, the teams' quotas and
 * the settings. An office of 200 teams reads some 100,000 deals; its directors look at the same figures all day, as
 * a manager does at the team's.
 *
 * <p>A roll-up is only kept for viewers who see the whole office (its director, the admin): it is then the same
 * for all of them. Team results are for those who see the whole team (its manager, director, the admin), and so
 * the same for all of them too.
 */
@Component
class ResultsCache {

    private final DataVersions versions;
    private final KeptFigures<Key, RegionResults> kept;
    private final KeptFigures<TeamKey, TeamResults> teams;
    private final KeptFigures<TrendKey, List<TrendPoint>> trends;

    ResultsCache(DataVersions versions) {
        this.versions = versions;
        this.kept = new KeptFigures<>(versions, 2_000);
        this.teams = new KeptFigures<>(versions, 5_000);
        this.trends = new KeptFigures<>(versions, 5_000);
    }

    record Key(long regionId, SalesPeriod period, LocalDate today) {
    }

    record TeamKey(long teamId, SalesPeriod period, LocalDate today) {
    }

    record TrendKey(long teamId, Grain grain, int count, LocalDate today) {
    }

    Optional<List<TrendPoint>> trend(TrendKey key) {
        return trends.get(key);
    }

    void keep(TrendKey key, List<TrendPoint> trend, Reading reading, long rosterBefore) {
        trends.keep(key, List.copyOf(trend), reading.subjects(), reading.version(), rosterBefore);
    }

    Optional<TeamResults> team(TeamKey key) {
        return teams.get(key);
    }

    void keep(TeamKey key, TeamResults results, Reading reading, long rosterBefore) {
        teams.keep(key, results, reading.subjects(), reading.version(), rosterBefore);
    }

    /** What an office's roll-up reads: its rows' version is taken before they are read. */
    record Reading(List<String> subjects, long version) {
    }

    Optional<RegionResults> get(Key key) {
        return kept.get(key);
    }

    /** The version of the roster and settings, taken before the roster is read. */
    long rosterVersion() {
        return versions.rosterVersion();
    }

    /** The subjects of an office with these teams and reps, and their version now (before its deals are read). */
    Reading reading(Collection<Long> teamIds, Collection<Long> repIds) {
        List<String> subjects = new ArrayList<>(teamIds.size() + repIds.size() + 2);
        subjects.add(DataChanged.ORGANIZATION);
        subjects.add(DataChanged.SETTINGS);
        teamIds.forEach(t -> subjects.add(DataChanged.team(t)));
        repIds.forEach(r -> subjects.add(DataChanged.person(r)));
        return new Reading(List.copyOf(subjects), versions.version(subjects));
    }

    /** Keeps a roll-up, unless the roster changed while it was read (its rows could be of the old roster). */
    void keep(Key key, RegionResults results, Reading reading, long rosterBefore) {
        kept.keep(key, results, reading.subjects(), reading.version(), rosterBefore);
    }
}
