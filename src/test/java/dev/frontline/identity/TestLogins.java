package dev.frontline.identity;

import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.Title;
import dev.frontline.shared.Role;

/**
 * Logins of people made for one test: a new person, made director of an office (directors are in no team, so team
 * figures stay those of the dataset), with a login whose one-time password is already changed.
 */
final class TestLogins {

    static final String PASSWORD = "a-long-test-secret";

    private final Organization organization;
    private final Accounts accounts;

    TestLogins(Organization organization, Accounts accounts) {
        this.organization = organization;
        this.accounts = accounts;
    }

    record Made(long personId, long accountId, String username) {

        Login login(Accounts accounts) {
            return accounts.loginOf(personId).orElseThrow();
        }
    }

    Made director(String fullName, String office) {
        long personId = organization.createPerson(fullName, Title.REP, null, null);
        String oneTime = accounts.grantLogin(personId, Role.DIRECTOR, null, office(office).id());
        Login login = accounts.loginOf(personId).orElseThrow();
        accounts.changePassword(login.id(), oneTime, PASSWORD);
        return new Made(personId, login.id(), login.username());
    }

    Region office(String name) {
        return organization.allRegions().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
