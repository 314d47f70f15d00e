-- Every bubble a push channel acknowledged for an outbound message: WhatsApp gives each bubble of a reply split in
-- several its own id (wamid) and reports sent/delivered/read/failed per bubble. A status report may also arrive
-- before the delivery worker recorded the bubble's id: it is kept here with no message, and joined to its message
-- when the id is recorded. Portable SQL: H2 2.x (MODE=PostgreSQL) and PostgreSQL 15+.
CREATE TABLE outbound_bubbles (
    channel     VARCHAR(20)  NOT NULL,
    external_id VARCHAR(200) NOT NULL,
    message_id  BIGINT REFERENCES messages (id),
    status      VARCHAR(20)  NOT NULL,
    error       VARCHAR(200),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel, external_id)
);
CREATE INDEX ix_outbound_bubbles_message ON outbound_bubbles (message_id);

-- replies sent before this table existed: their recorded id (the last bubble's) stands for the message
INSERT INTO outbound_bubbles (channel, external_id, message_id, status, error, updated_at)
SELECT channel, external_id, id, delivery_status, delivery_error, updated_at
FROM messages WHERE direction = 'outbound' AND external_id IS NOT NULL;
