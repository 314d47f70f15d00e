package io.atende.conversation;

/**
 * Port: makes transactions that have committed survive a killed process before anyone is told
 * about them (a 202 to a channel, a reply pushed to a browser). PostgreSQL's commit already is
 * durable; H2 keeps commits in memory until its next store, so its adapter forces one, shared by
 * every commit waiting at that moment ({@link H2GroupFlush}).
 */
public interface CommitDurability {

    /** Returns once every transaction this thread committed before the call is on disk. */
    void awaitDurable();

    /** For databases whose commit is durable by itself. */
    CommitDurability ON_COMMIT = () -> { };
}
