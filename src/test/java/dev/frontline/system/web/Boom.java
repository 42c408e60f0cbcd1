package dev.frontline.system.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only endpoint with a bug, to see what an unexpected exception answers; not part of the API's description. */
@Hidden
@RestController
class Boom {

    @GetMapping("/api/v1/test-only/boom")
    String boom() {
        throw new IllegalStateException("secret internals: table person, column password_hash");
    }
}
