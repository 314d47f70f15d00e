package io.atende.pack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PackProperties.class)
class PackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PackConfiguration.class);

    @Bean
    PackHolder packSource(PackProperties properties) {
        Pack pack = PackLoader.load(Path.of(properties.dir()));
        pack.warnings().forEach(w -> log.warn("pack warning: {}", w));
        return new PackHolder(pack);
    }

    /** The pack as loaded at startup, for components that build from it once; {@link PackSource} sees reloads. */
    @Bean
    Pack pack(PackSource source) {
        return source.current();
    }

    /** Every {@link PackListener} bean hears about reloads; registered once all beans exist. */
    @Bean
    SmartInitializingSingleton packListenerRegistration(PackHolder holder, ObjectProvider<PackListener> listeners) {
        return () -> listeners.orderedStream().forEach(holder::addListener);
    }

    @Bean
    @ConditionalOnBooleanProperty("atende.pack.watch")
    PackWatcher packWatcher(PackHolder holder, PackProperties properties) {
        return new PackWatcher(holder, Duration.ofMillis(properties.watchQuietMs()),
                Duration.ofMillis(properties.watchPollMs()), Clock.systemUTC());
    }
}
