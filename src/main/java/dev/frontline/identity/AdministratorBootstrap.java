package dev.frontline.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first administrator from FRONTLINE_ADMIN_USERNAME / FRONTLINE_ADMIN_PASSWORD when both are set. */
@Component
@Order(5)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    AdministratorBootstrap(Accounts accounts, @Value("${frontline.admin.username:}") String username,
                           @Value("${frontline.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (password.length() < Accounts.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("FRONTLINE_ADMIN_PASSWORD needs at least "
                    + Accounts.MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.ensureAdministrator(username, password)) {
            log.info("Created the administrator '{}'", username);
        }
    }
}
