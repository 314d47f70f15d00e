package io.atende.channel.whatsapp;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.DeliveryJournal;
import io.atende.conversation.DeliveryJournals;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The WhatsApp Cloud API channel's settings ({@code atende.whatsapp}) and its delivery journal. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsAppProperties.class)
class WhatsAppConfiguration {

    @Bean
    DeliveryJournal whatsAppJournal(DeliveryJournals journals, ConversationApi conversations) {
        return journals.open("whatsapp", new WhatsAppIntake(conversations));
    }

    /** Deliveries are answered right after the body size limit (order {@code HIGHEST_PRECEDENCE}), before the rest. */
    @Bean
    FilterRegistrationBean<WhatsAppWebhookFilter> whatsAppWebhookFilter(DeliveryJournal whatsAppJournal,
                                                                         WhatsAppProperties properties) {
        var registration = new FilterRegistrationBean<>(new WhatsAppWebhookFilter(whatsAppJournal, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns(WhatsAppWebhookFilter.PATH);
        return registration;
    }
}
