package io.atende.channel.whatsapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.whatsapp}: the WhatsApp Cloud API channel. Secrets come from the environment and are never logged.
 * The webhook accepts deliveries only with the app secret set; the channel sends only with the access token and
 * the phone number id set.
 *
 * @param verifyToken      {@code ATENDE_WHATSAPP_VERIFY_TOKEN}: the token typed in Meta's console, echoed by the
 *                         webhook verification handshake
 * @param appSecret        {@code ATENDE_WHATSAPP_APP_SECRET}: the Meta app's secret; signs every webhook delivery
 * @param accessToken      {@code ATENDE_WHATSAPP_ACCESS_TOKEN}: the Graph API token for sending and media
 * @param phoneNumberId    {@code ATENDE_WHATSAPP_PHONE_NUMBER_ID}: the business phone number's id (numeric)
 * @param apiBaseUrl       {@code ATENDE_WHATSAPP_API_BASE_URL}: Meta's Graph API, versioned
 * @param timeoutMs        connect and read timeout of each Graph API call
 * @param templateLanguage the language code of the templates sent (re-engagement)
 */
@Validated
@ConfigurationProperties("atende.whatsapp")
public record WhatsAppProperties(String verifyToken, String appSecret, String accessToken, String phoneNumberId,
                                 String apiBaseUrl,
                                 @DefaultValue("10000") @Min(100) @Max(120_000) long timeoutMs,
                                 @DefaultValue("pt_BR") String templateLanguage) {

    public static final String DEFAULT_API_BASE_URL = "https://graph.facebook.com/v21.0";

    public WhatsAppProperties {
        verifyToken = blankToNull(verifyToken);
        appSecret = blankToNull(appSecret);
        accessToken = blankToNull(accessToken);
        phoneNumberId = blankToNull(phoneNumberId);
        apiBaseUrl = blankToNull(apiBaseUrl) == null ? DEFAULT_API_BASE_URL : apiBaseUrl.strip();
        if (!apiBaseUrl.startsWith("https://") && !apiBaseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("ATENDE_WHATSAPP_API_BASE_URL must be an http(s) URL such as "
                    + DEFAULT_API_BASE_URL);
        }
        if (phoneNumberId != null && !phoneNumberId.matches("[0-9]+")) {
            throw new IllegalArgumentException("ATENDE_WHATSAPP_PHONE_NUMBER_ID must be the numeric phone number id");
        }
        templateLanguage = blankToNull(templateLanguage) == null ? "pt_BR" : templateLanguage.strip();
    }

    /** Whether webhook deliveries can be verified, so accepted. */
    public boolean receives() {
        return appSecret != null;
    }

    /** Whether the channel can send: a token and a phone number id are configured. */
    public boolean canSend() {
        return accessToken != null && phoneNumberId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "WhatsAppProperties[phoneNumberId=" + phoneNumberId + ", apiBaseUrl=" + apiBaseUrl
                + ", verifyToken=" + (verifyToken == null ? "unset" : "set")
                + ", appSecret=" + (appSecret == null ? "unset" : "set")
                + ", accessToken=" + (accessToken == null ? "unset" : "set") + "]";
    }
}
