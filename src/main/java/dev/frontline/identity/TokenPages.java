package dev.frontline.identity;

import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Viewer;
import dev.frontline.system.BaseUrl;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where one makes, reads and revokes one's personal access tokens. */
@Controller
@NavSection(Section.ACCOUNT)
class TokenPages {

    static final String VIEW = "identity/tokens";

    private final ApiTokens tokens;
    private final BaseUrl baseUrl;

    TokenPages(ApiTokens tokens, BaseUrl baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    /** The page; right after a token is made or revoked, with the flash attributes the redirect carried. */
    @GetMapping("/account/tokens")
    String list(Viewer viewer, Model model) {
        return page(viewer, model, (String) model.getAttribute("secret"), (String) model.getAttribute("notice"), null);
    }

    @PostMapping("/account/tokens")
    String create(Viewer viewer, @RequestParam(required = false) @Nullable String name,
                  @RequestParam(required = false) @Nullable String access,
                  @RequestParam(required = false) @Nullable Integer expiresInDays, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ApiTokens.Issued issued = tokens.issue(viewer.accountId(), name, access, expiresInDays);
            // post, redirect, get: the token is in the next page only (a reload neither shows it nor makes another)
            redirect.addFlashAttribute("secret", issued.secret());
            redirect.addFlashAttribute("notice", "Token “" + issued.token().name() + "” made. Copy it now: it is not "
                    + "shown again.");
            return "redirect:/account/tokens";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(viewer, model, null, null, String.join("; ", e.errors()));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(viewer.accountId(), id);
        redirect.addFlashAttribute("notice", "Token revoked: it no longer works.");
        return "redirect:/account/tokens";
    }

    private String page(Viewer viewer, Model model, @Nullable String secret, @Nullable String notice,
                        @Nullable String problem) {
        model.addAttribute("page", new TokensPage(tokens.of(viewer.accountId()), secret, notice, problem,
                ApiTokens.DEFAULT_DAYS, ApiTokens.MAX_DAYS, baseUrl.link("/api/v1/me")));
        return VIEW;
    }
}
