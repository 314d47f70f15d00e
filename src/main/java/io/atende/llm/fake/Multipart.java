package io.atende.llm.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading a {@code multipart/form-data} body: enough of RFC 7578 for the transcription endpoint. */
final class Multipart {

    /** One part; {@code fileName} is {@code null} for a plain field. */
    record Part(String name, String fileName, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    /** The boundary of a {@code Content-Type} header, or {@code null}. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = p.substring("boundary=".length());
                return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("no multipart boundary in the body");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts; // the closing delimiter
            }
            start = skipLineBreak(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw new IllegalArgumentException("the multipart body has no closing boundary");
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            parts.add(part(body, start, end));
            at = next;
        }
    }

    private static Part part(byte[] body, int start, int end) {
        byte[] crlfcrlf = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int split = indexOf(body, crlfcrlf, start);
        int contentStart = split + 4;
        if (split < 0 || split > end) {
            split = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), start);
            contentStart = split + 2;
        }
        if (split < 0 || split > end) {
            throw new IllegalArgumentException("a multipart part has no header block");
        }
        String headers = new String(body, start, split - start, StandardCharsets.UTF_8);
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String line : headers.split("\r?\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = param(line, "name");
                fileName = param(line, "filename");
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        byte[] bytes = java.util.Arrays.copyOfRange(body, contentStart, Math.max(contentStart, end));
        return new Part(name, fileName, contentType, bytes);
    }

    private static String param(String header, String name) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            if (p.startsWith(name + "=")) {
                String value = p.substring(name.length() + 1);
                return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static int skipLineBreak(byte[] body, int at) {
        if (at < body.length && body[at] == '\r') {
            at++;
        }
        if (at < body.length && body[at] == '\n') {
            at++;
        }
        return at;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
