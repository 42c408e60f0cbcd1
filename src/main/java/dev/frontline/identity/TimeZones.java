package dev.frontline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A user's time zone: set by them (profile page, API) or first taken from their browser; and the signed-in session
 * brought up to date at once, so the next page already counts "today" in the new zone. (Other browsers signed in as
 * the same user pick the zone up at their next sign-in; calls with a token or a password read the login afresh.)
 */
@Component
class TimeZones {

    /** The zones a user may pick, by id. */
    static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private final Accounts accounts;
    private final SessionContexts contexts;

    TimeZones(Accounts accounts, SessionContexts contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    String choose(AccountPrincipal me, String zone, int version, HttpServletRequest request,
                  HttpServletResponse response) {
        String id = accounts.chooseTimeZone(me.accountId(), zone, version);
        refresh(me, id, request, response);
        return id;
    }

    Optional<String> fromBrowser(AccountPrincipal me, String zone, HttpServletRequest request,
                                 HttpServletResponse response) {
        Optional<String> taken = accounts.takeBrowserTimeZone(me.accountId(), zone);
        taken.ifPresent(id -> refresh(me, id, request, response));
        return taken;
    }

    private void refresh(AccountPrincipal me, String zone, HttpServletRequest request, HttpServletResponse response) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        if (old == null) {
            return;
        }
        AccountPrincipal moved = me.inTimeZone(zone);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(moved, null, old.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    static AccountPrincipal signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return p;
        }
        throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Not signed in");
    }
}
