package dev.frontline.audit.web;

import dev.frontline.audit.AuditAction;
import dev.frontline.audit.AuditQuery;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters as the page and the API take them: {@code actor} (username), {@code repId} (whose content),
 * {@code kind}, {@code action}, {@code from}/{@code to} (ISO dates, UTC, both included), {@code page} from 0 and
 * {@code limit} entries a page. A malformed action or date is 400; a page or limit out of range 422.
 */
public record AuditParams(@Nullable String actor, @Nullable Long repId, @Nullable String kind, @Nullable AuditAction action,
                   @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @Nullable Integer page, @Nullable Integer limit) {

    AuditQuery query(int defaultLimit) {
        return new AuditQuery(actor, repId, kind, action, from, to, page == null ? 0 : page,
                limit == null ? defaultLimit : limit);
    }

    /** This filter's address on the page, at another page. */
    public String link(int other) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/audit");
        if (actor != null && !actor.isBlank()) uri.queryParam("actor", actor);
        if (repId != null) uri.queryParam("repId", repId);
        if (kind != null && !kind.isBlank()) uri.queryParam("kind", kind);
        if (action != null) uri.queryParam("action", action.name());
        if (from != null) uri.queryParam("from", from.toString());
        if (to != null) uri.queryParam("to", to.toString());
        if (limit != null) uri.queryParam("limit", limit);
        return uri.queryParam("page", other).encode().toUriString();
    }
}
