-- The human side of a handoff: since when the conversation waits for (or is with) a person, which
-- orders the console's queue, and which operator took it over. An operator's action also moves
-- turn_queue.inbound_seq on, so that a turn running at that moment commits nothing and runs again.
ALTER TABLE conversations ADD COLUMN handoff_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversations ADD COLUMN handoff_operator VARCHAR(100);
CREATE INDEX ix_conversations_handoff ON conversations (handoff_state, handoff_since);
