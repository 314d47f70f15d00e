package io.atende.channel.whatsapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.whatsapp}: the WhatsApp Cloud API channel ({@code ATENDE_WHATSAPP_*}). The channel sends only when
 * both the access token and the phone number id are set. Secrets are never logged.
 *
 * @param verifyToken     the webhook's verification token ({@code ATENDE_WHATSAPP_VERIFY_TOKEN})
 * @param appSecret       the app secret that signs webhook deliveries ({@code ATENDE_WHATSAPP_APP_SECRET})
 * @param accessToken     the bearer token of the Graph API ({@code ATENDE_WHATSAPP_ACCESS_TOKEN})
 * @param phoneNumberId   the business phone number id messages are sent from ({@code ATENDE_WHATSAPP_PHONE_NUMBER_ID})
 * @param apiBaseUrl      the Graph API with its version ({@code ATENDE_WHATSAPP_API_BASE_URL})
 * @param timeoutMs       connect and read timeout of each Graph API call
 * @param templateLanguage the language code of the templates sent (re-engagement)
 */
@Validated
@ConfigurationProperties("atende.whatsapp")
public record WhatsAppProperties(String verifyToken,
                                 String appSecret,
                                 String accessToken,
                                 @Pattern(regexp = "[0-9]*", message = "must be the numeric phone number id") String phoneNumberId,
                                 @DefaultValue("https://graph.facebook.com/v21.0")
                                 @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String apiBaseUrl,
                                 @DefaultValue("10000") @Min(100) @Max(120_000) long timeoutMs,
                                 @DefaultValue("pt_BR") String templateLanguage) {

    /** Whether the channel can send: a token and a phone number id are configured. */
    public boolean canSend() {
        return accessToken != null && !accessToken.isBlank() && phoneNumberId != null && !phoneNumberId.isBlank();
    }

    @Override
    public String toString() {
        // never print the secrets
        return "WhatsAppProperties[phoneNumberId=" + phoneNumberId + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
