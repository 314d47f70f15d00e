/**
 * {@code ./atende bench}: measurements of Atende itself, printed as JSON and always compared with a
 * baseline from the same run. Nothing here is wired into the product; the bench starts the
 * application in-process and adds what it needs (the bare endpoint) only to that instance.
 */
package io.atende.bench;
