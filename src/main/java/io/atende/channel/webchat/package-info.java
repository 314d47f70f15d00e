/**
 * The web chat channel: the public page at {@code /chat}, its JSON endpoints and the live stream.
 * A browser is known only by a random session id it keeps; the contact is {@code web:<session>}.
 */
package io.atende.channel.webchat;
