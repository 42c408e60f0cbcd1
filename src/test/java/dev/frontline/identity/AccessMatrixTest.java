package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may read what: every API endpoint and page, for every kind of viewer, inside and outside their scope.
 *
 * <p>Team A is Cara Losch's (East office): Violet Mclelland and her peer Corliss Cosme are reps in it. Team B is
 * Dustin Brinkmann's (Central office), with Moses Frase. Reads outside scope answer 404 whether or not the thing
 * exists; the anonymous API answers 401 as problem details, anonymous pages redirect to the sign-in page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Caller {
        ADMIN("admin"),
        DIRECTOR_CENTRAL("director.central"),
        DIRECTOR_EAST("director.east"),
        MANAGER_A("cara.losch"),
        MANAGER_B("dustin.brinkmann"),
        REP_A("violet.mclelland"),
        REP_B("moses.frase"),
        ANONYMOUS(null);

        final @Nullable String username;

        Caller(@Nullable String username) {
            this.username = username;
        }

        String label() {
            return username == null ? "anonymous" : username;
        }
    }

    /** Expected statuses per caller, in the order of {@link Caller}. */
    private static final String SEE_ALL = "200 200 200 200 200 200 200";
    private static final String TEAM_A = "200 404 200 200 404 200 404";
    private static final String TEAM_B = "200 200 404 404 200 404 200";
    private static final String DEALS_OF_REP_A = "200 404 200 200 404 200 404";
    private static final String DEALS_OF_PEER_A = "200 404 200 200 404 404 404";
    private static final String DEALS_OF_REP_B = "200 200 404 404 200 404 200";
    private static final String ADMIN_ONLY = "200 403 403 403 403 403 403";
    /** Team results, quotas and suggestions: the team's manager, its director and the admin; never reps. */
    private static final String RESULTS_A = "200 404 200 200 404 404 404";
    private static final String RESULTS_B = "200 200 404 404 200 404 404";
    private static final String OFFICE_EAST = "200 404 200 404 404 404 404";
    private static final String OFFICE_CENTRAL = "200 200 404 404 404 404 404";
    /** Writing rep A's quota: editors in scope 200, editors outside 404, reps 403. */
    private static final String WRITE_REP_A = "200 404 200 200 404 403 403";
    /** Team A's ramp, join dates and accepting suggestions: editors in scope 422 for an empty body, reps 403. */
    private static final String EDIT_TEAM_A = "422 404 422 422 404 403 403";
    /** Dossier writes: the rep's manager (as manager) or the rep (self); others in scope 403; outside 404. */
    private static final String RATE_REP_A = "403 404 403 422 404 422 404";
    private static final String RATE_PEER_A = "403 404 403 422 404 403 404";
    private static final String OWN_REP_A = "403 404 403 403 404 422 404";
    private static final String MANAGER_OF_REP_A = "403 404 403 422 404 403 404";
    /** Private notes: the rep's manager and director; everyone else, the rep and the admin included, 404. */
    private static final String NOTES_OF_REP_A = "404 404 200 200 404 404 404";
    /** Coaching writes on rep A's records: the manager (and the rep where they take part) get 422 for the empty body. */
    private static final String MANAGE_A = "403 404 403 422 404 403 404";
    private static final String TAKE_PART_A = "403 404 403 422 404 422 404";
    /** Private 1:1 notes of rep A: their manager and director only; never the admin or the rep. */
    private static final String PRIVATE_A = "404 404 200 200 404 404 404";
    /** Forecast writes: a rep's call is the rep's (and the admin's); a team's call its manager's (and the admin's). */
    private static final String REP_A_CALL = "200 404 403 403 404 200 404";
    private static final String TEAM_A_CALL = "200 404 403 200 404 404 404";
    /** The backtest: everyone who sees teams, over the teams they see; reps do not. */
    private static final String BACKTEST = "200 200 200 200 200 404 404";
    private static final String NO_JOB = "00000000-0000-0000-0000-000000000000";
    private static final String API_ANONYMOUS = " 401";
    private static final String PAGE_ANONYMOUS = " 302";

    /**
     * Each endpoint and the status each caller gets, in the columns admin, director.central, director.east,
     * cara.losch, dustin.brinkmann, violet.mclelland, moses.frase, anonymous.
     */
    private static final String[][] MATRIX = {
            // API: the anonymous caller gets 401
            {"GET /api/v1/me", SEE_ALL + API_ANONYMOUS},
            // one's own settings: a change without a version is refused (422) so that nothing is written
            {"PATCH /api/v1/me", "422 422 422 422 422 422 422" + API_ANONYMOUS},
            {"GET /account/profile", SEE_ALL + PAGE_ANONYMOUS},
            {"POST /account/profile", "400 400 400 400 400 400 400" + PAGE_ANONYMOUS},
            // the browser's zone with no zone named: nothing is taken
            {"POST /account/time-zone/detected", "204 204 204 204 204 204 204" + PAGE_ANONYMOUS},
            {"GET /api/v1/teams", SEE_ALL + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/members", TEAM_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/members", TEAM_B + API_ANONYMOUS},
            {"GET /api/v1/opportunities", SEE_ALL + API_ANONYMOUS},
            {"GET /api/v1/opportunities?teamId={teamA}", TEAM_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities?teamId={teamB}", TEAM_B + API_ANONYMOUS},
            {"GET /api/v1/opportunities?owner=violet.mclelland", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities?owner=corliss.cosme", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities?owner=moses.frase", DEALS_OF_REP_B + API_ANONYMOUS},
            {"GET /api/v1/opportunities/{dealOfRepA}", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities/{dealOfPeerA}", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities/{dealOfRepB}", DEALS_OF_REP_B + API_ANONYMOUS},
            {"GET /api/v1/opportunities/999999999", "404 404 404 404 404 404 404" + API_ANONYMOUS},
            // a deal's history: the deal's scope; an edit without a version is refused (422) once scope lets the
            // caller through — whoever sees the deal may edit it — so that nothing is written
            {"GET /api/v1/opportunities/{dealOfRepA}/history", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities/{dealOfPeerA}/history", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities/{dealOfRepB}/history", DEALS_OF_REP_B + API_ANONYMOUS},
            {"GET /api/v1/opportunities/999999999/history", "404 404 404 404 404 404 404" + API_ANONYMOUS},
            {"PATCH /api/v1/opportunities/{dealOfRepA}", "422 404 422 422 404 422 404" + API_ANONYMOUS},
            {"PATCH /api/v1/opportunities/{dealOfPeerA}", "422 404 422 422 404 404 404" + API_ANONYMOUS},
            {"PATCH /api/v1/opportunities/{dealOfRepB}", "422 422 404 404 422 404 422" + API_ANONYMOUS},
            // the list's sort, search and filters narrow inside scope; a well-formed but invalid one is 422 for all
            {"GET /api/v1/opportunities?sort=amount,desc&q=GTX&minAmount=100&createdFrom=2026-01-01", SEE_ALL + API_ANONYMOUS},
            {"GET /api/v1/opportunities?owner=corliss.cosme&sort=owner", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities?teamId={teamB}&sort=account,desc&maxAmount=5000", TEAM_B + API_ANONYMOUS},
            {"GET /api/v1/opportunities?sort=bogus", "422 422 422 422 422 422 422" + API_ANONYMOUS},
            {"GET /api/v1/opportunities?teamId={teamA}&flagged=stale", TEAM_A + API_ANONYMOUS},
            {"GET /api/v1/opportunities?flagged=bogus", "422 422 422 422 422 422 422" + API_ANONYMOUS},
            // a team's deal-list settings (stale after N days): its manager, its director and the admin; reps 404.
            // The matrix writes {} (no version): refused 422 once scope lets the caller through
            {"GET /api/v1/teams/{teamA}/pipeline-settings", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/pipeline-settings", RESULTS_B + API_ANONYMOUS},
            {"PUT /api/v1/teams/{teamA}/pipeline-settings", "422 404 422 422 404 404 404" + API_ANONYMOUS},
            {"PUT /api/v1/teams/{teamB}/pipeline-settings", "422 422 404 404 422 404 404" + API_ANONYMOUS},
            // the admin's import is refused as unreadable (422) so that nothing is written
            {"POST /api/v1/imports", "422 403 403 403 403 403 403" + API_ANONYMOUS},
            // pages: the anonymous visitor is sent to sign in
            {"GET /", SEE_ALL + PAGE_ANONYMOUS},
            {"GET /teams", SEE_ALL + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}", TEAM_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamB}", TEAM_B + PAGE_ANONYMOUS},
            {"GET /reps/{repA}", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            // a rep sees a peer's page (the roster), without their deals
            {"GET /reps/{peerA}", TEAM_A + PAGE_ANONYMOUS},
            {"GET /reps/{repB}", DEALS_OF_REP_B + PAGE_ANONYMOUS},
            {"GET /opportunities", SEE_ALL + PAGE_ANONYMOUS},
            {"GET /opportunities?teamId={teamA}", TEAM_A + PAGE_ANONYMOUS},
            {"GET /opportunities?teamId={teamB}", TEAM_B + PAGE_ANONYMOUS},
            {"GET /opportunities?owner=violet.mclelland", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /opportunities?owner=corliss.cosme", DEALS_OF_PEER_A + PAGE_ANONYMOUS},
            {"GET /opportunities?owner=moses.frase", DEALS_OF_REP_B + PAGE_ANONYMOUS},
            {"GET /opportunities?sort=owner&q=a&maxAmount=5000&closedFrom=2026-01-01", SEE_ALL + PAGE_ANONYMOUS},
            {"GET /opportunities?teamId={teamA}&sort=closeDate,desc", TEAM_A + PAGE_ANONYMOUS},
            {"GET /opportunities?teamId={teamA}&flagged=slipped", TEAM_A + PAGE_ANONYMOUS},
            // the stale setting's form on the list narrowed to a team, posted empty: 422 (the list with the problem)
            {"POST /teams/{teamA}/pipeline-settings", "422 404 422 422 404 404 404" + PAGE_ANONYMOUS},
            // the deal page: whoever sees the deal (its forecast and category come with it)
            {"GET /opportunities/{dealOfRepA}", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /opportunities/{openDealOfRepA}", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /opportunities/{dealOfPeerA}", DEALS_OF_PEER_A + PAGE_ANONYMOUS},
            {"GET /opportunities/{openDealOfRepB}", DEALS_OF_REP_B + PAGE_ANONYMOUS},
            {"GET /opportunities/999999999", "404 404 404 404 404 404 404" + PAGE_ANONYMOUS},
            // the deal page's edit form posted empty: no version, the page back naming the problem (422)
            {"POST /opportunities/{dealOfRepA}/edit", "422 404 422 422 404 422 404" + PAGE_ANONYMOUS},
            {"POST /opportunities/{dealOfRepB}/edit", "422 422 404 404 422 404 422" + PAGE_ANONYMOUS},
            // the CSV: the same scope as the list
            {"GET /opportunities.csv", SEE_ALL + PAGE_ANONYMOUS},
            {"GET /opportunities.csv?teamId={teamB}&sort=amount,desc", TEAM_B + PAGE_ANONYMOUS},
            {"GET /opportunities.csv?owner=corliss.cosme&q=gtx", DEALS_OF_PEER_A + PAGE_ANONYMOUS},
            {"GET /imports", ADMIN_ONLY + PAGE_ANONYMOUS},
            // import jobs are the admin's own: one that does not exist answers the admin 404
            {"GET /imports/jobs/" + NO_JOB, "404 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /imports/jobs/" + NO_JOB + "/mapping", "404 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /imports/jobs/" + NO_JOB + "/moves", "404 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /imports/jobs/" + NO_JOB + "/cancel", "404 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"GET /admin/logins", ADMIN_ONLY + PAGE_ANONYMOUS},
            // the admin's grant names nobody (404) so that nothing is written
            {"POST /admin/logins", "404 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"GET /admin/logins?q=east", ADMIN_ONLY + PAGE_ANONYMOUS},
            {"POST /admin/logins/999999998/email?version=0", "404 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            // personal access tokens, each caller their own: a token without a name is refused (422), nothing is made
            {"GET /api/v1/me/tokens", SEE_ALL + API_ANONYMOUS},
            {"POST /api/v1/me/tokens", "422 422 422 422 422 422 422" + API_ANONYMOUS},
            {"DELETE /api/v1/me/tokens/999999998", "404 404 404 404 404 404 404" + API_ANONYMOUS},
            {"GET /account/tokens", SEE_ALL + PAGE_ANONYMOUS},
            {"POST /account/tokens", "422 422 422 422 422 422 422" + PAGE_ANONYMOUS},
            {"POST /account/tokens/999999998/revoke", "404 404 404 404 404 404 404" + PAGE_ANONYMOUS},
            // notifications: one's own only; rep A's notification is 404 to everyone else, 422 (no version) to rep A
            {"GET /api/v1/me/notifications", SEE_ALL + API_ANONYMOUS},
            {"PATCH /api/v1/me/notifications/{notificationOfRepA}", "404 404 404 404 404 422 404" + API_ANONYMOUS},
            {"GET /api/v1/me/notification-preferences", SEE_ALL + API_ANONYMOUS},
            {"PUT /api/v1/me/notification-preferences", "422 422 422 422 422 422 422" + API_ANONYMOUS},
            {"GET /notifications", SEE_ALL + PAGE_ANONYMOUS},
            {"POST /notifications/{notificationOfRepA}/read", "404 404 404 404 404 422 404" + PAGE_ANONYMOUS},
            {"POST /notifications/read-all", "422 422 422 422 422 422 422" + PAGE_ANONYMOUS},
            {"POST /notifications/preferences", "422 422 422 422 422 422 422" + PAGE_ANONYMOUS},
            // goals and results
            {"GET /api/v1/teams/{teamA}/results", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/results?period=2026-Q3", RESULTS_B + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/results", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{peerA}/results", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repB}/results?periods=4&grain=month", DEALS_OF_REP_B + API_ANONYMOUS},
            {"GET /api/v1/regions/{east}/results", OFFICE_EAST + API_ANONYMOUS},
            {"GET /api/v1/regions/{central}/results", OFFICE_CENTRAL + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/quotas", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/quotas?year=2026", RESULTS_B + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/quota-suggestions", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/quota-suggestions?period=2026-Q4", RESULTS_B + API_ANONYMOUS},
            {"PUT /api/v1/quotas", WRITE_REP_A + API_ANONYMOUS},
            // the ramp for new hires and join dates: editors in scope get 422 for the empty body, reps 403
            {"GET /api/v1/teams/{teamA}/ramp", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/ramp", RESULTS_B + API_ANONYMOUS},
            {"PUT /api/v1/teams/{teamA}/ramp", EDIT_TEAM_A + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/start", EDIT_TEAM_A + API_ANONYMOUS},
            // deactivating a rep: the rep's manager, director and the admin get 422 for the empty body; reps 404
            {"PATCH /api/v1/reps/{repA}", "422 404 422 422 404 404 404" + API_ANONYMOUS},
            // adding a rep: team leads and the admin get 422 for the empty body (no name, no team); reps 403
            {"POST /api/v1/reps", "422 422 422 422 422 403 403" + API_ANONYMOUS},
            // the people page: team leads and the admin over their scope; reps 403 (their roster is on their home)
            {"GET /reps", "200 200 200 200 200 403 403" + PAGE_ANONYMOUS},
            {"POST /reps", "422 422 422 422 422 403 403" + PAGE_ANONYMOUS},
            // moving rep A: the admin and East's director; a manager 403; outside scope (rep or team) and reps 404
            {"GET /reps/{repA}/move", "200 404 200 403 404 404 404" + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/move?teamId={teamB}", "200 404 404 403 404 404 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/move", "422 404 422 403 404 404 404" + PAGE_ANONYMOUS},
            // deactivating rep A: their manager, director and the admin (422 without a version); reps 404
            {"GET /reps/{repA}/active?active=false", RESULTS_A + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/active", "422 404 422 422 404 404 404" + PAGE_ANONYMOUS},
            {"POST /api/v1/teams/{teamA}/quota-suggestions/accept", EDIT_TEAM_A + API_ANONYMOUS},
            {"PUT /api/v1/goals", WRITE_REP_A + API_ANONYMOUS},
            {"GET /results", "302 302 302 302 302 302 302" + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}/results", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamB}/results", RESULTS_B + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}/results.csv?table=sectors", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}/quotas", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamB}/quotas", RESULTS_B + PAGE_ANONYMOUS},
            // a ramp without a version comes back as the page naming the problem (422); no join date changed: back
            {"POST /teams/{teamA}/quotas/ramp", EDIT_TEAM_A + PAGE_ANONYMOUS},
            {"POST /teams/{teamA}/quotas/starts", "302 404 302 302 404 403 403" + PAGE_ANONYMOUS},
            {"GET /regions", "200 200 200 404 404 404 404" + PAGE_ANONYMOUS},
            {"GET /regions/{east}/results", OFFICE_EAST + PAGE_ANONYMOUS},
            {"GET /regions/{central}/results.csv", OFFICE_CENTRAL + PAGE_ANONYMOUS},
            {"GET /admin/settings", ADMIN_ONLY + PAGE_ANONYMOUS},
            // people: dossiers, ratings, motivations, aspirations, notes, skills, framework, audit. Writes by those
            // entitled carry invalid input (422) so that nothing is written.
            {"GET /api/v1/reps/{repA}/dossier", DEALS_OF_REP_A + API_ANONYMOUS},
            // a peer gets the dossier's peer view (name, role, shared strengths)
            {"GET /api/v1/reps/{peerA}/dossier", TEAM_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repB}/dossier", DEALS_OF_REP_B + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/ratings", RATE_REP_A + API_ANONYMOUS},
            {"PUT /api/v1/reps/{peerA}/ratings", RATE_PEER_A + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/motivations", OWN_REP_A + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/aspirations", OWN_REP_A + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/shared-strengths", OWN_REP_A + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/remarks/strengths", MANAGER_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/notes", NOTES_OF_REP_A + API_ANONYMOUS},
            {"POST /api/v1/reps/{repA}/notes", "404 404 422 422 404 404 404" + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/notes/999999999", "404 404 404 404 404 404 404" + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/skills", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/skills", RESULTS_B + API_ANONYMOUS},
            {"GET /api/v1/competencies", SEE_ALL + API_ANONYMOUS},
            {"PUT /api/v1/competencies/closing", "422 403 403 403 403 403 403" + API_ANONYMOUS},
            {"POST /api/v1/competencies", "422 403 403 403 403 403 403" + API_ANONYMOUS},
            {"GET /api/v1/audit", ADMIN_ONLY + API_ANONYMOUS},
            {"GET /reps/{repA}/dossier", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /reps/{peerA}/dossier", TEAM_A + PAGE_ANONYMOUS},
            {"GET /reps/{repB}/dossier", DEALS_OF_REP_B + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/dossier/history?key=closing", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/dossier/ratings", "403 404 403 200 404 200 404" + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/dossier/motivations", "403 404 403 403 404 200 404" + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/dossier/aspirations", "403 404 403 403 404 200 404" + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/dossier/notes", NOTES_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}/skills", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamB}/skills", RESULTS_B + PAGE_ANONYMOUS},
            {"GET /admin/competencies", ADMIN_ONLY + PAGE_ANONYMOUS},
            {"GET /admin/audit", ADMIN_ONLY + PAGE_ANONYMOUS},
            // forecast
            {"GET /api/v1/teams/{teamA}/forecast", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/forecast?period=2026-11", RESULTS_B + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/pipeline-movement", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/pipeline-movement?period=2026-11&from=2026-11-01&to=2026-11-20",
                    RESULTS_B + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/forecast", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{peerA}/forecast", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repB}/forecast?period=2026-Q3", DEALS_OF_REP_B + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/calls", REP_A_CALL + API_ANONYMOUS},
            {"PUT /api/v1/teams/{teamA}/calls", TEAM_A_CALL + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/calls", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/calls", RESULTS_A + API_ANONYMOUS},
            {"PUT /api/v1/opportunities/{openDealOfRepA}/forecast-category", DEALS_OF_REP_A + API_ANONYMOUS},
            {"PUT /api/v1/opportunities/{openDealOfRepB}/forecast-category", DEALS_OF_REP_B + API_ANONYMOUS},
            {"GET /api/v1/regions/{east}/forecast", OFFICE_EAST + API_ANONYMOUS},
            {"GET /api/v1/regions/{central}/forecast?period=2026-11", OFFICE_CENTRAL + API_ANONYMOUS},
            {"GET /api/v1/forecast/backtest", BACKTEST + API_ANONYMOUS},
            {"GET /api/v1/forecast/backtest?level=rep&grain=quarter", BACKTEST + API_ANONYMOUS},
            {"GET /forecast", "302 302 302 302 302 302 302" + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}/forecast", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamB}/forecast?period=2026-11", RESULTS_B + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/forecast", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /reps/{peerA}/forecast", DEALS_OF_PEER_A + PAGE_ANONYMOUS},
            {"GET /reps/{repB}/forecast", DEALS_OF_REP_B + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/forecast/calls", "302 404 403 403 404 302 404" + PAGE_ANONYMOUS},
            {"POST /teams/{teamA}/forecast/calls", "302 404 403 302 404 404 404" + PAGE_ANONYMOUS},
            {"POST /opportunities/{openDealOfRepA}/forecast-category", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            // data quality: team leads and the admin over their scope; reps 404
            {"GET /api/v1/data-quality", BACKTEST + API_ANONYMOUS},
            {"GET /api/v1/data-quality?teamId={teamA}&check=no-account&page=1&size=5", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/data-quality?teamId={teamB}", RESULTS_B + API_ANONYMOUS},
            {"PUT /api/v1/data-quality/ignored/no-account/{dealOfRepA}", "204 404 204 204 404 404 404" + API_ANONYMOUS},
            {"DELETE /api/v1/data-quality/ignored/no-account/{dealOfRepA}", "204 404 204 204 404 404 404" + API_ANONYMOUS},
            {"PUT /api/v1/data-quality/ignored/no-account/{dealOfRepB}", "204 204 404 404 204 404 404" + API_ANONYMOUS},
            {"DELETE /api/v1/data-quality/ignored/no-account/{dealOfRepB}", "204 204 404 404 204 404 404" + API_ANONYMOUS},
            {"GET /data-quality", BACKTEST + PAGE_ANONYMOUS},
            {"GET /data-quality?teamId={teamA}&check=duplicate", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /data-quality?teamId={teamB}", RESULTS_B + PAGE_ANONYMOUS},
            {"POST /data-quality/ignored?opportunityId={dealOfRepA}&check=no-account", "302 404 302 302 404 404 404" + PAGE_ANONYMOUS},
            {"POST /data-quality/ignored/delete?opportunityId={dealOfRepA}&check=no-account", "302 404 302 302 404 404 404" + PAGE_ANONYMOUS},
            {"GET /regions/{east}/forecast", OFFICE_EAST + PAGE_ANONYMOUS},
            {"GET /regions/{central}/forecast", OFFICE_CENTRAL + PAGE_ANONYMOUS},
            {"GET /forecast/backtest", BACKTEST + PAGE_ANONYMOUS},
            {"GET /forecast/backtest/table?grain=quarter", BACKTEST + PAGE_ANONYMOUS},
            {"GET /actuator/health", SEE_ALL + " 200"},
            {"GET /actuator/metrics", ADMIN_ONLY + API_ANONYMOUS},
            {"GET /actuator/prometheus", ADMIN_ONLY + API_ANONYMOUS},
            // the API description is public in demo mode (this context), behind sign-in otherwise (ApiDocsAccessTest)
            {"GET /v3/api-docs", SEE_ALL + " 200"},
            {"GET /swagger-ui/index.html", SEE_ALL + " 200"},
            // coaching: 1:1s, actions, private notes, plans, focus, topics, team views, calendar feeds
            {"GET /api/v1/reps/{repA}/one-on-ones", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{peerA}/one-on-ones", DEALS_OF_PEER_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repB}/one-on-ones", DEALS_OF_REP_B + API_ANONYMOUS},
            {"POST /api/v1/reps/{repA}/one-on-ones", MANAGE_A + API_ANONYMOUS},
            {"POST /api/v1/reps/{repA}/one-on-ones/now", MANAGE_A + API_ANONYMOUS},
            {"POST /api/v1/reps/{repB}/one-on-ones/now", "403 403 404 404 422 404 403" + API_ANONYMOUS},
            {"PUT /api/v1/reps/{repA}/cadence", MANAGE_A + API_ANONYMOUS},
            {"GET /api/v1/one-on-ones/{meetingA}", DEALS_OF_REP_A + API_ANONYMOUS},
            {"PATCH /api/v1/one-on-ones/{meetingA}", TAKE_PART_A + API_ANONYMOUS},
            {"POST /api/v1/one-on-ones/{meetingA}/agenda", TAKE_PART_A + API_ANONYMOUS},
            {"POST /api/v1/one-on-ones/{meetingA}/actions", TAKE_PART_A + API_ANONYMOUS},
            {"PATCH /api/v1/actions/{actionA}", TAKE_PART_A + API_ANONYMOUS},
            {"GET /api/v1/one-on-ones/{meetingA}/private-notes", PRIVATE_A + API_ANONYMOUS},
            {"PUT /api/v1/one-on-ones/{meetingA}/private-notes", "404 404 403 422 404 404 404" + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/coaching-plans", DEALS_OF_REP_A + API_ANONYMOUS},
            {"POST /api/v1/reps/{repA}/coaching-plans", MANAGE_A + API_ANONYMOUS},
            {"GET /api/v1/coaching-plans/{planA}", DEALS_OF_REP_A + API_ANONYMOUS},
            {"PATCH /api/v1/coaching-plans/{planA}", TAKE_PART_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/coaching-focus", DEALS_OF_REP_A + API_ANONYMOUS},
            {"GET /api/v1/reps/{repB}/coaching-focus", DEALS_OF_REP_B + API_ANONYMOUS},
            {"GET /api/v1/reps/{repA}/coaching-requests", DEALS_OF_REP_A + API_ANONYMOUS},
            {"POST /api/v1/reps/{repA}/coaching-requests", "403 404 403 403 404 422 404" + API_ANONYMOUS},
            {"PATCH /api/v1/coaching-requests/{requestOfPeerA}", "403 404 403 422 404 404 404" + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamA}/coaching", RESULTS_A + API_ANONYMOUS},
            {"GET /api/v1/teams/{teamB}/coaching", RESULTS_B + API_ANONYMOUS},
            {"GET /api/v1/me/calendar-feed", "404 404 404 404 404 404 404" + API_ANONYMOUS},
            {"DELETE /api/v1/me/calendar-feed", "403 403 403 204 204 204 204" + API_ANONYMOUS},
            {"GET /calendar/no-such-token.ics", "404 404 404 404 404 404 404 404"},
            {"GET /coaching", "200 200 200 302 302 302 302" + PAGE_ANONYMOUS},
            {"GET /teams/{teamA}/coaching", RESULTS_A + PAGE_ANONYMOUS},
            {"GET /teams/{teamB}/coaching", RESULTS_B + PAGE_ANONYMOUS},
            {"GET /reps/{repA}/coaching", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /reps/{peerA}/coaching", DEALS_OF_PEER_A + PAGE_ANONYMOUS},
            {"GET /reps/{repB}/coaching", DEALS_OF_REP_B + PAGE_ANONYMOUS},
            {"GET /one-on-ones/{meetingA}", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            {"GET /one-on-ones/{meetingA}/private", PRIVATE_A + PAGE_ANONYMOUS},
            // an empty agenda item is refused and the form comes back (302) naming the problem
            {"POST /one-on-ones/{meetingA}/agenda", "403 404 403 302 404 302 404" + PAGE_ANONYMOUS},
            // starting a 1:1 now with a length out of range is refused and the rep's coaching page says why (302)
            {"POST /reps/{repA}/coaching/one-on-ones/now", "403 404 403 302 404 403 404" + PAGE_ANONYMOUS},
            {"GET /coaching-plans/{planA}", DEALS_OF_REP_A + PAGE_ANONYMOUS},
            // the 1:1 notes' log moved into the one audit page (301 to /admin/audit?kind=coaching)
            {"GET /admin/audit/coaching", "301 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            // page forms the matrix posts empty: refused as they stand (400 for a missing parameter — Spring checks
            // those before any handler runs, so for everyone alike, and naming nobody — 422 invalid, or the form back
            // with the problem: 302), so that nothing is written; outside scope 404, not the caller's to do 403
            {"GET /login", "200 200 200 200 200 200 200 200"},
            {"GET /account/password", SEE_ALL + PAGE_ANONYMOUS},
            {"POST /account/password", "400 400 400 400 400 400 400" + PAGE_ANONYMOUS},
            {"POST /admin/logins/999999999/disable", "400 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /admin/logins/999999999/enable", "400 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /admin/logins/999999999/reset", "400 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /admin/logins/999999999/role", "400 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /admin/settings", "400 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /admin/competencies", "422 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /admin/competencies/closing", "422 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /imports", "400 403 403 403 403 403 403" + PAGE_ANONYMOUS},
            {"POST /teams/{teamA}/quotas", "200 404 200 200 404 403 403" + PAGE_ANONYMOUS},
            {"POST /teams/{teamA}/goals", "400 400 400 400 400 400 400" + PAGE_ANONYMOUS},
            {"POST /teams/{teamA}/quotas/accept", "400 400 400 400 400 400 400" + PAGE_ANONYMOUS},
            {"POST /teams/{teamA}/quotas/growth", "400 400 400 400 400 400 400" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/dossier/ratings", "403 404 403 302 404 302 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/dossier/motivations", "403 404 403 403 404 422 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/dossier/aspirations", "403 404 403 403 404 422 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/dossier/shared", "403 404 403 403 404 302 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/dossier/remarks/strengths", "400 400 400 400 400 400 400" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/dossier/notes", "404 404 422 422 404 404 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/coaching/cadence", "403 404 403 302 404 403 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/coaching/one-on-ones", "403 404 403 302 404 403 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/coaching-plans", "403 404 403 302 404 403 404" + PAGE_ANONYMOUS},
            {"POST /reps/{repA}/coaching-requests", "403 404 403 403 404 302 404" + PAGE_ANONYMOUS},
            {"POST /coaching-requests/{requestOfPeerA}", "403 404 403 302 404 404 404" + PAGE_ANONYMOUS},
            {"POST /one-on-ones/{meetingA}", "403 404 403 302 404 302 404" + PAGE_ANONYMOUS},
            {"POST /one-on-ones/{meetingA}/actions", "403 404 403 302 404 302 404" + PAGE_ANONYMOUS},
            {"POST /one-on-ones/{meetingA}/private", "404 404 403 422 404 404 404" + PAGE_ANONYMOUS},
            {"POST /actions/{actionA}", "403 404 403 302 404 302 404" + PAGE_ANONYMOUS},
            {"POST /coaching-plans/{planA}", "403 404 403 302 404 302 404" + PAGE_ANONYMOUS},
            {"POST /coaching/feed", "403 403 403 302 302 302 302" + PAGE_ANONYMOUS},
            {"POST /coaching/feed/revoke", "403 403 403 302 302 302 302" + PAGE_ANONYMOUS},
            {"POST /api/v1/me/calendar-feed", "403 403 403 201 201 201 201" + API_ANONYMOUS},
            {"GET /error", "404 404 404 404 404 404 404 404"},

    };

    /**
     * Where redirects send each signed-in caller: /results the manager to their team's results and others to the
     * offices; /forecast each to their own forecast (the admin to the first office's); a submitted call back to its
     * page.
     */
    private static final String CALLED = "/forecast?period=2040-Q1&called";
    private static final String STARTS = "/teams/{teamA}/quotas?grain=quarter";
    /** An ignored (or un-ignored) data-quality finding sends the caller back to its check. */
    private static final String QUALITY = "/data-quality#no-account";
    /** The page forms send their caller back to the form, with the problem or what changed. */
    private static final List<String> FORMS_OF_REP_A = List.of("/reps/{repA}/dossier#competencies",
            "/reps/{repA}/dossier#findings", "/reps/{repA}/coaching#plans", "/reps/{repA}/coaching#requests",
            "/one-on-ones/{meetingA}", "/one-on-ones/{meetingA}#actions", "/coaching-plans/{planA}", "/coaching",
            "/coaching#feed");
    private static final Map<Caller, List<String>> REDIRECTS = Map.of(
            Caller.ADMIN, List.of("/regions", "/regions/{central}/forecast", "/reps/{repA}" + CALLED, "/teams/{teamA}" + CALLED,
                    STARTS, QUALITY),
            Caller.DIRECTOR_CENTRAL, List.of("/regions", "/regions/{central}/forecast"),
            Caller.DIRECTOR_EAST, List.of("/regions", "/regions/{east}/forecast", STARTS, QUALITY),
            Caller.MANAGER_A, concat(List.of("/teams/{teamA}/results", "/teams/{teamA}/coaching",
                    "/one-on-ones/{meetingA}#agenda", "/reps/{repA}/coaching#schedule",
                    "/teams/{teamA}/forecast", "/teams/{teamA}" + CALLED, STARTS, QUALITY), FORMS_OF_REP_A),
            Caller.MANAGER_B, List.of("/teams/{teamB}/results", "/teams/{teamB}/coaching", "/teams/{teamB}/forecast",
                    "/coaching", "/coaching#feed"),
            Caller.REP_A, concat(List.of("/", "/reps/{repA}/coaching", "/one-on-ones/{meetingA}#agenda",
                    "/reps/{repA}/forecast", "/reps/{repA}" + CALLED), FORMS_OF_REP_A),
            Caller.REP_B, List.of("/", "/reps/{repB}/coaching", "/reps/{repB}/forecast", "/coaching", "/coaching#feed"));

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The reps the matrix reads about: a 404 must not name them (unless the viewer is that rep). */
    private static final Map<String, String> REP_NAMES = Map.of("violet.mclelland", "Violet Mclelland",
            "corliss.cosme", "Corliss Cosme", "moses.frase", "Moses Frase");

    /** Request bodies of the people endpoints: invalid on purpose, so that an entitled caller writes nothing. */
    private static final Map<String, String> BODIES = Map.of(
            "ratings", "[{\"key\":\"closing\",\"level\":9}]",
            "motivations", "{\"drivers\":[{\"driver\":\"FAME\"}],\"version\":0}",
            "aspirations", "{\"targetRole\":\"\",\"version\":0}",
            "shared-strengths", "{\"keys\":[\"no-such-strength\"]}",
            "strengths", "{\"text\":\"pinned\"}",
            "notes", "{\"text\":\"\"}",
            "999999999", "{\"text\":\"edited\",\"version\":0}",
            "closing", "{\"name\":\"\",\"levels\":[],\"version\":0}",
            "competencies", "{\"key\":\"Not A Key\",\"name\":\"x\",\"levels\":[\"a\"]}",
            "now", "{\"durationMinutes\":1000}");

    /** One cell of the matrix. */
    record Case(String endpoint, Caller caller, int expected) {

        @Override
        public String toString() {
            return String.format("%-50s × %-17s → %d", endpoint, caller.label(), expected);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Map<Caller, String>> seen = new LinkedHashMap<>();

    @BeforeAll
    void lookUpTeamsPeopleAndDeals() throws Exception {
        String teams = adminJson("/api/v1/teams");
        ids.put("teamA", teamManagedBy(teams, "cara.losch"));
        ids.put("teamB", teamManagedBy(teams, "dustin.brinkmann"));
        ids.put("repA", memberId(ids.get("teamA"), "violet.mclelland"));
        ids.put("peerA", memberId(ids.get("teamA"), "corliss.cosme"));
        ids.put("repB", memberId(ids.get("teamB"), "moses.frase"));
        ids.put("dealOfRepA", firstDealOf("violet.mclelland"));
        ids.put("dealOfPeerA", firstDealOf("corliss.cosme"));
        ids.put("dealOfRepB", firstDealOf("moses.frase"));
        ids.put("openDealOfRepA", firstDealOf("violet.mclelland&status=open"));
        ids.put("openDealOfRepB", firstDealOf("moses.frase&status=open"));
        ids.put("east", regionOf(teams, "cara.losch"));
        ids.put("central", regionOf(teams, "dustin.brinkmann"));
        String oneOnOnes = adminJson("/api/v1/reps/" + ids.get("repA") + "/one-on-ones");
        ids.put("meetingA", JsonPath.read(oneOnOnes, "$.meetings[0].id").toString());
        ids.put("actionA", JsonPath.<List<Object>>read(oneOnOnes, "$.openActions[*].id").get(0).toString());
        ids.put("planA", JsonPath.read(adminJson("/api/v1/reps/" + ids.get("repA") + "/coaching-plans"), "$[0].id")
                .toString());
        ids.put("requestOfPeerA", JsonPath.read(adminJson("/api/v1/reps/" + memberId(ids.get("teamA"), "garret.kinder")
                + "/coaching-requests"), "$[0].id").toString());
        long violet = jdbc.sql("select id from user_account where username = 'violet.mclelland'").query(Long.class)
                .single();
        ids.put("notificationOfRepA", String.valueOf(notifications.notify(violet,
                dev.frontline.notifications.NotificationKinds.SYSTEM, "Access matrix", "Rep A's own", null)));
    }

    @Autowired
    dev.frontline.notifications.Notifications notifications;

    @AfterAll
    void removeTheNotification() {
        jdbc.sql("delete from notification where id = ?").param(Long.parseLong(ids.get("notificationOfRepA"))).update();
    }

    Stream<Case> matrix() {
        return Arrays.stream(MATRIX).flatMap(row -> {
            String[] statuses = row[1].split(" ");
            assertThat(statuses).as(row[0]).hasSize(Caller.values().length);
            return Arrays.stream(Caller.values())
                    .map(v -> new Case(row[0], v, Integer.parseInt(statuses[v.ordinal()])));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersEachCallerAsTheMatrixSays(Case c) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(c)).andReturn().getResponse();
        seen.computeIfAbsent(c.endpoint(), e -> new LinkedHashMap<>()).put(c.caller(),
                response.getStatus() == c.expected() ? Integer.toString(c.expected())
                        : response.getStatus() + "≠" + c.expected());

        assertThat(response.getStatus()).as(c.toString()).isEqualTo(c.expected());
        if (isApi(c.endpoint()) && response.getStatus() >= 400 && response.getStatus() != 422) {
            assertThat(response.getContentType()).as(c.toString()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        if (response.getStatus() == 302 && c.caller() == Caller.ANONYMOUS) {
            assertThat(response.getRedirectedUrl()).as(c.toString()).endsWith("/login");
        } else if (response.getStatus() == 302) {
            assertThat(response.getRedirectedUrl()).as(c.toString()).isIn(REDIRECTS.get(c.caller()).stream().map(this::resolve).toList());
        }
        if (response.getStatus() == 404) {
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(c.toString()).doesNotContain("externalId", "amount");
            REP_NAMES.forEach((username, name) -> {
                if (!username.equals(c.caller().username)) {
                    assertThat(body).as(c.toString()).doesNotContain(username, name);
                }
            });
        }
    }

    /**
     * Every endpoint Spring maps has a row: an endpoint added without one fails here, naming it. Only what is not
     * Frontline's own is left out: the error controller Spring Boot adds, and springdoc's documentation (its
     * {@code /v3/api-docs} has a row).
     */
    @Test
    void everyMappedEndpointHasARow() {
        List<String> rows = Arrays.stream(MATRIX).map(r -> r[0].replaceAll("\\?.*$", "")).toList();
        List<String> missing = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("dev.frontline") && isMainCode(method.getBeanType())) {
                Set<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
                for (String pattern : info.getPatternValues()) {
                    for (String verb : verbs) {
                        if (rows.stream().noneMatch(row -> covers(verb, pattern, row))) {
                            missing.add(verb + " " + pattern + "  (" + method.getBeanType().getSimpleName() + "."
                                    + method.getMethod().getName() + ")");
                        }
                    }
                }
            }
        });
        assertThat(missing).as("endpoints without a row in the access matrix").isEmpty();
    }

    /** Frontline's own code, not a test's stand-in (a test-only endpoint such as a deliberate bug). */
    private static boolean isMainCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().toString().contains("test-classes");
    }

    /** Whether a row such as {@code GET /teams/{teamA}/results} exercises the mapping {@code GET /teams/{id}/results}. */
    private static boolean covers(String verb, String pattern, String row) {
        String[] parts = row.split(" ", 2);
        if (!parts[0].equals(verb)) {
            return false;
        }
        String regex = Arrays.stream(pattern.split("(?=\\{)|(?<=\\})"))
                .map(piece -> piece.startsWith("{*") ? ".*" : piece.startsWith("{") ? "[^/]+"
                        : java.util.regex.Pattern.quote(piece))
                .collect(Collectors.joining());
        return parts[1].matches(regex);
    }

    @Test
    void aRepSeesAPeersPageWithoutTheirDealNumbers() throws Exception {
        String peer = page("/reps/" + ids.get("peerA"), Caller.REP_A);
        String own = page("/reps/" + ids.get("repA"), Caller.REP_A);

        assertThat(peer).contains("Corliss Cosme").doesNotContain("data-testid=\"rep-won-revenue\"")
                .doesNotContain("Open deals").contains("data-testid=\"roster\"");
        assertThat(own).contains("data-testid=\"rep-won-revenue\"");
    }

    @Test
    void aPageOutsideScopeAnswersAFriendlyNotFoundWithTheNavigation() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/teams/" + ids.get("teamB")).accept(MediaType.TEXT_HTML)
                .with(httpBasic(Caller.MANAGER_A.username, "demo"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("There is nothing here, or nothing you may see.")
                .contains("href=\"/opportunities\"")
                .doesNotContain("Dustin Brinkmann");
    }

    @Test
    void aRepAskingForTheirTeamsDealsGetsOnlyTheirOwn() throws Exception {
        String json = json("/api/v1/opportunities?size=500&teamId=" + ids.get("teamA"), Caller.REP_A);
        String own = json("/api/v1/opportunities?size=1&owner=violet.mclelland", Caller.REP_A);

        List<String> owners = JsonPath.read(json, "$.content[*].owner.username");
        assertThat(owners).isNotEmpty().containsOnly("violet.mclelland");
        assertThat(JsonPath.<Integer>read(json, "$.page.totalElements"))
                .isEqualTo(JsonPath.<Integer>read(own, "$.page.totalElements"));
    }

    @Test
    void aManagersDealListHoldsOnlyTheirTeamsDeals() throws Exception {
        List<String> reps = JsonPath.read(adminJson("/api/v1/teams/" + ids.get("teamA") + "/members"), "$[*].username");
        String json = json("/api/v1/opportunities?size=500", Caller.MANAGER_A);

        List<String> owners = JsonPath.read(json, "$.content[*].owner.username");
        assertThat(owners).isNotEmpty();
        assertThat(reps).containsAll(owners);
    }

    /**
     * What the entitled callers' refused writes must leave as it was (feeds, audit and sign-in records aside; the
     * quota, goal and category rows write on purpose — quotas and goals for 2040, the matrix's own period — and so are
     * compared without those).
     */
    private static final List<String> UNTOUCHED = List.of("quota where start_date < date '2040-01-01'",
            "goal where start_date < date '2040-01-01'", "quota_policy", "opportunity", "competency",
            "competency_rating", "motivation_profile", "motivation_driver", "aspiration", "development_action",
            "manager_remark", "shared_strength", "private_note", "coaching_cadence", "one_on_one", "agenda_item",
            "one_on_one_private_note", "coaching_action", "coaching_plan", "coaching_plan_action", "coaching_request",
            "fiscal_setting", "team", "person", "region");

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Map<String, String> fingerprint;

    @BeforeAll
    void fingerprintTheData() {
        fingerprint = fingerprint();
    }

    private Map<String, String> fingerprint() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : UNTOUCHED) {
            String[] parts = table.split(" where ", 2);
            out.put(table, jdbc.sql("select count(*) || ':' || md5(coalesce(string_agg(t::text, ',' order by t::text), ''))"
                    + " from " + parts[0] + " t" + (parts.length > 1 ? " where " + parts[1] : ""))
                    .query(String.class).single());
        }
        return out;
    }

    @AfterAll
    void leavesTheDataAsItFoundIt() {
        assertThat(fingerprint()).as("what the matrix's refused writes left").isEqualTo(fingerprint);
    }

    @AfterAll
    void printTheMatrix() {
        List<String> lines = new ArrayList<>();
        String header = String.format("%-50s", "endpoint") + Arrays.stream(Caller.values())
                .map(v -> String.format(" | %-17s", v.label())).collect(Collectors.joining());
        lines.add(header);
        lines.add("-".repeat(header.length()));
        seen.forEach((endpoint, cells) -> lines.add(String.format("%-50s", endpoint)
                + Arrays.stream(Caller.values()).map(v -> String.format(" | %-17s", cells.getOrDefault(v, "")))
                        .collect(Collectors.joining())));
        System.out.println("\nAccess matrix (status seen; a≠e where it differs from the expected e)\n"
                + String.join("\n", lines) + "\n");
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Case c) {
        String[] parts = c.endpoint().split(" ", 2);
        String uri = resolve(parts[1]);
        AbstractMockHttpServletRequestBuilder<?> request;
        if (parts[0].equals("POST") && uri.equals("/api/v1/imports")) {
            request = multipart(uri).file(new MockMultipartFile("file", "notes.csv", "text/csv",
                    "name,colour\nAnna,blue\n".getBytes(StandardCharsets.UTF_8)));
        } else if (parts[0].equals("PUT") && uri.equals("/api/v1/quotas")) {
            request = put(uri).contentType(MediaType.APPLICATION_JSON)
                    .content("[{\"rep\":\"violet.mclelland\",\"period\":\"2040-Q1\",\"amount\":1000}]");
        } else if (parts[0].equals("PUT") && uri.endsWith("/calls")) {
            request = put(uri).contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2040-Q1\",\"amount\":1000}");
        } else if (parts[0].equals("PUT") && uri.endsWith("/forecast-category")) {
            request = put(uri).contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"COMMIT\"}");
        } else if (parts[0].equals("POST") && isPage(uri) && uri.endsWith("/one-on-ones/now")) {
            request = post(uri).param("durationMinutes", "1000");
        } else if (!parts[0].equals("GET") && BODIES.containsKey(uri.substring(uri.lastIndexOf('/') + 1))) {
            request = (parts[0].equals("PUT") ? put(uri) : post(uri)).contentType(MediaType.APPLICATION_JSON)
                    .content(BODIES.get(uri.substring(uri.lastIndexOf('/') + 1)));
        } else if (parts[0].equals("PUT") && uri.equals("/api/v1/goals")) {
            request = put(uri).contentType(MediaType.APPLICATION_JSON)
                    .content("[{\"rep\":\"violet.mclelland\",\"period\":\"2040-Q1\",\"metric\":\"DEALS_WON\",\"target\":5}]");
        } else if (parts[0].equals("POST") && uri.endsWith("/forecast/calls")) {
            request = post(uri).param("period", "2040-Q1").param("amount", "1000");
        } else if (parts[0].equals("POST") && uri.endsWith("/forecast-category")) {
            request = post(uri).param("category", "BEST_CASE");
        } else if (isApi(c.endpoint()) && !parts[0].equals("GET")) {
            // coaching writes: an empty body, refused as invalid (422) once scope and role let the caller through
            request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                    org.springframework.http.HttpMethod.valueOf(parts[0]), uri)
                    .contentType(MediaType.APPLICATION_JSON).content("{}");
        } else if (parts[0].equals("POST") && !uri.equals("/admin/logins")) {
            request = post(uri);
        } else if (parts[0].equals("POST")) {
            request = post(uri).param("personId", "999999999").param("role", "REP");
        } else {
            request = get(uri);
        }
        // Prometheus' scrape is text, in its own formats (and answers 406 to a JSON client)
        request.accept(isPage(uri) ? MediaType.TEXT_HTML : uri.equals("/actuator/prometheus") ? MediaType.TEXT_PLAIN
                : MediaType.APPLICATION_JSON).with(csrf());
        if (c.caller().username != null) {
            request.with(httpBasic(c.caller().username, "demo"));
        }
        return request;
    }

    private String resolve(String template) {
        String uri = template;
        for (var id : ids.entrySet()) {
            uri = uri.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertThat(uri).doesNotContain("{");
        return uri;
    }

    private static boolean isApi(String endpoint) {
        return endpoint.contains(" /api/");
    }

    private static boolean isPage(String uri) {
        return !uri.startsWith("/api/") && !uri.startsWith("/actuator/") && !uri.startsWith("/v3/");
    }

    private String teamManagedBy(String teams, String manager) {
        return JsonPath.<List<Object>>read(teams, "$[?(@.managerUsername == '" + manager + "')].id").get(0).toString();
    }

    private String regionOf(String teams, String manager) {
        return JsonPath.<List<Object>>read(teams, "$[?(@.managerUsername == '" + manager + "')].regionId").get(0).toString();
    }

    private String memberId(String teamId, String username) throws Exception {
        return JsonPath.<List<Object>>read(adminJson("/api/v1/teams/" + teamId + "/members"),
                "$[?(@.username == '" + username + "')].id").get(0).toString();
    }

    private String firstDealOf(String username) throws Exception {
        return JsonPath.read(adminJson("/api/v1/opportunities?size=1&owner=" + username), "$.content[0].id")
                .toString();
    }

    private String adminJson(String uri) throws Exception {
        return json(uri, Caller.ADMIN);
    }

    private String json(String uri, Caller caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(caller.username, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String uri, Caller caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.TEXT_HTML)
                .with(httpBasic(caller.username, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
