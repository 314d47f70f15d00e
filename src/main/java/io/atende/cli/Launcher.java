package io.atende.cli;

import io.atende.AtendeApplication;
import io.atende.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command, after checking the inputs a user gave. */
final class Launcher {

    private Launcher() {
    }

    /** The pack directory from {@code --pack}, else {@code ATENDE_PACK_DIR}, else the demo store. */
    static Path packDir(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("ATENDE_PACK_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getenv("ATENDE_HOME");
        return home == null ? Path.of("packs/demo-store") : Path.of(home, "packs", "demo-store");
    }

    static ConfigurableApplicationContext start(Path packDir, boolean web, Map<String, Object> extra) {
        if (!Files.isDirectory(packDir)) {
            throw new IllegalArgumentException("pack directory not found: " + packDir);
        }
        PackLoader.load(packDir); // fails with file:line problems before anything starts
        Map<String, Object> props = new HashMap<>(extra);
        // a failed start is reported in one line by the command; Spring's stack trace would only hide it
        props.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        props.put("atende.pack.dir", packDir.toAbsolutePath().toString());
        if (!web) {
            props.put("logging.config", "classpath:logback-cli.xml");
            props.put("spring.main.log-startup-info", "false");
            props.put("logging.level.root", "WARN");
            props.put("logging.level.org.flywaydb", "ERROR");
            // without --add-modules jdk.incubator.vector (kept off for chat, see ./atende) Lucene says so on stderr
            props.put("logging.level.org.apache.lucene.internal.vectorization", "ERROR");
        }
        // passed as arguments, not defaults: they must win over application.yaml and the environment
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(AtendeApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(args);
    }
}
