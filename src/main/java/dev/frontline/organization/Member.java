package dev.frontline.organization;

import org.jspecify.annotations.Nullable;

/** A person as rosters show them. */
public record Member(long id, String username, String displayName, String firstName, String lastName, Title title,
                     @Nullable Long teamId, @Nullable String team, @Nullable Long regionId, @Nullable String region) {
}
