package io.atende.nlu.extract;

import io.atende.shared.EditDistance;

/** Word similarity tolerant to the typos of thumbs on a phone keyboard. */
final class FuzzyWords {

    private FuzzyWords() {
    }

    /**
     * 1 for the same word; 0.9 when one is a prefix (3+ letters) of the other; 1 - distance/length when the
     * optimal-string-alignment distance is within 1 edit for 5–7 letters or 2 for longer words; 0 otherwise.
     * Model codes ("a15") must match exactly; a bare number matches the same number with its unit ("220v").
     */
    static double similarity(String query, String word) {
        if (query.equals(word)) {
            return 1;
        }
        boolean code = query.chars().anyMatch(Character::isDigit) || word.chars().anyMatch(Character::isDigit);
        if (code) {
            // "220" names "220v", "128" names "128gb": a number followed only by its unit
            return query.matches("\\d+") && word.startsWith(query) && word.substring(query.length()).matches("[a-z]{1,3}")
                    ? 0.95 : 0;
        }
        if (query.length() >= 3 && word.startsWith(query) || word.length() >= 4 && query.startsWith(word)) {
            return 0.9 * Math.min(query.length(), word.length()) / Math.max(query.length(), word.length()) + 0.1;
        }
        int longest = Math.max(query.length(), word.length());
        int allowed = longest >= 8 ? 2 : longest >= 5 ? 1 : 0;
        if (allowed == 0 || Math.abs(query.length() - word.length()) > allowed) {
            return 0;
        }
        int distance = EditDistance.between(query, word);
        return distance <= allowed ? 1.0 - (double) distance / longest : 0;
    }
}
