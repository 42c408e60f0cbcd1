package dev.frontline.notifications;

import dev.frontline.identity.Accounts;
import dev.frontline.identity.Login;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.StaleVersion;
import dev.frontline.system.BaseUrl;
import dev.frontline.system.UnreadCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications facade: every module tells a login something through {@link #notify}. Stores the notification
 * in the recipient's inbox and, when they chose e-mail for its kind, sends it at once ({@link EmailChoice#EACH}) or
 * leaves it for the daily digest ({@link EmailChoice#DIGEST}). Every read and write is the recipient's own. The
 * mail goes once the caller's transaction commits: a change rolled back mails nothing.
 */
@Service
@Transactional
public class Notifications implements UnreadCount {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4000;

    private final JdbcClient jdbc;
    private final NotificationKinds kinds;
    private final NotificationPreferences preferences;
    private final Accounts accounts;
    private final Mailer mailer;
    private final BaseUrl baseUrl;
    private final Clock clock;
    private final TransactionTemplate separately;

    Notifications(JdbcClient jdbc, NotificationKinds kinds, NotificationPreferences preferences, Accounts accounts,
                  Mailer mailer, BaseUrl baseUrl, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.preferences = preferences;
        this.accounts = accounts;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Tells a login something: stored in their inbox (unread), and e-mailed now when they chose {@link EmailChoice#EACH}
     * for the kind and their login has an address and mail is on.
     *
     * @param accountId the recipient's login ({@link dev.frontline.shared.Viewer#accountId()})
     * @param kind      a kind registered with {@link NotificationKinds#register}
     * @param link      a path inside Frontline, starting with {@code /}; null for none
     * @return the notification's id
     * @throws InvalidInput for an unknown kind, an empty or too long title or body, or a link that is no path
     */
    public long notify(long accountId, String kind, String title, String body, @Nullable String link) {
        kinds.require(kind);
        List<String> errors = new ArrayList<>();
        if (title.isBlank() || title.length() > MAX_TITLE) {
            errors.add("title: must be 1–" + MAX_TITLE + " characters");
        }
        if (body.length() > MAX_BODY) {
            errors.add("body: must be at most " + MAX_BODY + " characters");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            errors.add("link: must be a path inside Frontline, starting with /");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        long id = jdbc.sql("insert into notification (recipient, kind, title, body, link, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(accountId, kind, title.strip(), body, link, Timestamp.from(now)).query(Long.class).single();
        if (preferences.choice(accountId, kind) == EmailChoice.EACH && mailer.on()) {
            String to = accounts.emails(List.of(accountId)).get(accountId);
            if (to != null) {
                afterCommit(() -> {
                    if (mailer.send(to, title.strip(), text(body, link))) {
                        separately.executeWithoutResult(t -> jdbc.sql("update notification set mailed_at = ? where id = ?")
                                .params(Timestamp.from(now), id).update());
                    }
                });
            }
        }
        return id;
    }

    /**
     * Mails only once the caller's change is committed (none for a change rolled back), and never fails the caller;
     * what it then writes it writes in a transaction of its own.
     */
    private static void afterCommit(Runnable mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mail.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    mail.run();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(Notifications.class).warn("Could not mail a notification", e);
                }
            }
        });
    }

    /** {@link #notify} for the login of a person; nothing for a person without a login. */
    public Optional<Long> notifyPerson(long personId, String kind, String title, String body, @Nullable String link) {
        return accounts.loginOf(personId).map(Login::id).map(a -> notify(a, kind, title, body, link));
    }

    /** The mail text of one notification: its body, then its link as an absolute URL. */
    String text(String body, @Nullable String link) {
        return body + (link == null ? "" : "\n\n" + baseUrl.link(link)) + "\n";
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    /** A login's notifications, newest first; only the unread ones with {@code unreadOnly}. Two queries. */
    @Transactional(readOnly = true)
    public Page<Notification> of(long accountId, boolean unreadOnly, Pageable page) {
        String where = " where recipient = ?" + (unreadOnly ? " and read_at is null" : "");
        long total = jdbc.sql("select count(*) from notification" + where).param(accountId).query(Long.class).single();
        List<Notification> rows = jdbc.sql("select * from notification" + where
                        + " order by created_at desc, id desc limit ? offset ?")
                .params(accountId, page.getPageSize(), page.getOffset()).query(this::row).list();
        return new PageImpl<>(rows, page, total);
    }

    /** One of the login's own notifications; someone else's or an unknown id: 404. */
    @Transactional(readOnly = true)
    public Notification get(long accountId, long id) {
        return jdbc.sql("select * from notification where id = ? and recipient = ?").params(id, accountId)
                .query(this::row).optional().orElseThrow(() -> new NotFoundException("notification", id));
    }

    /**
     * Marks one of the login's notifications read (or unread again): 404 for someone else's, 409 when
     * {@code expectedVersion} is stale. Marking read what is read already changes nothing.
     */
    public Notification mark(long accountId, long id, int expectedVersion, boolean read) {
        Notification n = get(accountId, id);
        if (n.version() != expectedVersion) {
            throw new StaleVersion("notification " + id, n.version());
        }
        if (n.unread() != read) {
            return n;
        }
        int updated = jdbc.sql("update notification set read_at = ?, version = version + 1"
                        + " where id = ? and recipient = ? and version = ?")
                .params(read ? Timestamp.from(clock.instant()) : null, id, accountId, expectedVersion).update();
        if (updated == 0) {
            throw new StaleVersion("notification " + id, get(accountId, id).version());
        }
        return get(accountId, id);
    }

    /**
     * Marks read every unread notification of the login up to {@code upToId} (the newest the user saw), so that one
     * arriving meanwhile stays unread; how many.
     */
    public int markAllRead(long accountId, long upToId) {
        return jdbc.sql("update notification set read_at = ?, version = version + 1"
                        + " where recipient = ? and read_at is null and id <= ?")
                .params(Timestamp.from(clock.instant()), accountId, upToId).update();
    }

    /** The digest's pending items of every login: unmailed notifications of the kinds they get by digest. */
    @Transactional(readOnly = true)
    Map<Long, List<Notification>> pendingDigests() {
        Map<Long, List<Notification>> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select n.* from notification n join notification_preference p"
                        + " on p.account_id = n.recipient and p.kind = n.kind and p.email = 'DIGEST'"
                        + " where n.mailed_at is null and n.created_at <= ? order by n.recipient, n.created_at, n.id")
                .param(Timestamp.from(clock.instant()))
                .query((rs, i) -> Map.entry(rs.getLong("recipient"), row(rs, i)))
                .list().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    void markMailed(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notification set mailed_at = :now where id in (:ids)")
                    .param("now", Timestamp.from(clock.instant())).param("ids", ids).update();
        }
    }

    private Notification row(ResultSet rs, int i) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        String kind = rs.getString("kind");
        return new Notification(rs.getLong("id"), kind, kinds.label(kind), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
                rs.getInt("version"));
    }
}
