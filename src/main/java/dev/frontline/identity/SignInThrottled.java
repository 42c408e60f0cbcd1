package dev.frontline.identity;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password: too many failures for the login name or the address. */
class SignInThrottled extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long seconds;

    SignInThrottled(Duration wait) {
        super("Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s");
        this.seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }

    long seconds() {
        return seconds;
    }
}
