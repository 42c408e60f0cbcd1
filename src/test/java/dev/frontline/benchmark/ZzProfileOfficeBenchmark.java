package dev.frontline.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.frontline.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@Tag("benchmark")
@IntegrationTest
class ZzProfileOfficeBenchmark {
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void profile() throws Exception {
        long central = jdbc.sql("select id from region where name = 'Central'").query(Long.class).single();
        GrownOrganisation.grow(jdbc, GrownOrganisation.HUNDRED_TIMES);
        jdbc.sql("update team set region_id = :c where id in (select id from team where region_id <> :c and name like '% #%' order by id limit 198)").param("c", central).update();
        jdbc.sql("analyze team").update();
        String url = "/api/v1/regions/" + central + "/results?period=2026-Q4";
        for (int i = 0; i < 2; i++) mvc.perform(get(url).with(httpBasic("director.central", "demo")));
        Thread main = Thread.currentThread();
        Map<String, Integer> frames = new HashMap<>();
        Map<String, Integer> tops = new HashMap<>();
        boolean[] run = {true};
        Thread sampler = new Thread(() -> {
            while (run[0]) {
                StackTraceElement[] st = main.getStackTrace();
                if (st.length > 0) tops.merge(st[0].toString(), 1, Integer::sum);
                for (StackTraceElement e : st) {
                    if (e.getClassName().startsWith("dev.frontline")) { frames.merge(e.toString(), 1, Integer::sum); break; }
                }
                try { Thread.sleep(5); } catch (InterruptedException e) { return; }
            }
        });
        sampler.start();
        long t = System.nanoTime();
        for (int i = 0; i < 5; i++) mvc.perform(get(url).with(httpBasic("director.central", "demo")));
        run[0] = false;
        sampler.join();
        System.out.println("PROFILE ms per call " + (System.nanoTime() - t) / 5e6);
        frames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25).forEach(e -> System.out.println("PROFILE frame " + e.getValue() + " " + e.getKey()));
        tops.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15).forEach(e -> System.out.println("PROFILE top " + e.getValue() + " " + e.getKey()));
    }
}
