package dev.frontline.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.shared.DataChanged;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Notifications end to end: stored and counted in the bell, marked read with a version, e-mailed to an embedded
 * SMTP server (GreenMail) as the preference says, the daily digest, and mail off without a host. The recipients are
 * two demo logins, given addresses for the test; every notification and preference written is removed afterwards.
 */
@IntegrationTest
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String REP = "violet.mclelland";
    private static final String OTHER = "moses.frase";
    private static final String REP_MAIL = "violet@example.test";

    @Autowired
    Notifications notifications;
    @Autowired
    Digests digests;
    @Autowired
    JavaMailSender sender;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;

    private long rep;
    private long other;
    private @Nullable String repEmailBefore;
    private @Nullable String hostBefore;
    private int portBefore;

    @BeforeEach
    void pointMailAtGreenMail() {
        rep = account(REP);
        other = account(OTHER);
        repEmailBefore = jdbc.sql("select email from user_account where id = ?").param(rep).query(String.class)
                .optional().orElse(null);
        jdbc.sql("update user_account set email = ? where id = ?").params(REP_MAIL, rep).update();
        JavaMailSenderImpl impl = (JavaMailSenderImpl) sender;
        hostBefore = impl.getHost();
        portBefore = impl.getPort();
        impl.setHost("127.0.0.1");
        impl.setPort(smtp.getSmtp().getPort());
        events.publishEvent(DataChanged.everything());
    }

    @AfterEach
    void restore() {
        JavaMailSenderImpl impl = (JavaMailSenderImpl) sender;
        impl.setHost(hostBefore);
        impl.setPort(portBefore);
        for (long account : List.of(rep, other)) {
            jdbc.sql("delete from notification where recipient = ?").param(account).update();
            jdbc.sql("delete from notification_preference where account_id = ?").param(account).update();
            jdbc.sql("delete from notification_settings where account_id = ?").param(account).update();
        }
        jdbc.sql("update user_account set email = ? where id = ?").params(repEmailBefore, rep).update();
        events.publishEvent(DataChanged.everything());
    }

    @Test
    void mailIsOffInTheApplicationsOwnSettings() {
        assertThat(hostBefore).as("FRONTLINE_MAIL_HOST is unset in the tests").isNullOrEmpty();
    }

    @Test
    void aNotificationIsStoredCountedAndShownInTheBellAndTheList() throws Exception {
        long before = notifications.unread(rep);

        long id = notifications.notify(rep, NotificationKinds.SYSTEM, "Quota set", "Your Q1 quota is 120k", "/results");

        assertThat(notifications.unread(rep)).isEqualTo(before + 1);
        assertThat(notifications.unread(other)).isZero();
        String list = json(get("/api/v1/me/notifications"), REP, 200);
        assertThat(JsonPath.<Integer>read(list, "$.content[0].id")).isEqualTo((int) id);
        assertThat(JsonPath.<String>read(list, "$.content[0].title")).isEqualTo("Quota set");
        assertThat(JsonPath.<Object>read(list, "$.content[0].readAt")).isNull();
        assertThat(JsonPath.<Integer>read(json(get("/api/v1/me/notifications"), OTHER, 200), "$.page.totalElements"))
                .isZero();
        String page = page("/notifications", REP);
        assertThat(page).contains("data-testid=\"unread-count\">" + (before + 1)).contains("Your Q1 quota is 120k")
                .contains("href=\"/results\"").contains("data-unread=\"true\"");
        assertThat(page("/notifications", OTHER)).doesNotContain("Quota set").doesNotContain("data-testid=\"unread-count\"")
                .contains("data-testid=\"notifications-empty\"");
    }

    @Test
    void markingReadTakesTheVersionAndOnlyOnesOwn() throws Exception {
        long id = notifications.notify(rep, NotificationKinds.SYSTEM, "Deal moved", "Acme moved to Engaging", null);
        String uri = "/api/v1/me/notifications/" + id;

        json(patch(uri).contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"read\":true}"), OTHER, 404);
        json(patch(uri).contentType(MediaType.APPLICATION_JSON).content("{\"read\":true}"), REP, 422);
        String read = json(patch(uri).contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"read\":true}"),
                REP, 200);
        assertThat(JsonPath.<Integer>read(read, "$.version")).isEqualTo(2);
        assertThat(JsonPath.<String>read(read, "$.readAt")).isNotNull();
        json(patch(uri).contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"read\":false}"), REP, 409);
        String unread = json(patch(uri).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":2,\"read\":false}"), REP, 200);
        assertThat(JsonPath.<Object>read(unread, "$.readAt")).isNull();
        assertThat(notifications.unread(rep)).isOne();
        json(patch(uri).contentType(MediaType.APPLICATION_JSON).content("{\"version\":3,\"read\":true}"), REP, 200);

        assertThat(notifications.unread(rep)).isZero();
        assertThat(JsonPath.<Integer>read(json(get("/api/v1/me/notifications?unread=true"), REP, 200),
                "$.page.totalElements")).isZero();
        assertThat(JsonPath.<Integer>read(json(get("/api/v1/me/notifications"), REP, 200), "$.page.totalElements"))
                .isOne();
    }

    @Test
    void markAllReadMarksOnlyThoseShown() throws Exception {
        long first = notifications.notify(rep, NotificationKinds.SYSTEM, "One", "1", null);
        notifications.notify(rep, NotificationKinds.SYSTEM, "Two", "2", null);
        long later = notifications.notify(rep, NotificationKinds.SYSTEM, "Three", "3", null);

        mvc.perform(post("/notifications/read-all").param("upTo", String.valueOf(later - 1)).with(csrf())
                .with(httpBasic(REP, "demo"))).andReturn();

        assertThat(notifications.unread(rep)).isOne();
        assertThat(notifications.get(rep, first).unread()).isFalse();
        assertThat(notifications.get(rep, later).unread()).isTrue();
    }

    @Test
    void anEmailArrivesWhenThePreferenceSaysEachAndNoneWhenOff() throws Exception {
        notifications.notify(rep, NotificationKinds.SYSTEM, "Before choosing", "off by default", null);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        choose(REP, 0, "EACH", 200);
        notifications.notify(rep, NotificationKinds.SYSTEM, "Forecast due", "Call your number by Friday", "/forecast");

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Forecast due");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(REP_MAIL);
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("Call your number by Friday").contains("http://").contains("/forecast");

        choose(REP, 1, "OFF", 200);
        notifications.notify(rep, NotificationKinds.SYSTEM, "After off", "no mail", null);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aNotificationOfAChangeRolledBackIsNeitherKeptNorMailed() throws Exception {
        choose(REP, 0, "EACH", 200);
        long before = notifications.unread(rep);
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            notifications.notify(rep, NotificationKinds.SYSTEM, "Rolled back", "never happened", null);
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status ->
                notifications.notify(rep, NotificationKinds.SYSTEM, "Committed", "did happen", null));

        assertThat(notifications.unread(rep)).isEqualTo(before + 1);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Committed");
        assertThat(jdbc.sql("select count(*) from notification where recipient = ? and mailed_at is not null")
                .param(rep).query(Long.class).single()).as("marked mailed").isOne();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void preferencesTakeTheirVersion() throws Exception {
        String prefs = json(get("/api/v1/me/notification-preferences"), REP, 200);
        assertThat(JsonPath.<Integer>read(prefs, "$.version")).isZero();
        assertThat(JsonPath.<List<String>>read(prefs, "$.kinds[?(@.kind == 'system')].email")).containsExactly("OFF");

        choose(REP, 0, "DIGEST", 200);
        choose(REP, 0, "EACH", 409);
        choose(REP, null, "EACH", 422);
        json(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"kinds\":[{\"kind\":\"system\",\"email\":\"SOMETIMES\"}]}"), REP, 422);
        json(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"kinds\":[{\"kind\":\"no.such\",\"email\":\"EACH\"}]}"), REP, 422);

        String after = json(get("/api/v1/me/notification-preferences"), REP, 200);
        assertThat(JsonPath.<Integer>read(after, "$.version")).isOne();
        assertThat(JsonPath.<List<String>>read(after, "$.kinds[?(@.kind == 'system')].email")).containsExactly("DIGEST");
        assertThat(JsonPath.<Integer>read(json(get("/api/v1/me/notification-preferences"), OTHER, 200), "$.version"))
                .isZero();
    }

    @Test
    void theDigestSendsOneMailWithAllOfTheDaysItemsOnce() throws Exception {
        choose(REP, 0, "DIGEST", 200);
        notifications.notify(rep, NotificationKinds.SYSTEM, "First item", "the first body", "/coaching");
        notifications.notify(rep, NotificationKinds.SYSTEM, "Second item", "the second body", null);
        notifications.notify(other, NotificationKinds.SYSTEM, "Not in a digest", "moses chose nothing", null);
        assertThat(smtp.getReceivedMessages()).as("nothing goes out before the digest").isEmpty();

        assertThat(digests.sendAll()).isOne();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Frontline: 2 notifications today");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(REP_MAIL);
        assertThat(GreenMailUtil.getBody(mails[0])).contains("First item").contains("the first body")
                .contains("/coaching").contains("Second item").contains("the second body")
                .doesNotContain("Not in a digest");

        assertThat(digests.sendAll()).as("a second run has nothing new").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void withoutAHostNothingIsMailedAndNothingFails() throws Exception {
        choose(REP, 0, "EACH", 200);
        ((JavaMailSenderImpl) sender).setHost("");

        long id = notifications.notify(rep, NotificationKinds.SYSTEM, "No mail server", "stored all the same", null);

        assertThat(notifications.get(rep, id).title()).isEqualTo("No mail server");
        assertThat(digests.sendAll()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(page("/notifications", REP)).contains("Frontline sends no e-mail at the moment");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> notifications.notify(rep, "no.such.kind", "t", "b", null))
                .isInstanceOf(dev.frontline.shared.InvalidInput.class).hasMessageContaining("kind");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> notifications.notify(rep, NotificationKinds.SYSTEM, "t", "b", "https://evil.test/"))
                .isInstanceOf(dev.frontline.shared.InvalidInput.class).hasMessageContaining("link");
    }

    private void choose(String user, @Nullable Integer version, String email, int status) throws Exception {
        json(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                .content("{" + (version == null ? "" : "\"version\":" + version + ",")
                        + "\"kinds\":[{\"kind\":\"system\",\"email\":\"" + email + "\"}]}"), user, status);
    }

    private long account(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private String json(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(csrf())
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String uri, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.TEXT_HTML)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
