package dev.frontline.identity;

import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Viewer;
import dev.frontline.system.BaseUrl;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where one makes, reads and revokes one's personal access tokens. */
@Controller
class TokenPages {

    static final String VIEW = "identity/tokens";

    private final ApiTokens tokens;
    private final BaseUrl baseUrl;

    TokenPages(ApiTokens tokens, BaseUrl baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/account/tokens")
    String list(Viewer viewer, Model model) {
        return page(viewer, model, null, null, null);
    }

    @PostMapping("/account/tokens")
    String create(Viewer viewer, @RequestParam(required = false) @Nullable String name,
                  @RequestParam(required = false) @Nullable String access,
                  @RequestParam(required = false) @Nullable Integer expiresInDays, Model model,
                  HttpServletResponse response) {
        try {
            ApiTokens.Issued issued = tokens.issue(viewer.accountId(), name, access, expiresInDays);
            return page(viewer, model, issued.secret(), "Token “" + issued.token().name() + "” made. Copy it now: "
                    + "it is not shown again.", null);
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(viewer, model, null, null, String.join("; ", e.errors()));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Viewer viewer, @PathVariable long id, Model model) {
        tokens.revoke(viewer.accountId(), id);
        return page(viewer, model, null, "Token revoked: it no longer works.", null);
    }

    private String page(Viewer viewer, Model model, @Nullable String secret, @Nullable String notice,
                        @Nullable String problem) {
        model.addAttribute("page", new TokensPage(tokens.of(viewer.accountId()), secret, notice, problem,
                ApiTokens.DEFAULT_DAYS, ApiTokens.MAX_DAYS, baseUrl.link("/api/v1/me")));
        return VIEW;
    }
}
