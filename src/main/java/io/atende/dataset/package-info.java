/**
 * The evaluation harness: conversation tests of a pack ({@code ./atende test}), played against an engine the way
 * the conversation runtime plays turns.
 */
package io.atende.dataset;
