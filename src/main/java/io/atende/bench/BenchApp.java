package io.atende.bench;

import io.atende.AtendeApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as a benchmark runs it: a throw-away data directory, the given pack, quiet logs. */
final class BenchApp {

    private BenchApp() {
    }

    /**
     * @param settings the benchmark's own properties; they win over the defaults here (random credentials, and for
     *                 a web application a free port on 127.0.0.1)
     */
    static ConfigurableApplicationContext start(Path dataDir, Path pack, WebApplicationType web,
                                                Map<String, Object> settings) {
        Map<String, Object> props = new HashMap<>();
        props.put("atende.data-dir", dataDir.toString());
        props.put("atende.pack.dir", pack.toAbsolutePath().toString());
        props.put("atende.security.api-token", UUID.randomUUID().toString());
        props.put("atende.security.admin-password", UUID.randomUUID().toString());
        if (web == WebApplicationType.SERVLET) {
            props.put("server.port", "0");
            props.put("server.address", "127.0.0.1");
        }
        props.put("logging.config", "classpath:logback-cli.xml");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.flywaydb", "ERROR");
        props.put("spring.main.log-startup-info", "false");
        props.putAll(settings);
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AtendeApplication.class).web(web).run(args);
    }
}
