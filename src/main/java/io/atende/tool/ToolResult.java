package io.atende.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a tool call gave: an answer to read, or a failure to route to the step's {@code on_error}. */
public sealed interface ToolResult {

    /**
     * The tool answered. An answer the store sends on purpose, such as the refusal
     * {@code {"code":701,"description":"CPF não autorizado"}}, is an {@code Ok} too: journeys branch on it.
     *
     * @param fields the result fields: the mapped fields of the tool's {@code result}, or every field of the JSON
     *               object. Values are texts, {@link java.math.BigDecimal} or integer numbers, booleans, lists and
     *               maps; a field the answer did not send (or sent as null) is absent
     * @param status the HTTP status (200, or e.g. 404 when the tool lists it in {@code accept_status})
     * @param reply  the tool's {@code reply} template filled with the fields, when the tool has one
     */
    record Ok(Map<String, Object> fields, int status, Optional<String> reply) implements ToolResult {

        public Ok {
            // not Map.copyOf: JSON lists and maps inside may hold nulls, and the order is the answer's
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            Objects.requireNonNull(reply);
        }
    }

    /**
     * The call failed. The message says what went wrong for the log and the operator; it never holds argument
     * values (they may be personal data) or secrets.
     */
    record Failed(FailureKind kind, String message) implements ToolResult {

        public Failed {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(message);
        }
    }

    /** Why a call failed. */
    enum FailureKind {
        /** An argument is missing, undeclared or not valid for its type; nothing was sent. */
        INVALID_ARGUMENT,
        /** The pack declares no such tool. */
        UNKNOWN_TOOL,
        /** The tool cannot be called as configured: no url, or an environment variable it needs is unset. */
        NOT_CONFIGURED,
        /** No answer within the tool's timeout. */
        TIMEOUT,
        /** The connection could not be made or broke. */
        UNREACHABLE,
        /** An HTTP status that is neither 2xx nor in the tool's {@code accept_status}. */
        HTTP_ERROR,
        /** The answer is not the JSON the tool promises (or is too large). */
        INVALID_RESPONSE
    }
}
