package io.atende.channel.webchat;

import io.atende.conversation.InvalidMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every web chat failure is a JSON body naming the field; never a stack trace. */
@RestControllerAdvice(assignableTypes = ChatApiController.class)
class ChatErrors {

    private static final Logger log = LoggerFactory.getLogger(ChatErrors.class);

    @ExceptionHandler(ChatRequestException.class)
    ResponseEntity<ChatJson.Error> invalid(ChatRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidMessageException.class)
    ResponseEntity<ChatJson.Error> invalid(InvalidMessageException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.field(), e.getMessage());
    }

    @ExceptionHandler(ChatNotFoundException.class)
    ResponseEntity<ChatJson.Error> notFound(ChatNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", "conversation", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ChatJson.Error> unreadable(HttpMessageNotReadableException e) {
        if (io.atende.security.PayloadTooLargeException.causedBy(e) != null) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "body", "a mensagem é grande demais");
        }
        return error(HttpStatus.BAD_REQUEST, "invalid_json", "body",
                "o corpo deve ser um JSON como {\"session\": \"...\", \"id\": \"...\", \"text\": \"...\"}");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ChatJson.Error> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.getName(), e.getName() + " tem o tipo errado");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ChatJson.Error> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Content-Type",
                "envie Content-Type: application/json");
    }

    /** The browser closed its stream: nothing to answer and nothing worth logging. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone() {
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ChatJson.Error> unexpected(Exception e) {
        log.error("unexpected web chat failure: {}", e.toString());
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", null,
                "algo deu errado do nosso lado; tente de novo");
    }

    private static ResponseEntity<ChatJson.Error> error(HttpStatus status, String code, String field, String message) {
        // forced: an error on the stream endpoint would otherwise try to write JSON as text/event-stream
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ChatJson.Error(code, field, message));
    }
}
