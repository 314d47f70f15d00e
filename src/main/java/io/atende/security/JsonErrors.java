package io.atende.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the same JSON error shape as the API's controllers, for filters that answer before them. */
final class JsonErrors {

    private JsonErrors() {
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
}
