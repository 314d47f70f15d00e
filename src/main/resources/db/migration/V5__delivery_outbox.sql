-- Delivery outbox for push channels (WhatsApp): an outbound message is stored 'pending' in the transaction that
-- writes it, and a delivery worker sends it, then marks it 'sent' (with the channel's id in external_id) or
-- 'failed' (with the error code in delivery_error). Portable SQL: H2 2.x (MODE=PostgreSQL) and PostgreSQL 15+.
ALTER TABLE messages ADD COLUMN delivery_attempts INT DEFAULT 0 NOT NULL;
-- While pending: when the next attempt may start (NULL: now); while a worker sends it, the end of its lease.
ALTER TABLE messages ADD COLUMN delivery_due_at TIMESTAMP WITH TIME ZONE;
-- Bubbles already sent of a reply sent as several (a retry resumes after them).
ALTER TABLE messages ADD COLUMN delivery_parts INT DEFAULT 0 NOT NULL;
-- An approved template to send instead of the text (a follow-up after WhatsApp's 24-hour window), or the template
-- that was sent instead once the channel refused free text.
ALTER TABLE messages ADD COLUMN delivery_template VARCHAR(200);
CREATE INDEX ix_messages_delivery ON messages (delivery_status, delivery_due_at);
