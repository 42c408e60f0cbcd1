package dev.frontline.demo;

import dev.frontline.forecast.Backtest;
import dev.frontline.forecast.BacktestLevel;
import dev.frontline.forecast.Forecasts;
import dev.frontline.imports.ImportFile;
import dev.frontline.imports.ImportOptions;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.Importer;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The backtest from the command line: imports the shipped dataset as it is (no date shift) into the fresh database
 * the {@code backtest} profile starts, replays it at every month and quarter start for teams and reps, prints the
 * tables and exits.
 *
 * <pre>./mvnw -q spring-boot:run -Dspring-boot.run.profiles=backtest</pre>
 */
@Component
@Order(20)
@ConditionalOnProperty("frontline.backtest.run")
class BacktestCommand implements ApplicationRunner {

    private final Importer importer;
    private final Forecasts forecasts;
    private final ConfigurableApplicationContext context;

    BacktestCommand(Importer importer, Forecasts forecasts, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.forecasts = forecasts;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = System.out;
        List<ImportFile> files = DemoSeeder.FILES.stream().map(DemoSeeder::load).toList();
        ImportReport report = importer.run(files, ImportOptions.asIs(), (phase, done, total) -> { });
        if (!report.completed()) {
            throw new IllegalStateException("The dataset was rejected: " + report);
        }
        Scope everything = Scope.system("backtest: the dataset replayed as shipped");
        out.println();
        out.println("Backtest of the shipped dataset (" + DemoSeeder.DATASET + "), imported as is into a fresh database.");
        for (BacktestLevel level : BacktestLevel.values()) {
            for (Grain grain : List.of(Grain.MONTH, Grain.QUARTER)) {
                long started = System.nanoTime();
                Backtest b = forecasts.backtest(everything, level, grain);
                print(out, b, (System.nanoTime() - started) / 1_000_000, level == BacktestLevel.TEAM && grain == Grain.MONTH);
            }
        }
        int code = SpringApplication.exit(context, () -> 0);
        System.exit(code);
    }

    private static void print(PrintStream out, Backtest b, long millis, boolean rows) {
        out.printf(Locale.ROOT, "%n%s-%s: %d %s-%ss from %s to %s (%d ms)%n%n", b.level(), b.grain(),
                b.methods().get(0).periods(), b.level(), b.grain(), b.rows().get(0).period(),
                b.rows().get(b.rows().size() - 1).period(), millis);
        out.println("| method | MAPE | bias | P10–P90 coverage |");
        out.println("|---|---:|---:|---:|");
        for (Backtest.Method m : b.methods()) {
            out.printf(Locale.ROOT, "| %s | %s%% | %s%s%% | %s |%n", m.name(), m.mape().toPlainString(),
                    m.bias().signum() > 0 ? "+" : "", m.bias().toPlainString(),
                    m.coverage() == null ? "—" : m.coverage().toPlainString() + "%");
        }
        if (rows) {
            out.println();
            out.println("| month | team | won | P10 | P50 | P90 | weighted pipeline | run rate | in P10–P90 |");
            out.println("|---|---|---:|---:|---:|---:|---:|---:|:---:|");
            for (Backtest.Row r : b.rows()) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.period(), r.team(),
                        r.actual().toPlainString(), r.p10().toPlainString(), r.p50().toPlainString(),
                        r.p90().toPlainString(), r.weightedPipeline().toPlainString(), r.runRate().toPlainString(),
                        r.covered() ? "yes" : "no");
            }
        }
    }
}
