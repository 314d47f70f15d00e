package io.atende.channel.whatsapp;

import io.atende.pack.PackSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The sending side of WhatsApp (outbox channel, media fetcher), present when a token and a phone number id are set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsAppProperties.class)
@Conditional(WhatsAppOutboundConfiguration.CanSend.class)
class WhatsAppOutboundConfiguration {

    /** The pack's label of a list message's button ("Ver opções"). */
    static final String LIST_BUTTON = "whatsapp_list_button";

    @Bean
    WhatsAppOutboundChannel whatsAppOutboundChannel(WhatsAppProperties properties, PackSource pack) {
        return new WhatsAppOutboundChannel(properties, () -> {
            var reengagement = pack.current().identity().reengagement();
            return reengagement == null ? null : reengagement.whatsappTemplate();
        }, () -> {
            var messages = pack.current().messages();
            return messages.has(LIST_BUTTON) ? messages.render(LIST_BUTTON, java.util.Map.of()) : null;
        });
    }

    @Bean
    WhatsAppMediaFetcher whatsAppMediaFetcher(WhatsAppProperties properties) {
        return new WhatsAppMediaFetcher(properties);
    }

    /** ATENDE_WHATSAPP_ACCESS_TOKEN and ATENDE_WHATSAPP_PHONE_NUMBER_ID are both set and not blank. */
    static final class CanSend implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !env.getProperty("atende.whatsapp.access-token", "").isBlank()
                    && !env.getProperty("atende.whatsapp.phone-number-id", "").isBlank();
        }
    }
}
