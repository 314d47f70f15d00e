package io.atende.nlu.extract;

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
        int distance = distance(query, word);
        return distance <= allowed ? 1.0 - (double) distance / longest : 0;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
