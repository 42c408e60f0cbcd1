package dev.frontline.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Files sent to the import API as the admin, with or without a mapping: the import tests' one way to upload. */
final class ImportUploads {

    private ImportUploads() {
    }

    /** A CSV part named as a user's file would be. */
    static MockMultipartFile part(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }

    static MockMultipartFile part(String name, String content) {
        return part(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code POST /api/v1/imports} with the file and, when given, the mapping's JSON. */
    static ResultActions post(MockMvc mvc, MockMultipartFile file, @Nullable String mapping) throws Exception {
        var request = multipart("/api/v1/imports").file(file).with(httpBasic("admin", "demo"));
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        return mvc.perform(request);
    }
}
