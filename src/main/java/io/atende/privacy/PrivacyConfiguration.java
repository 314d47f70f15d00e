package io.atende.privacy;

import io.atende.AtendeProperties;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    FieldCipher fieldCipher(AtendeProperties atende, PrivacyProperties privacy) {
        AtomicReference<KeyRing> ring = new AtomicReference<>(
                KeyStoreFiles.load(atende.dataDirPath(), privacy.encryptionKey(), privacy.encryptionOldKeys()));
        return new AesGcmFieldCipher(ring::get);
    }
}
