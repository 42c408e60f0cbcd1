package dev.frontline.identity;

import org.jspecify.annotations.Nullable;

/**
 * The sign-in page.
 *
 * @param problem  why the last sign-in failed, if it did
 * @param ssoStart where single sign-on starts; null when it is not configured
 * @param ssoName  the provider's name on its button
 */
public record LoginPage(@Nullable String problem, boolean loggedOut, @Nullable String ssoStart, String ssoName) {
}
