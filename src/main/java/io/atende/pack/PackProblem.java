package io.atende.pack;

/** One mistake in a pack: the file, the line (0 when the whole file is at fault) and what is wrong. */
public record PackProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
