-- Re-engagement (follow-ups after the customer goes silent) and opt-out of proactive messages.
-- Portable SQL: runs unchanged on H2 2.x (MODE=PostgreSQL) and PostgreSQL 15+.

-- The follow-up schedule sits on the turn_queue row: sending a follow-up locks that row, as a turn does, so the
-- two never interleave. followup_due_at is NULL when no follow-up is pending; followups_sent counts the follow-ups
-- of the current silence (an inbound message resets both).
ALTER TABLE turn_queue ADD COLUMN followup_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE turn_queue ADD COLUMN followups_sent INT DEFAULT 0 NOT NULL;
CREATE INDEX ix_turn_queue_followup ON turn_queue (followup_due_at);

-- Whether a contact accepts proactive messages, as the customer last said, with the time and their own words.
-- The full history is in conversation_events (contact.opted_out, contact.opted_in).
-- No foreign key to contacts on purpose: a turn writes this row while holding its turn_queue lock, and an accept
-- locks the contacts row before the turn_queue row; a foreign key check would take a lock on contacts and let the
-- two deadlock. Erasure of a contact must delete its row here too.
CREATE TABLE contact_preferences (
    contact_id   UUID PRIMARY KEY,           -- contacts.id
    opted_out_at TIMESTAMP WITH TIME ZONE,   -- NULL: proactive messages allowed
    opt_out_text TEXT,                       -- sealed: what the customer wrote to opt out
    opted_in_at  TIMESTAMP WITH TIME ZONE,   -- the last opt-in again
    opt_in_text  TEXT,                       -- sealed
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
