package dev.frontline.identity;

import java.time.Instant;

/**
 * Failed sign-ins of one name from one address for one reason, as the admin's logins page lists them.
 *
 * @param username as it was typed
 * @param reason   {@code UNKNOWN_LOGIN}, {@code WRONG_PASSWORD}, {@code DISABLED}, {@code THROTTLED} (refused
 *                 without a look at the password) or {@code SSO_NO_LOGIN}
 */
public record SignInFailure(String username, String address, String reason, int count, Instant last) {

    public String reasonLabel() {
        return switch (reason) {
            case "UNKNOWN_LOGIN" -> "no such login";
            case "WRONG_PASSWORD" -> "wrong password";
            case "DISABLED" -> "login disabled";
            case "THROTTLED" -> "refused: waiting after failures";
            case "SSO_NO_LOGIN" -> "single sign-on: no login with this e-mail";
            default -> reason;
        };
    }
}
