package dev.frontline.notifications;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends the notifications' e-mail through Spring Mail ({@code FRONTLINE_MAIL_HOST}, {@code _PORT}, {@code _USERNAME},
 * {@code _PASSWORD}, {@code _FROM}). Off while no host is set: then nothing is sent and nothing fails. A failure to
 * send is logged, never thrown, so that no caller fails for the mail server.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${frontline.mail.from:frontline@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether mail is configured: a sender with a host. */
    boolean on() {
        return configured() != null;
    }

    private @Nullable JavaMailSender configured() {
        JavaMailSender s = sender.getIfAvailable();
        if (s instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
            return null;
        }
        return s;
    }

    /** Sends one plain-text mail; whether it went (false when mail is off or the server refused). */
    boolean send(String to, String subject, String text) {
        JavaMailSender s = configured();
        if (s == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            s.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send the notification mail \"{}\" to {}", subject, to, e);
            return false;
        }
    }
}
