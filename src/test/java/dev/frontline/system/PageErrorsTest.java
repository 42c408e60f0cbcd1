package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A page that fails shows a friendly error page inside the usual chrome, naming what is wrong, never a trace. */
@IntegrationTest
class PageErrorsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aDateThatDoesNotParseShowsABadRequestPageNamingTheValue() throws Exception {
        MockHttpServletResponse response = page("/opportunities?closedFrom=bogus");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("That did not work").contains("closedFrom").contains("bogus")
                .contains("Cara Losch");
    }

    @Test
    void aParameterOfTheWrongTypeShowsABadRequestPageNamingIt() throws Exception {
        MockHttpServletResponse response = page("/teams/abc");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("'abc' is not a valid id").doesNotContain("Exception");
    }

    @Test
    void anUnknownRepShowsANotFoundPageWithTheNavigation() throws Exception {
        MockHttpServletResponse response = page("/reps/999999999");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).contains("<title>Not found · Frontline</title>")
                .contains("href=\"/opportunities\"").doesNotContain("999999999");
    }

    private MockHttpServletResponse page(String uri) throws Exception {
        return mvc.perform(get(uri).accept(MediaType.TEXT_HTML).with(httpBasic("cara.losch", "demo")))
                .andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
