package io.atende.journey;

/** One token of a rule, with the 1-based column where it starts so errors can point at it. */
record Token(Kind kind, String text, int column) {

    enum Kind {
        NUMBER, TEXT, NAME, DOT, COMMA, LPAREN, RPAREN, LBRACKET, RBRACKET,
        PLUS, MINUS, STAR, SLASH, EQ, NE, LT, LE, GT, GE,
        AND, OR, NOT, IN, STARTS_WITH, TRUE, FALSE, NULL, END
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the rule";
            case TEXT -> "text \"" + text + "\"";
            case NUMBER -> "number " + text;
            case NAME -> "name '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
