package io.atende.pack;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PackProperties.class)
class PackConfiguration {

    @Bean
    Pack pack(PackProperties properties) {
        return PackLoader.load(Path.of(properties.dir()));
    }
}
