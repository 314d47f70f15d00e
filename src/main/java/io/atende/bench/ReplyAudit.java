package io.atende.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts lost and duplicate replies from what the database holds after a run. Exactly-once means:
 * every accepted message is stored once and is answered by exactly one turn that wrote at least one
 * reply, and no reply belongs to a turn that answered nothing. A turn may say several things (a journey
 * answers and asks again): a turn's replies commit together, once, so several replies of one turn are
 * one answer, not a duplicate; a turn that ran twice would show as a second turn. A message sent while a person has
 * the conversation (the engine asked for one) is answered by a silent turn of its own kind: handled once, by a
 * person, so neither lost nor part of the agent's turn overhead.
 *
 * @param accepted   messages the server acknowledged
 * @param stored     inbound rows found for this run
 * @param lost       accepted messages that were not stored, not answered, or answered by an agent turn without reply
 * @param duplicates messages stored twice, plus replies of turns that answered nothing
 * @param turns      turns that wrote replies
 * @param replyAt    when the reply to each answered message was stored, by message id
 * @param personAt   when the silent turn of each message sent to a person finished, by message id
 */
public record ReplyAudit(int accepted, int stored, int lost, int duplicates, int turns,
                         Map<String, Instant> replyAt, Map<String, Instant> personAt) {

    /** Accepted messages answered by a silent handoff turn: the conversation was with a person. */
    public int withPerson() {
        return personAt.size();
    }

    /** An inbound message as stored; {@code turnId} is null while unanswered. */
    public record Inbound(String externalId, Instant createdAt, Long turnId) {
    }

    /** An outbound message (a reply) and the turn that wrote it. */
    public record Reply(long turnId, Instant createdAt) {
    }

    /**
     * Checks replies: the turn pipeline; {@code personTurns} are the silent turns of conversations with a person,
     * with the time each finished.
     */
    public static ReplyAudit check(Set<String> acceptedIds, List<Inbound> inbound, List<Reply> replies,
                                   Map<Long, Instant> personTurns) {
        Map<Long, Integer> repliesOfTurn = new HashMap<>();
        Map<Long, Instant> replyTimeOfTurn = new HashMap<>();
        for (Reply reply : replies) {
            repliesOfTurn.merge(reply.turnId(), 1, Integer::sum);
            replyTimeOfTurn.merge(reply.turnId(), reply.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Set<Long> answeringTurns = new HashSet<>();
        Map<String, Inbound> byId = new HashMap<>();
        int duplicates = 0;
        for (Inbound message : inbound) {
            if (byId.putIfAbsent(message.externalId(), message) != null) {
                duplicates++; // the same delivery stored twice would be answered twice
            }
            if (message.turnId() != null) {
                answeringTurns.add(message.turnId());
            }
        }
        for (Map.Entry<Long, Integer> turn : repliesOfTurn.entrySet()) {
            if (!answeringTurns.contains(turn.getKey())) {
                duplicates += turn.getValue(); // replies of a turn that answered no message: said twice, or to nobody
            }
        }
        int lost = 0;
        Map<String, Instant> personAt = new HashMap<>();
        Map<String, Instant> replyAt = new HashMap<>();
        for (String id : acceptedIds) {
            Inbound message = byId.get(id);
            Instant at = message == null || message.turnId() == null ? null : replyTimeOfTurn.get(message.turnId());
            if (at != null) {
                replyAt.put(id, at);
            } else if (message != null && message.turnId() != null && personTurns.containsKey(message.turnId())) {
                personAt.put(id, personTurns.get(message.turnId()));
            } else {
                lost++;
            }
        }
        return new ReplyAudit(acceptedIds.size(), byId.size(), lost, duplicates, repliesOfTurn.size(), replyAt,
                personAt);
    }

    /** Checks storage only: the bare endpoint, where a stored message is all there is. */
    public static ReplyAudit checkStored(Set<String> acceptedIds, List<Inbound> inbound) {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Inbound message : inbound) {
            if (!seen.add(message.externalId())) {
                duplicates++;
            }
        }
        int lost = (int) acceptedIds.stream().filter(id -> !seen.contains(id)).count();
        return new ReplyAudit(acceptedIds.size(), seen.size(), lost, duplicates, 0, Map.of(), Map.of());
    }

    /** Turn overhead of each answered message: reply stored minus message stored. */
    static long[] overheadNanos(List<Inbound> inbound, Map<String, Instant> replyAt, java.util.function.Predicate<String> measured) {
        return inbound.stream()
                .filter(m -> measured.test(m.externalId()) && replyAt.containsKey(m.externalId()))
                .mapToLong(m -> Duration.between(m.createdAt(), replyAt.get(m.externalId())).toNanos())
                .toArray();
    }
}
