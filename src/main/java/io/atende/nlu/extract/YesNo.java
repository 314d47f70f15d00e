package io.atende.nlu.extract;

/** The answer to a yes/no question. */
public enum YesNo {
    YES, NO, UNKNOWN
}
