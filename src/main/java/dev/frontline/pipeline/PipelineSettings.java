package dev.frontline.pipeline;

import dev.frontline.organization.Organization;
import dev.frontline.pipeline.internal.TeamSettingStore;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import dev.frontline.shared.StaleVersion;
import dev.frontline.system.DataVersions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's settings of the deal list: after how many days without a recorded change an open deal is stale. Read
 * by everyone who sees the team's deals (through the flags), set by the team's manager, its director and the admin.
 */
@Service
@Transactional(readOnly = true)
public class PipelineSettings {

    /** An open deal with no change in more days than this is stale, for a team that set nothing. */
    public static final int DEFAULT_STALE_AFTER_DAYS = DealFlags.DEFAULT_STALE_AFTER_DAYS;
    public static final int MAX_STALE_AFTER_DAYS = 365;
    /** What {@link DataChanged} names when a team's pipeline setting changes (with the team itself). */
    static final String SUBJECT = "pipeline-settings";

    private final TeamSettingStore store;
    private final Organization organization;
    private final DataVersions versions;
    private final ApplicationEventPublisher events;
    private volatile @Nullable Kept kept;

    private record Kept(Map<Long, Integer> staleAfterDays, long version) {
    }

    PipelineSettings(TeamSettingStore store, Organization organization, DataVersions versions,
                     ApplicationEventPublisher events) {
        this.store = store;
        this.organization = organization;
        this.versions = versions;
        this.events = events;
    }

    /** A team's settings, for its manager, its director and the admin; a rep or anyone outside scope 404. */
    public TeamPipelineSetting setting(Scope scope, long teamId) {
        organization.ledTeam(scope, teamId, "pipeline settings");
        return store.row(teamId)
                .map(r -> new TeamPipelineSetting(teamId, r.staleAfterDays(), true, r.version()))
                .orElse(new TeamPipelineSetting(teamId, DEFAULT_STALE_AFTER_DAYS, false, 0));
    }

    /**
     * Sets after how many days without a change a team's open deals are stale: for its manager, its director and the
     * admin (others 404). {@code version} is required (0 while none was set), a stale one 409; days 1 to 365 (422).
     */
    @Transactional
    public TeamPipelineSetting setStaleAfterDays(Scope scope, long teamId, PipelineSettingChange change) {
        organization.ledTeam(scope, teamId, "pipeline settings");
        if (change.version() == null) {
            throw new InvalidInput("version", "required: the version you saw (0 when the team set nothing yet)");
        }
        Integer days = change.staleAfterDays();
        if (days == null || days < 1 || days > MAX_STALE_AFTER_DAYS) {
            throw new InvalidInput("staleAfterDays", "is a number of days from 1 to " + MAX_STALE_AFTER_DAYS
                    + (days == null ? "" : ", not " + days));
        }
        if (!store.save(teamId, change.version(), days, scope.viewer().username())) {
            throw new StaleVersion("The pipeline settings of team " + teamId,
                    store.row(teamId).map(TeamSettingStore.Row::version).orElse(0));
        }
        events.publishEvent(new DataChanged(Set.of(SUBJECT, DataChanged.team(teamId))));
        return store.row(teamId).map(r -> new TeamPipelineSetting(teamId, r.staleAfterDays(), true, r.version()))
                .orElseThrow();
    }

    /**
     * The stale limit of each person placed in a team that set its own, by person id (everyone else has
     * {@link #DEFAULT_STALE_AFTER_DAYS}). Kept until a setting or the organisation changes: no statement in between.
     */
    public Map<Long, Integer> staleAfterDaysByPerson() {
        Map<Long, Integer> byTeam = staleAfterDaysByTeam();
        if (byTeam.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> byPerson = new HashMap<>();
        organization.teamOfPeople().forEach((person, team) -> {
            Integer days = byTeam.get(team);
            if (days != null) {
                byPerson.put(person, days);
            }
        });
        return byPerson;
    }

    /** The limit each team that set one set, by team id. */
    public Map<Long, Integer> staleAfterDaysByTeam() {
        long version = versions.version(SUBJECT);
        Kept k = kept;
        if (k == null || k.version() != version) {
            k = new Kept(Map.copyOf(store.staleAfterDays()), version);
            kept = k;
        }
        return k.staleAfterDays();
    }
}
