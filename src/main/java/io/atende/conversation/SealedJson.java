package io.atende.conversation;

import io.atende.journey.JourneyState;
import io.atende.privacy.FieldCipher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON values sealed with the field cipher: what the stores write into TEXT columns. */
final class SealedJson {

    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    private final FieldCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    SealedJson(FieldCipher cipher) {
        this.cipher = cipher;
    }

    String sealText(String text) {
        return cipher.seal(text);
    }

    String openText(String sealed) {
        return cipher.open(sealed);
    }

    String seal(Object value) {
        return value == null ? null : cipher.seal(json.writeValueAsString(value));
    }

    Map<String, String> openStringMap(String sealed) {
        return sealed == null ? new LinkedHashMap<>() : json.readValue(cipher.open(sealed), STRING_MAP);
    }

    Map<String, Object> openObjectMap(String sealed) {
        return sealed == null ? new LinkedHashMap<>() : json.readValue(cipher.open(sealed), OBJECT_MAP);
    }

    JourneyState openJourney(String sealed) {
        return sealed == null ? null : json.readValue(cipher.open(sealed), JourneyState.class);
    }

    /** Seals what a message shows besides its text; a plain text stores nothing. */
    String sealPresentation(Presentation presentation) {
        return presentation == null || presentation.isEmpty() ? null : seal(presentation);
    }

    Presentation openPresentation(String sealed) {
        return sealed == null ? Presentation.NONE : json.readValue(cipher.open(sealed), Presentation.class);
    }

    List<Attachment> openAttachments(String sealed) {
        return sealed == null ? List.of() : json.readValue(cipher.open(sealed), ATTACHMENTS);
    }
}
