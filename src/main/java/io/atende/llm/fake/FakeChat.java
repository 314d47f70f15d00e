package io.atende.llm.fake;

import java.util.List;

/**
 * What a protocol writer needs of a chat request, read from its JSON.
 *
 * @param texts       the text of every message (system prompt included), for the deterministic usage
 * @param lastUser    the last user message's text, empty when none
 * @param streamUsage whether a streamed answer should carry its usage (OpenAI: {@code stream_options.include_usage})
 */
record FakeChat(String model, List<String> texts, String lastUser, boolean stream, boolean streamUsage) {

    int characters() {
        return texts.stream().mapToInt(String::length).sum();
    }
}
