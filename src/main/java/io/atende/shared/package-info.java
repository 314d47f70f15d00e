/** Typed identifiers shared by every capability. Nothing else belongs here. */
package io.atende.shared;
