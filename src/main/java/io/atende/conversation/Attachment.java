package io.atende.conversation;

/**
 * Metadata of a file that came with a message; the file itself stays where the channel keeps it.
 *
 * @param kind      {@code audio}, {@code image}, {@code document}, {@code video}, {@code location}, ...
 * @param reference the channel's handle for the media (a media id or URL)
 */
public record Attachment(String kind, String mimeType, String reference, Long sizeBytes, String caption) {

    /** The kind of a reaction (an emoji on one of our messages); its reference is the message reacted to. */
    public static final String REACTION = "reaction";
}
