/**
 * The operator console: login, the live conversation list and one conversation's page. It only
 * reads through {@link io.atende.conversation.ConversationApi}.
 */
package io.atende.console;
