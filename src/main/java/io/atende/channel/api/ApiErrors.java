package io.atende.channel.api;

import io.atende.conversation.InvalidMessageException;
import io.atende.security.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API failure becomes a JSON body naming what is wrong; never a stack trace. */
@RestControllerAdvice(assignableTypes = {ApiMessagesController.class, ApiCostsController.class})
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiJson.Error> invalid(ApiException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidMessageException.class)
    ResponseEntity<ApiJson.Error> invalid(InvalidMessageException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.field(), e.getMessage());
    }

    @ExceptionHandler(ApiNotFoundException.class)
    ResponseEntity<ApiJson.Error> notFound(ApiNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", null, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiJson.Error> unreadable(HttpMessageNotReadableException e) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.causedBy(e);
        if (tooLarge != null) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", null, tooLarge.getMessage());
        }
        return error(HttpStatus.BAD_REQUEST, "invalid_json", "body",
                "the body must be a JSON object like {\"contact\": \"...\", \"text\": \"...\"}");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiJson.Error> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.getName(), e.getName() + " has the wrong type");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiJson.Error> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", e.getParameterName(), e.getParameterName() + " is required");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiJson.Error> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", null, "send Content-Type: application/json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiJson.Error> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", null, e.getMethod() + " is not supported here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiJson.Error> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", null, "no such endpoint");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiJson.Error> unexpected(Exception e) {
        log.error("unexpected API failure: {}", e.toString());
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", null,
                "something went wrong on our side; nothing was half-written, try again");
    }

    private static ResponseEntity<ApiJson.Error> error(HttpStatus status, String code, String field, String message) {
        return ResponseEntity.status(status).body(new ApiJson.Error(code, field, message));
    }
}
