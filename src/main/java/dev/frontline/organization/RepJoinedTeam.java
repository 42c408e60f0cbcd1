package dev.frontline.organization;

import org.jspecify.annotations.Nullable;

/**
 * A rep was placed in a team: added by a roster import, moved there by one, or assigned by the admin.
 *
 * @param fromTeamId the team they left, or null when they are new (or were not a rep of any team)
 */
public record RepJoinedTeam(long personId, long teamId, @Nullable Long fromTeamId) {
}
