package io.atende.engine.llm;

import io.atende.pack.PromptFiles;
import java.util.Map;

/** The built-in prompts' instruction texts, as the engine's guardrail sees them. */
final class PromptFilesAccess {

    private PromptFilesAccess() {
    }

    static String conversationInstructions() {
        return PromptFiles.builtIn().render("conversation", Map.of());
    }
}
