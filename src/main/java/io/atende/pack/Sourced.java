package io.atende.pack;

/** Something read from a pack together with where it was written, so later checks can name the place. */
record Sourced<T>(T value, String file, int line) {

    String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
