package io.atende.nlu;

import java.util.Arrays;
import java.util.List;

/**
 * Hashes the normalized words of a text into a fixed-size count vector: words and word pairs, plus character
 * n-grams taken inside each word padded with spaces (" oi " gives " o", "oi", "i ", ...). Character n-grams
 * are what makes the classifier forgive typos, missing accents and stretched letters; hashing keeps memory
 * fixed whatever the vocabulary and needs no dictionary to ship.
 *
 * @param bits       the vector has {@code 2^bits} entries
 * @param maxWordGram longest word n-gram (1 = words only)
 * @param minCharGram shortest character n-gram
 * @param maxCharGram longest character n-gram
 * @param spanWords   character n-grams also span word boundaries (taken over the whole space-joined text)
 * @param wordCount   what one occurrence of a word n-gram counts (a character n-gram counts 1)
 */
record FeatureHasher(int bits, int maxWordGram, int minCharGram, int maxCharGram, boolean spanWords,
                     float wordCount) {

    static final FeatureHasher DEFAULT = new FeatureHasher(18, 2, 2, 5, false, 1);

    FeatureHasher(int bits, int maxWordGram, int minCharGram, int maxCharGram) {
        this(bits, maxWordGram, minCharGram, maxCharGram, false, 1);
    }

    private static final int WORD_SEED = 0x9747b28c;
    private static final int CHAR_SEED = 0x5bd1e995;

    int dimension() {
        return 1 << bits;
    }

    /** Raw counts of the hashed features of a text; empty when it has no word. */
    SparseVector counts(String text) {
        List<String> words = TextNormalizer.words(text);
        int mask = dimension() - 1;
        Buckets buckets = new Buckets();
        for (int i = 0; i < words.size(); i++) {
            int h = WORD_SEED;
            for (int len = 1; len <= maxWordGram && i + len <= words.size(); len++) {
                h = mix(h, words.get(i + len - 1));
                buckets.add(finish(h + len) & mask | WORD);
            }
            if (!spanWords) {
                charGrams(" " + words.get(i) + " ", mask, buckets);
            }
        }
        if (spanWords && !words.isEmpty()) {
            charGrams(" " + String.join(" ", words) + " ", mask, buckets);
        }
        return merge(buckets.values, buckets.size, wordCount);
    }

    private void charGrams(String w, int mask, Buckets out) {
        for (int len = minCharGram; len <= maxCharGram; len++) {
            for (int start = 0; start + len <= w.length(); start++) {
                int c = CHAR_SEED;
                for (int k = start; k < start + len; k++) {
                    c = (c ^ w.charAt(k)) * 0x01000193;
                }
                out.add(finish(c + len) & mask);
            }
        }
    }

    /** The hashed buckets of one text, in the order they were found. */
    private static final class Buckets {
        int[] values = new int[64];
        int size;

        void add(int bucket) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = bucket;
        }
    }

    /** Marks a word n-gram among the collected buckets (a bucket is below 2^22, so the bit is free). */
    private static final int WORD = 1 << 30;

    private static int mix(int h, String word) {
        return (h ^ word.hashCode()) * 0x01000193 + 0x7feb352d;
    }

    /** Murmur3's final mix: spreads the low bits so that masking keeps the hash uniform. */
    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static SparseVector merge(int[] buckets, int n, float wordCount) {
        for (int i = 0; i < n; i++) {
            // bucket in the high bits, the word flag in the lowest, so that equal buckets end up adjacent
            buckets[i] = (buckets[i] & ~WORD) << 1 | ((buckets[i] & WORD) != 0 ? 1 : 0);
        }
        Arrays.sort(buckets, 0, n);
        int[] index = new int[n];
        float[] value = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int bucket = buckets[i] >>> 1;
            float count = (buckets[i] & 1) != 0 ? wordCount : 1;
            if (m > 0 && index[m - 1] == bucket) {
                value[m - 1] += count;
            } else {
                index[m] = bucket;
                value[m++] = count;
            }
        }
        return new SparseVector(Arrays.copyOf(index, m), Arrays.copyOf(value, m));
    }
}
