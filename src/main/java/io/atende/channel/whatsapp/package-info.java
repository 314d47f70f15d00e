/**
 * The WhatsApp Cloud API channel, inbound side: Meta's webhook at {@code /webhooks/whatsapp} (verification
 * handshake, signed deliveries), the mapping of every message type onto a customer message, and the delivery
 * statuses of the messages Atende sent. The contact of a conversation is the customer's {@code wa_id} as
 * received, or Meta's business-scoped user id when no number comes. See docs/whatsapp.md.
 */
package io.atende.channel.whatsapp;
