package dev.frontline.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One's own personal access tokens.
 *
 * @param secret the token just made, shown this once
 * @param meUrl  the API's "who am I" URL, for the example call
 */
public record TokensPage(List<ApiToken> tokens, @Nullable String secret, @Nullable String notice,
                         @Nullable String problem, int defaultDays, int maxDays, String meUrl) {
}
