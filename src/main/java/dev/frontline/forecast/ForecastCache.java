package dev.frontline.forecast;

import dev.frontline.shared.DataChanged;
import dev.frontline.system.DataVersions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The teams' forecasts, computed once per version of the data they were read from and shared by every page and
 * endpoint that shows them (the manager's and the rep's homes, the rep's card, the forecast pages and API, the
 * office roll-up). An entry is a team's {@link TeamEntry} for one "today" (a new day computes anew); it is served
 * while {@link DataVersions#version} of what it was read from — each rep of the team, the team, the organisation,
 * the settings — is the one taken before it was read, on this node and, through the database, every other. The
 * least recently used entries go when the entries weigh more than {@code frontline.forecast.cache-mb} (default 64).
 */
@Component
class ForecastCache {

    private final DataVersions versions;
    private final long budget;
    private final LinkedHashMap<Key, TeamEntry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final AtomicLong simulations = new AtomicLong();

    ForecastCache(DataVersions versions, @Value("${frontline.forecast.cache-mb:64}") long megabytes) {
        this.versions = versions;
        this.budget = megabytes * 1024 * 1024;
    }

    private record Key(long teamId, LocalDate today) {
    }

    /** What a team's entry is read from: its reps' deals and quotas, the team's own data, the roster, the settings. */
    static List<String> subjects(long teamId, List<Long> repIds) {
        List<String> subjects = new ArrayList<>(repIds.size() + 3);
        repIds.forEach(id -> subjects.add(DataChanged.person(id)));
        subjects.add(DataChanged.team(teamId));
        subjects.add(DataChanged.ORGANIZATION);
        subjects.add(DataChanged.SETTINGS);
        return subjects;
    }

    /** The version of the subjects now: take it before reading what they name. */
    long version(List<String> subjects) {
        return versions.version(subjects);
    }

    /** The version of what a team's roster is read from (taken before it is read, to tell whether it moved since). */
    long rosterVersion(long teamId) {
        return versions.version(DataChanged.team(teamId), DataChanged.ORGANIZATION, DataChanged.SETTINGS);
    }

    /** The team's entry for the day, if one is kept and still at the version of what it was read from. */
    synchronized @Nullable TeamEntry valid(long teamId, LocalDate today) {
        Key key = new Key(teamId, today);
        TeamEntry entry = entries.get(key);
        if (entry != null && versions.version(entry.subjects()) != entry.version()) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    /** Keeps the entry (replacing the team's for that day). */
    synchronized void keep(TeamEntry entry) {
        entries.put(new Key(entry.teamId(), entry.today()), entry);
        trim();
    }

    /** An entry computed something more: the least recently used go while the whole weighs more than the budget. */
    synchronized void grew() {
        trim();
    }

    private void trim() {
        long total = 0;
        for (TeamEntry e : entries.values()) {
            total += e.weight();
        }
        Iterator<Map.Entry<Key, TeamEntry>> eldest = entries.entrySet().iterator();
        while (total > budget && entries.size() > 1 && eldest.hasNext()) {
            total -= eldest.next().getValue().weight();
            eldest.remove();
        }
    }

    /** Runs a simulation of the model, counted. */
    <T> T simulated(Supplier<T> simulation) {
        simulations.incrementAndGet();
        return simulation.get();
    }

    /** How many simulations have run on this node since it started (what the cache spares shows here). */
    long simulations() {
        return simulations.get();
    }

    /** How many team entries are kept. */
    synchronized int size() {
        return entries.size();
    }
}
