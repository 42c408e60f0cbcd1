package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The navigation highlights the section a page belongs to, as the page declares it, for every role. */
@IntegrationTest
class NavigationSectionTest {

    private static final Pattern ACTIVE = Pattern.compile(
            "class=\"(?:nav-link|dropdown-item)[^\"]*\\bactive\\b[^\"]*\"[^>]*>\\s*<i[^>]*></i>([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void managersPagesHighlightTheirOwnSection() throws Exception {
        String team = "/teams/" + teamId();
        String rep = "/reps/" + repId();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("/", List.of("Home"));
        expected.put("/teams", List.of("Teams"));
        expected.put(team, List.of("Teams"));
        expected.put(team + "/results", List.of("Results"));
        expected.put(team + "/quotas", List.of("Results"));
        expected.put(team + "/forecast", List.of("Forecast"));
        expected.put(team + "/coaching", List.of("Coaching"));
        expected.put(team + "/skills", List.of("Coaching"));
        expected.put(rep, List.of("Teams"));
        expected.put(rep + "/dossier", List.of("Teams"));
        expected.put(rep + "/coaching", List.of("Coaching"));
        expected.put(rep + "/forecast", List.of("Forecast"));
        expected.put("/opportunities", List.of("Opportunities"));
        expected.put("/account/profile", List.of());
        expected.put("/reps", List.of("Teams"));

        assertThat(active("dustin.brinkmann", expected.keySet())).isEqualTo(expected);
    }

    @Test
    void repsPagesHighlightTheirOwnSection() throws Exception {
        String rep = "/reps/" + repId();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("/", List.of("Home"));
        expected.put(rep, List.of("Home"));
        expected.put(rep + "/dossier", List.of("Home"));
        expected.put("/teams/" + teamId(), List.of("Home"));
        expected.put(rep + "/coaching", List.of("Coaching"));
        expected.put("/one-on-ones/" + oneOnOneId(), List.of("Coaching"));
        expected.put(rep + "/forecast", List.of("Forecast"));
        expected.put("/opportunities", List.of("My deals"));

        assertThat(active("anna.snelling", expected.keySet())).isEqualTo(expected);
    }

    @Test
    void directorsAndAdminsPagesHighlightTheirOwnSection() throws Exception {
        String office = "/regions/" + officeId();
        Map<String, List<String>> director = new LinkedHashMap<>();
        director.put("/", List.of("Home"));
        director.put("/regions", List.of("Results"));
        director.put(office + "/results", List.of("Results"));
        director.put(office + "/forecast", List.of("Forecast"));
        director.put("/forecast/backtest", List.of("Forecast"));
        director.put("/teams", List.of("Teams", "Team boards"));
        director.put("/reps", List.of("Teams", "People"));
        director.put("/coaching", List.of("Coaching"));
        Map<String, List<String>> admin = new LinkedHashMap<>();
        admin.put("/imports", List.of("Admin", "Import"));
        admin.put("/admin/logins", List.of("Admin", "Logins"));
        admin.put("/admin/settings", List.of("Admin", "Settings"));
        admin.put("/admin/audit", List.of("Admin", "Audit"));
        admin.put("/reps", List.of("Teams", "People"));
        admin.put("/reps/" + repId(), List.of("Teams", "Team boards"));
        admin.put("/teams/" + teamId() + "/results", List.of("Results"));

        assertThat(active("director.central", director.keySet())).isEqualTo(director);
        assertThat(active("admin", admin.keySet())).isEqualTo(admin);
    }

    @Test
    void everyPageHandlerDeclaresItsSection() {
        List<String> undeclared = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            boolean page = AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)
                    && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                    && !method.hasMethodAnnotation(ResponseBody.class)
                    && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType())
                    && method.getBeanType().getPackageName().startsWith("dev.frontline")
                    && !method.getBeanType().getPackageName().startsWith("dev.frontline.system.web")
                    && (info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET));
            if (page && !info.getPatternValues().contains("/login") && Section.of(method) == null) {
                undeclared.add(info.getPatternValues() + " " + describe(method));
            }
        });
        assertThat(undeclared).as("page handlers without @NavSection").isEmpty();
    }

    private Map<String, List<String>> active(String username, Iterable<String> paths) throws Exception {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (String path : paths) {
            Matcher m = ACTIVE.matcher(page(username, path));
            List<String> labels = new ArrayList<>();
            while (m.find()) {
                labels.add(m.group(1).trim());
            }
            shown.put(path, labels);
        }
        return shown;
    }

    private long teamId() throws Exception {
        return id(page("dustin.brinkmann", "/teams"), "<a href=\"/teams/(\\d+)\\?period=[^\"]*\">Dustin Brinkmann's team</a>");
    }

    private long repId() throws Exception {
        return id(page("anna.snelling", "/"), "href=\"/reps/(\\d+)/dossier\" data-testid=\"dossier-link\"");
    }

    private long oneOnOneId() throws Exception {
        return id(page("anna.snelling", "/reps/" + repId() + "/coaching"), "href=\"/one-on-ones/(\\d+)\"");
    }

    private long officeId() throws Exception {
        return id(page("director.central", "/regions"), "href=\"/regions/(\\d+)/results");
    }

    private static long id(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String describe(HandlerMethod method) {
        return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
