package io.atende.privacy;

import io.atende.AtendeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    FieldCipher fieldCipher(AtendeProperties atende, PrivacyProperties privacy) {
        return new AesGcmFieldCipher(new ReloadingKeyRing(atende.dataDirPath(), privacy.encryptionKey(),
                privacy.encryptionOldKeys()));
    }
}
