/** Typed identifiers and the small values (a {@link io.atende.shared.Choice}, Pix codes) every capability shares. */
package io.atende.shared;
