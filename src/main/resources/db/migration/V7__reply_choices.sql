-- What an outbound message offers besides its text: answers to tap (reply buttons or a list on WhatsApp, chips in the
-- web chat) and a picture. Sealed JSON {"choices":[{"title":..,"detail":..}],"image":..}; NULL for a plain text.
-- Portable SQL: H2 2.x (MODE=PostgreSQL) and PostgreSQL 15+.
ALTER TABLE messages ADD COLUMN presentation TEXT;
