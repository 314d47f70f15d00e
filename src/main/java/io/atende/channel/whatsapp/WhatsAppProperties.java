package io.atende.channel.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.whatsapp}: the WhatsApp Cloud API channel. Secrets come from the environment and are never logged.
 *
 * @param verifyToken   {@code ATENDE_WHATSAPP_VERIFY_TOKEN}: the token typed in Meta's console, echoed by the
 *                      webhook verification handshake
 * @param appSecret     {@code ATENDE_WHATSAPP_APP_SECRET}: the Meta app's secret; signs every webhook delivery.
 *                      Without it the webhook accepts nothing
 * @param accessToken   {@code ATENDE_WHATSAPP_ACCESS_TOKEN}: the Graph API token for sending and media
 * @param phoneNumberId {@code ATENDE_WHATSAPP_PHONE_NUMBER_ID}: the business phone number's id
 * @param apiBaseUrl    {@code ATENDE_WHATSAPP_API_BASE_URL}: Meta's Graph API, versioned
 */
@Validated
@ConfigurationProperties("atende.whatsapp")
public record WhatsAppProperties(String verifyToken, String appSecret, String accessToken, String phoneNumberId,
                                 String apiBaseUrl) {

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
    }

    /** Whether webhook deliveries can be verified, so accepted. */
    public boolean receives() {
        return appSecret != null;
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
