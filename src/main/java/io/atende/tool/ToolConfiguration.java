package io.atende.tool;

import io.atende.pack.PackSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ToolProperties.class)
class ToolConfiguration {

    @Bean
    ToolEnvironment toolEnvironment(Environment environment, ToolProperties properties,
                                    ObjectProvider<LocalServer> localServer) {
        return new ToolEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(environment.getProperty(name)).filter(v -> !v.isBlank());
            }

            @Override
            public Optional<String> serverAddress() {
                if (!properties.serverAddress().isBlank()) {
                    return Optional.of(properties.serverAddress());
                }
                // set once the web server listens; read per call because the port may be chosen at random (0)
                Optional<String> web = Optional.ofNullable(environment.getProperty("local.server.port"))
                        .map(port -> "http://127.0.0.1:" + port);
                return web.or(() -> Optional.ofNullable(localServer.getIfAvailable()).flatMap(LocalServer::address));
            }
        };
    }

    @Bean
    ToolCaller toolCaller(PackSource packs, ToolProperties properties, ToolEnvironment environment,
                          ObjectProvider<ToolCallListener> listeners) {
        return new ObservedToolCaller(new HttpToolCaller(packs, properties, environment),
                listeners.orderedStream().toList());
    }

    @Bean
    ToolCallListener loggingToolCallListener() {
        return new LoggingToolCallListener();
    }

    /** {@code atende.tool.calls}: a timer per tool and outcome, next to the other metrics at /actuator/prometheus. */
    @Bean
    ToolCallListener metricsToolCallListener(ObjectProvider<MeterRegistry> registry) {
        return call -> registry.ifAvailable(r -> Timer.builder("atende.tool.calls").tag("tool", call.tool())
                .tag("outcome", call.outcome()).register(r).record(call.latency()));
    }
}
