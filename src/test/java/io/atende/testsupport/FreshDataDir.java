package io.atende.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at a new, empty data directory and at the test pack, or at the pack a test names
 * with the property {@code atende.test.pack} (the application's own {@code atende.pack.dir} always has a value).
 */
public final class FreshDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            String dir = Files.createTempDirectory("atende-test-").toString();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("atende-test", Map.of(
                    "atende.data-dir", dir,
                    "atende.pack.dir", context.getEnvironment().getProperty("atende.test.pack",
                            "src/test/resources/packs/test-store"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
