package io.atende.knowledge.eval;

/** A query file that cannot be used; the message names the file, the line and the problem. */
public class EvalFileException extends RuntimeException {

    public EvalFileException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }
}
