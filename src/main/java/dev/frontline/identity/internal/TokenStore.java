package dev.frontline.identity.internal;

import dev.frontline.system.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens: only their SHA-256 hash is stored, with a short prefix to recognise them by. */
@Repository
public class TokenStore {

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token. */
    public record TokenRow(long id, long accountId, String name, String prefix, boolean readOnly, Instant createdAt,
                           Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
    }

    public long insert(long accountId, String name, String prefix, String hash, boolean readOnly, Instant createdAt,
                       Instant expiresAt) {
        return jdbc.sql("""
                        insert into api_token (account_id, name, prefix, token_hash, read_only, created_at, expires_at)
                        values (:account, :name, :prefix, :hash, :readOnly, :created, :expires) returning id""")
                .param("account", accountId).param("name", name).param("prefix", prefix).param("hash", hash)
                .param("readOnly", readOnly).param("created", SqlValues.time(createdAt)).param("expires", SqlValues.time(expiresAt))
                .query(Long.class).single();
    }

    /** The account's tokens, newest first. */
    public List<TokenRow> ofAccount(long accountId) {
        return jdbc.sql("select * from api_token where account_id = :account order by created_at desc, id desc")
                .param("account", accountId).query(TokenStore::row).list();
    }

    public Optional<TokenRow> byId(long id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(TokenStore::row).optional();
    }

    /** The token with this hash that is neither revoked nor expired. */
    public Optional<TokenRow> usable(String hash, Instant now) {
        return jdbc.sql("select * from api_token where token_hash = :hash and revoked_at is null and expires_at > :now")
                .param("hash", hash).param("now", SqlValues.time(now)).query(TokenStore::row).optional();
    }

    /** Marks the token used, at most once a minute, so that a busy script does not write on every call. */
    public void used(long id, Instant now) {
        jdbc.sql("""
                        update api_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :minuteAgo)""")
                .param("id", id).param("now", SqlValues.time(now)).param("minuteAgo", SqlValues.time(now.minusSeconds(60))).update();
    }

    public int revoke(long accountId, long id, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :account and revoked_at is null")
                .param("id", id).param("account", accountId).param("now", SqlValues.time(now)).update();
    }

    private static TokenRow row(ResultSet rs, int n) throws SQLException {
        return new TokenRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"), rs.getString("prefix"),
                rs.getBoolean("read_only"), SqlValues.instantOrNull(rs, "created_at"), SqlValues.instantOrNull(rs, "expires_at"),
                SqlValues.instantOrNull(rs, "last_used_at"), SqlValues.instantOrNull(rs, "revoked_at"));
    }


}
