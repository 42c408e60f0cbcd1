package dev.frontline.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * A team's pipeline settings as its manager, director or the admin sets them.
 *
 * @param version        the version the editor saw (0 while none was set); required
 * @param staleAfterDays 1 to 365; required
 */
public record PipelineSettingChange(@Nullable Integer version, @Nullable Integer staleAfterDays) {
}
