package io.atende.journey;

import io.atende.journey.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cuts a rule into tokens by hand, so every error can name its column. */
final class Tokenizer {

    private static final Map<String, Kind> KEYWORDS = Map.of("and", Kind.AND, "or", Kind.OR, "not", Kind.NOT,
            "in", Kind.IN, "starts_with", Kind.STARTS_WITH, "true", Kind.TRUE, "false", Kind.FALSE, "null", Kind.NULL);

    private final String source;
    private int pos;

    private Tokenizer(String source) {
        this.source = source;
    }

    static List<Token> tokens(String source) {
        return new Tokenizer(source).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
                pos++;
            }
            if (pos >= source.length()) {
                out.add(new Token(Kind.END, "", source.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = source.charAt(pos);
        if (Character.isDigit(c)) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                pos++;
            }
            String word = source.substring(start, pos);
            return new Token(KEYWORDS.getOrDefault(word, Kind.NAME), word, start + 1);
        }
        if (c == '"' || c == '\'') {
            return text(start, c);
        }
        pos++;
        String two = pos < source.length() ? "" + c + source.charAt(pos) : "";
        switch (two) {
            case "==", "!=", "<=", ">=" -> {
                pos++;
                Kind kind = switch (two) {
                    case "==" -> Kind.EQ;
                    case "!=" -> Kind.NE;
                    case "<=" -> Kind.LE;
                    default -> Kind.GE;
                };
                return new Token(kind, two, start + 1);
            }
            default -> {
            }
        }
        Kind kind = switch (c) {
            case '.' -> Kind.DOT;
            case ',' -> Kind.COMMA;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            // A lone '=' is the most likely slip of someone used to spreadsheets; say what to write instead.
            case '=' -> throw new RuleSyntaxException(source, start + 1, "'==' to compare", "'='");
            case '&', '|' -> throw new RuleSyntaxException(source, start + 1, "'and' or 'or' (words)", "'" + c + "'");
            default -> throw new RuleSyntaxException(source, start + 1, "a value or an operator", "'" + c + "'");
        };
        return new Token(kind, String.valueOf(c), start + 1);
    }

    /** Digits with an optional decimal point: 1500, 0.1. A comma never belongs to a number (1,5 is a list). */
    private Token number(int start) {
        while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < source.length() && source.charAt(pos) == '.' && Character.isDigit(source.charAt(pos + 1))) {
            pos++;
            while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        if (pos < source.length() && (Character.isLetter(source.charAt(pos)) || source.charAt(pos) == '_')) {
            throw new RuleSyntaxException(source, pos + 1, "an operator after the number " + source.substring(start, pos),
                    "'" + source.charAt(pos) + "'");
        }
        return new Token(Kind.NUMBER, source.substring(start, pos), start + 1);
    }

    private Token text(int start, char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < source.length()) {
            char c = source.charAt(pos++);
            if (c == quote) {
                return new Token(Kind.TEXT, out.toString(), start + 1);
            }
            if (c == '\\' && pos < source.length()) {
                c = source.charAt(pos++);
            }
            out.append(c);
        }
        throw new RuleSyntaxException(source, start + 1, "a closing " + quote + " for the text started here",
                "the end of the rule");
    }
}
