package io.atende.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test application at the test pack and at a new, empty data directory. */
public final class FreshDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            String dir = Files.createTempDirectory("atende-test-").toString();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("atende-test", Map.of(
                    "atende.data-dir", dir,
                    "atende.pack.dir", "src/test/resources/packs/test-store")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
