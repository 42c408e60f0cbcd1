package dev.frontline.pipeline;

/**
 * A team's pipeline settings as the deal list applies them.
 *
 * @param staleAfterDays an open deal with no change recorded in more days than this is stale (1 to 365)
 * @param teamsOwn       whether the team set it (false: the default applies)
 * @param version        for optimistic locking: 0 while the team has set nothing
 */
public record TeamPipelineSetting(long teamId, int staleAfterDays, boolean teamsOwn, int version) {
}
