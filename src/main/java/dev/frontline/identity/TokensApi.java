package dev.frontline.identity;

import dev.frontline.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One's own personal access tokens. */
@RestController
@RequestMapping("/api/v1/me/tokens")
class TokensApi {

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(@Nullable String name, @Nullable String access, @Nullable Integer expiresInDays) {
    }

    record Created(long id, String name, String prefix, String access, Instant expiresAt, String token) {
    }

    @GetMapping
    @Operation(summary = "Your personal access tokens (never the tokens themselves)",
            description = "The signed-in user's own tokens with name, prefix, access, creation, last use, expiry and "
                    + "state; the secret itself is shown only once, when a token is made.")
    List<ApiToken> list(Viewer viewer) {
        return tokens.of(viewer.accountId());
    }

    @PostMapping
    @Operation(summary = "Make a token: {name, access: read|read-write, expiresInDays? (1-366, default 90)}; "
            + "the answer holds the token, shown this once. Needs a password or a browser session, not a token.",
            description = "A request signed in with a token gets 403. A missing or too long name, an access other "
                    + "than read or read-write, or expiresInDays outside 1–366 422 naming each field; answers 201 "
                    + "with the token, shown this once. A read token may only GET.")
    ResponseEntity<Created> create(Viewer viewer, @RequestBody NewToken body) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication) {
            throw new AccessDeniedException("A token cannot make tokens");
        }
        ApiTokens.Issued issued = tokens.issue(viewer.accountId(), body.name(), body.access(), body.expiresInDays());
        ApiToken t = issued.token();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(t.id(), t.name(), t.prefix(), t.access(), t.expiresAt(), issued.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens; it answers 401 from then on",
            description = "Only one's own tokens: someone else's or an unknown id 404. Answers 204.")
    ResponseEntity<Void> revoke(Viewer viewer, @PathVariable long id) {
        tokens.revoke(viewer.accountId(), id);
        return ResponseEntity.noContent().build();
    }
}
