package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.FrontlineApplication;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.RepJoinedTeam;
import dev.frontline.shared.DataChanged;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Frontline as several stateless nodes on one database: two more nodes (A and B) start beside the test's own, on
 * the same database, and are spoken to over real HTTP. A session made on A goes on on B once A is gone; the
 * scheduled job, started on both at the same moment, runs once; the fiscal setting changed on A is what B shows
 * next, although B keeps it in memory, and so is a deal imported on A in the forecast B keeps; an event whose listener had not run when its node died runs on the next
 * start.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final String JOB = "coaching-lay-out";
    private static final Pattern SELECTED = Pattern.compile("<option value=\"(\\d+)\" selected");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FiscalCalendar calendar;

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    long leftBehindGeneration;
    /** A rep of a team, with a login. */
    String rep;

    @BeforeAll
    void startTwoNodes() {
        leftBehindGeneration = leaveAnEventBehind();
        a = node("a");
        b = node("b");
    }

    @AfterAll
    void closeBoth() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void anEventWhoseNodeDiedBeforeItsListenerRanRunsOnceOnTheNextStart() {
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%RepJoinedTeam'")
                .query(Long.class).single()).as("publications left").isZero();
        assertThat(generationOf(rep)).as("the listener ended the rep's sessions once, on the first node to start")
                .isEqualTo(leftBehindGeneration + 1);
    }

    @Test
    @Order(2)
    void theScheduledJobStartedOnBothNodesAtOnceRunsOnce() throws Exception {
        // the test's own node laid out at its start and holds the job for its period: neither A nor B ran it at theirs
        assertThat(runs(a) + runs(b)).isZero();
        // six hours on: the period is over
        assertThat(jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = :job")
                .param("job", JOB).update()).isEqualTo(1);

        startTogether(List.of(a, b), node -> node.getBean("scheduleLayOut", ApplicationRunner.class)
                .run(new DefaultApplicationArguments()));
        assertThat(runs(a) + runs(b)).as("runs on A and B").isEqualTo(1);
        assertThat(jdbc.sql("""
                        select lock_until > timezone('utc', now()) + interval '5 hours' from shedlock where name = :job
                        """).param("job", JOB).query(Boolean.class).single())
                .as("the job is held for its period (six hours, less a minute)").isTrue();

        startTogether(List.of(a, b), node -> node.getBean("scheduleLayOut", ApplicationRunner.class)
                .run(new DefaultApplicationArguments()));
        assertThat(runs(a) + runs(b)).as("runs within the same period").isEqualTo(1);
    }

    @Test
    @Order(3)
    void theFiscalSettingChangedOnOneNodeIsWhatTheOthersShowNext() {
        ApiClient adminA = ApiClient.http(port(a)).demo("admin");
        ApiClient adminB = ApiClient.http(port(b)).demo("admin");
        int[] before = setting(adminB);
        int other = before[0] % 12 + 1;
        assertThat(setting(adminA)).isEqualTo(before);
        try {
            Answer saved = adminA.postForm("/admin/settings", Map.of("firstMonth", String.valueOf(other),
                    "version", String.valueOf(before[1])), "Accept", "text/html");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> setting(adminB)[0] == other);
            assertThat(setting(adminB)[1]).isEqualTo(before[1] + 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> calendar.firstMonth() == other);
        } finally {
            int[] now = setting(adminB);
            if (now[0] != before[0]) {
                adminB.postForm("/admin/settings", Map.of("firstMonth", String.valueOf(before[0]),
                        "version", String.valueOf(now[1])), "Accept", "text/html");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> calendar.firstMonth() == before[0]
                    && setting(adminA)[0] == before[0]);
        }
    }

    @Test
    @Order(4)
    void anImportOnOneNodeIsInTheOthersKeptForecastNext() {
        Map<String, Object> found = jdbc.sql("""
                        select p.team_id, p.display_name from person p join team t on t.id = p.team_id
                          join person m on m.id = t.manager_id
                         where m.display_name = 'Cara Losch' and p.title = 'REP' order by p.id limit 1
                        """).query().singleRow();
        long team = ((Number) found.get("team_id")).longValue();
        String uri = "/api/v1/teams/" + team + "/forecast?period=2026-Q4";
        ApiClient adminB = ApiClient.http(port(b)).demo("admin");
        BigDecimal before = new BigDecimal(adminB.get(uri).<Object>read("$.wonToDate").toString());
        assertThat(new BigDecimal(adminB.get(uri).<Object>read("$.wonToDate").toString()))
                .as("kept on B").isEqualByComparingTo(before);
        String deals = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                + "ZZNODE1," + found.get("display_name") + ",GTX Basic,Cancity,Won,2026-10-01,2026-10-02,123456\n";
        try {
            Answer imported = ApiClient.http(port(a)).demo("admin").upload("/api/v1/imports",
                    List.of(ApiClient.Part.csv("deals.csv", deals)), Map.of(), false);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> new BigDecimal(
                    adminB.get(uri).<Object>read("$.wonToDate").toString())
                    .compareTo(before.add(new BigDecimal("123456"))) == 0);
        } finally {
            jdbc.sql("delete from opportunity where external_id = 'ZZNODE1'").update();
            events.publishEvent(DataChanged.everything());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> new BigDecimal(
                adminB.get(uri).<Object>read("$.wonToDate").toString()).compareTo(before) == 0);
    }

    @Test
    @Order(5)
    void aSessionMadeOnOneNodeGoesOnOnAnotherWhenTheFirstIsGone() {
        ApiClient onA = ApiClient.http(port(a)).signIn(rep, ApiClient.DEMO_PASSWORD);
        String cookie = onA.sessionCookie();
        assertThat(cookie).startsWith("JSESSIONID=");
        assertThat(onA.get("/api/v1/me").<String>read("$.username")).isEqualTo(rep);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :who").param("who", rep)
                .query(Long.class).single()).as("sessions of the rep in the database").isPositive();
        int portA = port(a);

        a.close();
        assertThatThrownBy(() -> ApiClient.http(portA).get("/actuator/health")).isInstanceOf(UncheckedIOException.class);

        ApiClient onB = ApiClient.http(port(b)).useSessionCookie(cookie);
        Answer me = onB.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.<String>read("$.username")).isEqualTo(rep);
        Answer home = onB.get("/", "Accept", "text/html");
        assertThat(home.status()).as("the home page, signed in").isEqualTo(200);

        Answer out = onB.postForm("/logout", Map.of("_csrf", ApiClient.csrf(home.body())), "Accept", "text/html");
        assertThat(out.status()).isEqualTo(302);
        assertThat(ApiClient.http(port(b)).useSessionCookie(cookie).get("/api/v1/me").status()).isEqualTo(401);
    }

    /**
     * A publication as a node that died right after its transaction committed leaves it: the event of a rep who
     * joined their own team again, for the listener that ends their sessions (read from the registry in a
     * transaction that is then rolled back); the rep's session generation before it runs.
     */
    private long leaveAnEventBehind() {
        Map<String, Object> found = jdbc.sql("""
                        select p.id, p.team_id, u.username from person p join user_account u on u.person_id = p.id
                         where p.title = 'REP' and p.team_id is not null and u.enabled order by p.id limit 1
                        """).query().singleRow();
        rep = (String) found.get("username");
        long person = ((Number) found.get("id")).longValue();
        long team = ((Number) found.get("team_id")).longValue();
        List<Map<String, Object>> registered = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new RepJoinedTeam(person, team, team));
            registered.addAll(jdbc.sql("""
                            select listener_id, event_type, serialized_event, status, completion_attempts
                              from event_publication where event_type like '%RepJoinedTeam'
                            """).query().listOfRows());
            tx.setRollbackOnly();
        });
        assertThat(registered).extracting(r -> (String) r.get("listener_id")).as("listeners registered")
                .anySatisfy(l -> assertThat(l).contains("identity.SessionEndings"))
                .anySatisfy(l -> assertThat(l).contains("results.JoinListener"))
                .anySatisfy(l -> assertThat(l).contains("people.OnboardingListener"));
        Map<String, Object> endings = registered.stream()
                .filter(r -> ((String) r.get("listener_id")).contains("identity.SessionEndings")).findFirst().orElseThrow();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        values (gen_random_uuid(), :listener, :type, :event, now() - interval '1 minute', :status, :attempts)
                        """).param("listener", endings.get("listener_id")).param("type", endings.get("event_type"))
                .param("event", endings.get("serialized_event")).param("status", endings.get("status"))
                .param("attempts", endings.get("completion_attempts")).update();
        return generationOf(rep);
    }

    private long generationOf(String username) {
        return jdbc.sql("select session_generation from user_account where username = :who").param("who", username)
                .query(Long.class).single();
    }

    /** Another Frontline on the test's database, as a node is run: no demo, no test configuration, a port of its own. */
    private ConfigurableApplicationContext node(String name) {
        HikariDataSource database;
        try {
            database = dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String password = database.getPassword();
        return new SpringApplicationBuilder(FrontlineApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("withoutTestClasses",
                        new WithoutTestClasses()))
                .run("--server.port=0", "--frontline.demo=false", "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + (password == null ? "" : password),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.pool-name=frontline-node-" + name,
                        "--spring.application.name=frontline-node-" + name);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static long runs(ConfigurableApplicationContext node) {
        return node.getBean(JobLocks.class).runs(JOB);
    }

    /** The fiscal year's first month and the setting's version, as the node's settings page shows them. */
    private static int[] setting(ApiClient admin) {
        String page = admin.get("/admin/settings", "Accept", "text/html").body();
        Matcher month = SELECTED.matcher(page);
        Matcher version = VERSION.matcher(page);
        assertThat(month.find() && version.find()).as("the settings page's month and version").isTrue();
        return new int[] {Integer.parseInt(month.group(1)), Integer.parseInt(version.group(1))};
    }

    @FunctionalInterface
    private interface OnNode {
        void run(ConfigurableApplicationContext node) throws Exception;
    }

    /** Runs the work on every node, each on its own thread, released at the same moment; waits for all. */
    private static void startTogether(List<ConfigurableApplicationContext> nodes, OnNode work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ConfigurableApplicationContext node : nodes) {
                done.add(threads.submit(() -> {
                    go.await();
                    work.run(node);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A node is the application alone: the test classes' configurations (test clock, counting data source) stay out. */
    private static final class WithoutTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return reader.getResource().getURL().toString().contains("/test-classes/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithoutTestClasses;
        }

        @Override
        public int hashCode() {
            return WithoutTestClasses.class.hashCode();
        }
    }
}
