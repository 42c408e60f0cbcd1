package dev.frontline.demo;

import dev.frontline.identity.Accounts;
import dev.frontline.imports.ImportFile;
import dev.frontline.imports.ImportOptions;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.Importer;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.Title;
import dev.frontline.results.Goals;
import dev.frontline.shared.Role;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.DemoMode;
import dev.frontline.system.FiscalCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on an empty database: the dataset through the importer, one director per office, and a login for
 * everyone with the demo password. Runs before the application reports ready.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

    static final String DATASET = "demo/crm-sales-opportunities/";
    static final List<String> FILES = List.of("sales_teams.csv", "products.csv", "accounts.csv", "sales_pipeline.csv");

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoMode demo;
    private final Importer importer;
    private final Organization organization;
    private final Accounts accounts;
    private final Goals goals;
    private final FiscalCalendar calendar;
    private final String password;

    DemoSeeder(DemoMode demo, Importer importer, Organization organization, Accounts accounts, Goals goals, FiscalCalendar calendar,
               @Value("${frontline.demo-password:demo}") String password) {
        this.demo = demo;
        this.importer = importer;
        this.organization = organization;
        this.accounts = accounts;
        this.goals = goals;
        this.calendar = calendar;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.on() || organization.hasPeople()) {
            return;
        }
        List<ImportFile> files = new ArrayList<>(FILES.stream().map(DemoSeeder::load).toList());
        LocalDate today = calendar.today();
        int shift = monthsToShift(latestActivity(files.get(3)), YearMonth.from(calendar.current(Grain.QUARTER).end()));
        log.info("Demo mode: loading the CRM Sales Opportunities dataset, dates shifted by {} months to {}", shift,
                today);
        ImportFile pipeline = files.get(3);
        files.set(3, new ImportFile(pipeline.name(), DemoTimeline.move(
                new String(pipeline.content(), StandardCharsets.UTF_8), shift, today).getBytes(StandardCharsets.UTF_8)));
        ImportReport report = importer.run(files, new ImportOptions(0), (phase, done, total) -> { });
        if (!report.completed()) {
            throw new IllegalStateException("The demo dataset was rejected: " + report);
        }
        createDirectors();
        createLogins();
        int quotas = goals.seedDemoQuotas(Scope.system("demo: quotas"));
        log.info("Demo mode: seeded {} quarterly quotas from Frontline's suggestions", quotas);
        log.info("Demo ready: sign in as admin, a manager such as cara.losch, a rep or director.central");
    }

    /**
     * Whole months from the dataset's latest month to {@code target}, the last month of the current quarter: the
     * dataset's last quarter becomes this one, so today sits inside its activity and the rest of the quarter holds
     * the deals that close after today, as open pipeline ({@link DemoTimeline}).
     */
    static int monthsToShift(LocalDate latest, YearMonth now) {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(latest), now);
    }

    private void createDirectors() {
        for (Region region : organization.allRegions()) {
            organization.createPerson("Director " + region.name(), Title.DIRECTOR, null, region.id());
        }
    }

    private void createLogins() {
        String hash = accounts.hash(password);
        accounts.createWithHash("admin", null, Role.ADMIN, hash);
        for (Member person : organization.everyone()) {
            Role role = switch (person.title()) {
                case REP -> Role.REP;
                case MANAGER -> Role.MANAGER;
                case DIRECTOR -> Role.DIRECTOR;
                case ADMIN -> Role.ADMIN;
            };
            accounts.createWithHash(person.username(), person.id(), role, hash);
        }
    }

    static LocalDate latestActivity(ImportFile pipeline) {
        String text = new String(pipeline.content(), StandardCharsets.UTF_8);
        LocalDate latest = LocalDate.MIN;
        for (String token : text.split("[,\\r\\n]")) {
            if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(token);
                latest = date.isAfter(latest) ? date : latest;
            }
        }
        return latest;
    }

    static ImportFile load(String name) {
        try (InputStream in = new ClassPathResource(DATASET + name).getInputStream()) {
            return new ImportFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
