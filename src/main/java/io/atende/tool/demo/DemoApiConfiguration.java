package io.atende.tool.demo;

import io.atende.pack.PackSource;
import io.atende.tool.ToolProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without a web server, the demo store API runs on its own loopback port ({@link DemoApiServer}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnNotWebApplication
class DemoApiConfiguration {

    @Bean(destroyMethod = "close")
    DemoApiServer demoApiServer(PackSource packs, ToolProperties properties, Clock clock) {
        return new DemoApiServer(DemoStore.load(clock), packs, new DemoApiSwitch(properties.demoApi(), packs));
    }
}
