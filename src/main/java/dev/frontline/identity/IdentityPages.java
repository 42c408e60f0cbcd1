package dev.frontline.identity;

import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, one's own password, and the admin's management of logins. */
@Controller
class IdentityPages {

    static final String LOGIN = "identity/login";
    static final String PASSWORD = "identity/password";
    static final String LOGINS = "identity/logins";

    static final int RECENT_FAILURES = 50;

    private final Accounts accounts;
    private final Organization organization;
    private final SecurityContextRepository contexts;
    private final AccountDetailsService principals;
    private final SignInThrottle throttle;
    private final SingleSignOn sso;

    IdentityPages(Accounts accounts, Organization organization, SessionContexts contexts,
                  AccountDetailsService principals, SignInThrottle throttle, SingleSignOn sso) {
        this.accounts = accounts;
        this.organization = organization;
        this.contexts = contexts;
        this.principals = principals;
        this.throttle = throttle;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error,
                 @RequestParam(required = false) @Nullable String logout,
                 @RequestParam(required = false) @Nullable String throttled,
                 @RequestParam(name = "sso-failed", required = false) @Nullable String ssoFailed, Model model) {
        String problem = null;
        if (throttled != null) {
            problem = "Too many failed sign-ins for this login or from your address. Try again in "
                    + (throttled.matches("\\d{1,4}") ? throttled + " seconds." : "a while.");
        } else if (ssoFailed != null) {
            problem = "Single sign-on found no enabled Frontline login for your e-mail address. Ask your "
                    + "administrator to set it on your login.";
        } else if (error != null) {
            problem = "Wrong username or password, or the login is disabled.";
        }
        model.addAttribute("page", new LoginPage(problem, logout != null,
                sso.enabled() ? "/oauth2/authorization/" + SingleSignOn.REGISTRATION : null, sso.name()));
        return LOGIN;
    }

    @NavSection(Section.ACCOUNT)
    @GetMapping("/account/password")
    String passwordForm(Viewer viewer, Model model) {
        model.addAttribute("problem", null);
        return PASSWORD;
    }

    @PostMapping("/account/password")
    String changePassword(Viewer viewer, @RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, Model model, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new dev.frontline.shared.InvalidInput("confirmation", "The new password and its confirmation differ");
            }
            accounts.changePassword(viewer.accountId(), currentPassword, newPassword);
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            model.addAttribute("problem", e.getMessage());
            return PASSWORD;
        }
        refreshPrincipal(request, response);
        redirect.addFlashAttribute("notice", "Your password is changed.");
        return "redirect:/";
    }

    /**
     * The password change ended every session of the login (other browsers, a stolen cookie): this one goes on,
     * signed in again with the login's new state.
     */
    private void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            principals.principal(p.accountId()).ifPresent(fresh -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                        fresh.authorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            });
        }
    }

    @NavSection(Section.LOGINS)
    @GetMapping("/admin/logins")
    String logins(Scope scope, @RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("page", loginsPage(scope, q, null, null));
        return LOGINS;
    }

    @PostMapping("/admin/logins")
    String grant(Scope scope, @RequestParam long personId, @RequestParam Role role,
                 @RequestParam(required = false) @Nullable Long teamId,
                 @RequestParam(required = false) @Nullable Long regionId,
                 @RequestParam(required = false) @Nullable String email, Model model, HttpServletResponse response) {
        return act(scope, model, response, () -> {
            String password = accounts.grantLogin(personId, role, teamId, regionId, email);
            return "Login created for " + organization.findById(personId).map(p -> p.username()).orElse("?")
                    + ". One-time password: " + password;
        });
    }

    @PostMapping("/admin/logins/{id}/reset")
    String reset(Scope scope, @PathVariable long id, @RequestParam int version, Model model,
                 HttpServletResponse response) {
        return act(scope, model, response, () -> "New one-time password: " + accounts.resetPassword(id, version));
    }

    @PostMapping("/admin/logins/{id}/disable")
    String disable(Scope scope, @PathVariable long id, @RequestParam int version, Model model,
                   HttpServletResponse response) {
        return act(scope, model, response, () -> {
            accounts.disable(id, version);
            return "Login disabled.";
        });
    }

    @PostMapping("/admin/logins/{id}/enable")
    String enable(Scope scope, @PathVariable long id, @RequestParam int version, Model model,
                  HttpServletResponse response) {
        return act(scope, model, response, () -> {
            accounts.enable(id, version);
            return "Login enabled.";
        });
    }

    @PostMapping("/admin/logins/{id}/email")
    String email(Scope scope, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) @Nullable String email, Model model, HttpServletResponse response) {
        return act(scope, model, response, () -> {
            accounts.changeEmail(id, version, email);
            return email == null || email.isBlank() ? "E-mail removed." : "E-mail set to " + email.trim() + ".";
        });
    }

    @PostMapping("/admin/logins/{id}/role")
    String role(Scope scope, @PathVariable long id, @RequestParam int version, @RequestParam Role role,
                @RequestParam(required = false) @Nullable Long teamId,
                @RequestParam(required = false) @Nullable Long regionId, Model model, HttpServletResponse response) {
        return act(scope, model, response, () -> {
            accounts.assignRole(id, version, role, teamId, regionId);
            return "Role set to " + role.label() + ".";
        });
    }

    private String act(Scope scope, Model model, HttpServletResponse response, Action action) {
        String notice = null;
        String problem = null;
        try {
            notice = action.run();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            response.setStatus(422);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            problem = "Someone else changed this login meanwhile; the list below is current — try again.";
            response.setStatus(409);
        }
        model.addAttribute("page", loginsPage(scope, null, notice, problem));
        return LOGINS;
    }

    private LoginsPage loginsPage(Scope scope, @Nullable String query, @Nullable String notice,
                                  @Nullable String problem) {
        List<TeamSummary> teams = organization.teams(scope);
        List<Region> regions = organization.regions(scope);
        var logins = accounts.logins();
        var withLogin = logins.stream().map(Login::personId).filter(java.util.Objects::nonNull).toList();
        var without = organization.people(scope).stream().filter(p -> !withLogin.contains(p.id())).toList();
        String q = query == null ? "" : query.trim();
        var shown = q.isEmpty() ? logins : logins.stream().filter(l -> l.matches(q)).toList();
        return new LoginsPage(shown, logins.size(), q, without, teams, regions, Arrays.asList(Role.values()), notice,
                problem, throttle.recent(RECENT_FAILURES), throttle.waiting().stream()
                .map(w -> new LoginsPage.Waiting(w.key(), w.failures(), Times.when(w.until()))).toList());
    }

    @FunctionalInterface
    private interface Action {
        String run();
    }
}
