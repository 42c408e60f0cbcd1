package dev.frontline.notifications;

import dev.frontline.identity.Accounts;
import dev.frontline.system.JobLocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The daily digest: once a day (across all nodes, {@link JobLocks}), one mail per login holding every notification
 * of the kinds they get by {@link EmailChoice#DIGEST} that has not gone out yet. The timer ticks every hour (on a
 * thread of its own, like the coaching lay-out) from an hour after start; the lock, held for a day less a minute,
 * lets one tick a day through. Nothing is sent, and nothing marked, while mail is off: the items wait.
 */
@Component
class Digests implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    static final String JOB = "notification-digest";

    private final Notifications notifications;
    private final Accounts accounts;
    private final Mailer mailer;
    private final JobLocks locks;
    private final long tickMinutes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, JOB);
        t.setDaemon(true);
        return t;
    });

    Digests(Notifications notifications, Accounts accounts, Mailer mailer, JobLocks locks,
            @Value("${frontline.notifications.digest-tick-minutes:60}") long tickMinutes) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.mailer = mailer;
        this.locks = locks;
        this.tickMinutes = tickMinutes;
    }

    @Override
    public void run(ApplicationArguments args) {
        timer.scheduleWithFixedDelay(this::tick, tickMinutes, tickMinutes, TimeUnit.MINUTES);
    }

    private void tick() {
        try {
            locks.runOnce(JOB, Duration.ofDays(1), this::sendAll);
        } catch (RuntimeException e) {
            log.warn("Could not send the notification digests; trying again in {} minutes", tickMinutes, e);
        }
    }

    /** Sends every login's digest now; how many mails went. Three queries, then one mail and one update per login. */
    int sendAll() {
        if (!mailer.on()) {
            return 0;
        }
        Map<Long, List<Notification>> pending = notifications.pendingDigests();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, String> emails = accounts.emails(pending.keySet());
        int sent = 0;
        for (var e : pending.entrySet()) {
            String to = emails.get(e.getKey());
            List<Notification> items = e.getValue();
            if (to != null && mailer.send(to, subject(items), text(items))) {
                notifications.markMailed(items.stream().map(Notification::id).toList());
                sent++;
            }
        }
        return sent;
    }

    static String subject(List<Notification> items) {
        return "Frontline: " + items.size() + (items.size() == 1 ? " notification" : " notifications") + " today";
    }

    private String text(List<Notification> items) {
        StringBuilder out = new StringBuilder("Your notifications since the last digest:\n\n");
        for (Notification n : items) {
            out.append("* ").append(n.title()).append(" (").append(n.kindLabel()).append(")\n  ")
                    .append(notifications.text(n.body(), n.link()).strip().replace("\n", "\n  ")).append("\n\n");
        }
        return out.toString();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
