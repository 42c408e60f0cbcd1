package dev.frontline.organization;

import org.jspecify.annotations.Nullable;

/** A team as lists show it. */
public record TeamSummary(long id, String name, long regionId, String region, @Nullable Long managerId,
                          @Nullable String manager, @Nullable String managerUsername, int memberCount) {
}
