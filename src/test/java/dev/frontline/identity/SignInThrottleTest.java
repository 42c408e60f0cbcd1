package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.identity.SignInThrottle.Reason;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.organization.Organization;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed sign-ins are throttled per login name and per address, logged, and shown to the admin; the answer takes one
 * bcrypt comparison whether or not the login exists. Each test signs in from addresses of its own (TEST-NET-3), so
 * that the counts of 127.0.0.1, where the other tests come from, stay as they are.
 */
@IntegrationTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AccountDetailsService principals;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    TestLogins logins;

    @BeforeEach
    void logins() {
        logins = new TestLogins(organization, accounts);
    }

    @Test
    void aHundredWrongPasswordsThenTheRightOneIsRefusedAndTheAdminSeesThem() throws Exception {
        TestLogins.Made target = logins.director("Bruno Brute", "East");
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            statuses.add(mvc.perform(get("/api/v1/me").with(from("203.0.113.10"))
                    .with(httpBasic(target.username(), "guess-" + i))).andReturn().getResponse().getStatus());
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        MockHttpServletResponse right = formSignIn(target.username(), TestLogins.PASSWORD, "203.0.113.11");
        MockHttpServletResponse api = mvc.perform(get("/api/v1/me").with(from("203.0.113.12"))
                .with(httpBasic(target.username(), TestLogins.PASSWORD))).andReturn().getResponse();

        assertThat(statuses.subList(0, SignInThrottle.FREE_PER_LOGIN + 1)).containsOnly(401);
        assertThat(statuses.subList(SignInThrottle.FREE_PER_LOGIN + 1, 100)).containsOnly(429);
        assertThat(right.getRedirectedUrl()).startsWith("/login?throttled=");
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getHeader("Retry-After")).isNotNull();
        String page = adminPage();
        assertThat(page).contains("data-failure=\"" + target.username() + "\"", "wrong password",
                "refused: waiting after failures", "203.0.113.10", "login:" + target.username());
        System.out.printf("100 wrong passwords took %d ms: %d checked, %d refused at once%n", millis,
                statuses.stream().filter(s -> s == 401).count(), statuses.stream().filter(s -> s == 429).count());
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryLoginFromThere() throws Exception {
        for (int i = 0; i <= SignInThrottle.FREE_PER_ADDRESS; i++) {
            formSignIn("nobody-" + i, "whatever", "203.0.113.20");
        }

        assertThat(formSignIn("moses.frase", "demo", "203.0.113.20").getRedirectedUrl()).startsWith("/login?throttled=");
        assertThat(formSignIn("moses.frase", "demo", "203.0.113.21").getRedirectedUrl()).isEqualTo("/");
        assertThat(adminPage()).contains("address:203.0.113.20", "no such login");
    }

    @Test
    void theWaitEndsAndDoublesWithEachFurtherFailureAndASuccessClearsTheName() {
        // days before the suite's fixed "now", so that this clock's clean-up never touches the other tests' rows
        MutableClock clock = new MutableClock(TestClock.NOW.minus(Duration.ofDays(10)));
        SignInThrottle later = new SignInThrottle(jdbc, clock);
        String name = "clocked.name";
        String address = "203.0.113.30";
        for (int i = 0; i < SignInThrottle.FREE_PER_LOGIN; i++) {
            later.failed(name, address, Reason.WRONG_PASSWORD);
        }
        assertThat(later.waitFor(name, address)).isEmpty();

        later.failed(name, address, Reason.WRONG_PASSWORD);
        assertThat(later.waitFor(name, address)).contains(Duration.ofSeconds(1));
        later.failed(name, address, Reason.THROTTLED);
        assertThat(later.waitFor(name, address)).as("a refused try does not count").contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(later.waitFor(name, address)).isEmpty();
        later.failed(name, address, Reason.WRONG_PASSWORD);
        assertThat(later.waitFor(name, address)).contains(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        later.succeeded(name);
        later.failed(name, "203.0.113.31", Reason.WRONG_PASSWORD);
        assertThat(later.waitFor(name, "203.0.113.31")).as("the count started again").isEmpty();

        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        for (int i = 0; i < SignInThrottle.FREE_PER_LOGIN; i++) {
            later.failed("other.name", "203.0.113.32", Reason.WRONG_PASSWORD);
        }
        assertThat(later.waitFor("other.name", "203.0.113.32")).isEmpty();
    }

    @Test
    void everyRefusalCostsOneBcryptComparisonWhetherOrNotTheLoginExists() {
        TestLogins.Made known = logins.director("Connie Constant", "West");
        TestLogins.Made disabled = logins.director("Dirk Disabled", "West");
        accounts.disable(disabled.accountId(), disabled.login(accounts).version());
        AtomicInteger comparisons = new AtomicInteger();
        PasswordSignIn signIn = new PasswordSignIn(repository, principals, counting(comparisons), throttle);

        assertThat(comparisonsFor(signIn, comparisons, "no.such.login", "whatever", "203.0.113.40")).isEqualTo(1);
        assertThat(comparisonsFor(signIn, comparisons, known.username(), "wrong", "203.0.113.41")).isEqualTo(1);
        assertThat(comparisonsFor(signIn, comparisons, disabled.username(), TestLogins.PASSWORD, "203.0.113.42"))
                .isEqualTo(1);
        comparisons.set(0);
        assertThat(signIn.authenticate(attempt(known.username(), TestLogins.PASSWORD, "203.0.113.43"))
                .getPrincipal()).isInstanceOf(AccountPrincipal.class);
        assertThat(comparisons).hasValue(1);
    }

    @Test
    void aSignInPageAnswersAsLongForAnUnknownLoginAsForAWrongPassword() throws Exception {
        TestLogins.Made known = logins.director("Tim Timing", "Central");
        long unknown = 0;
        long wrong = 0;
        for (int i = 0; i < 4; i++) {
            boolean unknownFirst = i % 2 == 0;
            long a = System.nanoTime();
            formSignIn(unknownFirst ? "no.such.person." + i : known.username(), "wrong-" + i, "203.0.113.5" + i);
            long b = System.nanoTime();
            formSignIn(unknownFirst ? known.username() : "no.such.person." + i, "wrong-" + i, "203.0.113.6" + i);
            long c = System.nanoTime();
            unknown += unknownFirst ? b - a : c - b;
            wrong += unknownFirst ? c - b : b - a;
        }
        // measured, not asserted (the machine's load decides the figures): the contract rests on the count above
        System.out.printf("sign-in page, mean of 4: unknown login %d ms, wrong password %d ms%n",
                unknown / 4_000_000, wrong / 4_000_000);
    }

    private int comparisonsFor(PasswordSignIn signIn, AtomicInteger comparisons, String username, String password,
                               String address) {
        comparisons.set(0);
        try {
            signIn.authenticate(attempt(username, password, address));
            throw new AssertionError("signed in as " + username);
        } catch (BadCredentialsException expected) {
            return comparisons.get();
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private PasswordEncoder counting(AtomicInteger comparisons) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                comparisons.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
    }

    private MockHttpServletResponse formSignIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
                .param("password", password)).andReturn().getResponse();
    }

    private String adminPage() throws Exception {
        return mvc.perform(get("/admin/logins").accept(MediaType.TEXT_HTML).with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
