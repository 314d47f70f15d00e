package io.atende.knowledge.embedding;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in dense model: a TF-IDF bag of word stems and character 3- to 5-grams, hashed and randomly
 * projected to a few hundred dimensions. It needs no download and knows no language in particular, which is
 * the point: an English sentence model puts Portuguese chat text in the wrong places, while shared character
 * n-grams put "entrga" next to "entrega", "geladeiras" next to "geladeira" and "airfryer" next to "air fryer".
 * The IDF table is learnt from the pack's own documents at index time.
 */
public final class SubwordEmbedder implements Embedder {

    /** Splits a text into words: each as written (folded) and as its stem. Stop words are left out. */
    @FunctionalInterface
    public interface Words {
        void each(String text, WordSink sink);
    }

    @FunctionalInterface
    public interface WordSink {
        void word(String surface, String stem);
    }

    private static final int BUCKET_BITS = 18;
    private static final int BUCKETS = 1 << BUCKET_BITS;
    /** Each hashed feature lands on this many dimensions with random signs (a sparse random projection). */
    private static final int SPREAD = 4;
    /** A whole-word match says more than one shared n-gram; the n-grams of a word together still outweigh it. */
    private static final float WORD_WEIGHT = 3.0f;
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    private static final long WORD_SEED = 0x9E3779B97F4A7C15L;

    private static final Map<Integer, int[]> PROJECTIONS = new ConcurrentHashMap<>();

    private final int dimensions;
    private final float[] idf;
    private final Words words;
    private final int[] projection;

    private SubwordEmbedder(int dimensions, float[] idf, Words words) {
        this.dimensions = dimensions;
        this.idf = idf;
        this.words = words;
        this.projection = projection(dimensions);
    }

    /** Learns the IDF of every feature from the documents that will be indexed. */
    public static SubwordEmbedder fit(Iterable<String> documents, int dimensions, Words words) {
        int[] df = new int[BUCKETS];
        int n = 0;
        for (String doc : documents) {
            n++;
            Features f = features(doc, words);
            int previous = -1;
            for (int i = 0; i < f.size; i++) { // sorted: count each feature once per document
                if (f.buckets[i] != previous) {
                    previous = f.buckets[i];
                    df[previous]++;
                }
            }
        }
        float[] idf = new float[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            // A feature no document has cannot make one document nearer than another: weight 0 keeps cosines honest.
            idf[b] = df[b] == 0 ? 0 : (float) (Math.log((n + 1.0) / (df[b] + 1.0)) + 1);
        }
        return new SubwordEmbedder(dimensions, idf, words);
    }

    public static SubwordEmbedder read(DataInput in, Words words) throws IOException {
        int dimensions = in.readInt();
        int buckets = in.readInt();
        if (buckets != BUCKETS) {
            throw new IOException("model has " + buckets + " buckets, expected " + BUCKETS);
        }
        float[] idf = new float[buckets];
        for (int i = 0; i < buckets; i++) {
            idf[i] = in.readFloat();
        }
        return new SubwordEmbedder(dimensions, idf, words);
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(dimensions);
        out.writeInt(BUCKETS);
        for (float f : idf) {
            out.writeFloat(f);
        }
    }

    @Override
    public String id() {
        return "subword-v1-" + dimensions;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        Features f = features(text, words);
        float[] v = new float[dimensions];
        int i = 0;
        while (i < f.size) {
            int bucket = f.buckets[i];
            float weight = 0;
            int tf = 0;
            while (i < f.size && f.buckets[i] == bucket) {
                weight = Math.max(weight, f.weights[i]);
                tf++;
                i++;
            }
            float value = (float) (1 + Math.log(tf)) * weight * idf[bucket];
            if (value != 0) {
                project(bucket, value, v);
            }
        }
        return Embedder.normalize(v);
    }

    private void project(int bucket, float value, float[] v) {
        int[] table = projection;
        for (int s = bucket * SPREAD; s < (bucket + 1) * SPREAD; s++) {
            int entry = table[s];
            v[entry >>> 1] += (entry & 1) == 0 ? value : -value;
        }
    }

    /** Where each bucket lands, as {@code dimension << 1 | sign}: computed once per size, a table lookup after. */
    private static int[] projection(int dimensions) {
        return PROJECTIONS.computeIfAbsent(dimensions, d -> {
            int[] table = new int[BUCKETS * SPREAD];
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                long state = bucket * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
                for (int s = 0; s < SPREAD; s++) {
                    state = mix(state + WORD_SEED);
                    int dim = (int) ((state >>> 33) % d);
                    table[bucket * SPREAD + s] = dim << 1 | (int) (state & 1);
                }
            }
            return table;
        });
    }

    /** The hashed features of a text, sorted by bucket, each with its class weight. */
    private static final class Features {
        int[] buckets = new int[256];
        float[] weights = new float[256];
        int size;

        void add(int bucket, float weight) {
            if (size == buckets.length) {
                buckets = Arrays.copyOf(buckets, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            buckets[size] = bucket;
            weights[size] = weight;
            size++;
        }

        /** Sorts by bucket, keeping each feature's weight with it (packed into one long to sort primitives). */
        Features sort() {
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) {
                packed[i] = ((long) buckets[i] << 32) | (Float.floatToRawIntBits(weights[i]) & 0xFFFFFFFFL);
            }
            Arrays.sort(packed);
            for (int i = 0; i < size; i++) {
                buckets[i] = (int) (packed[i] >>> 32);
                weights[i] = Float.intBitsToFloat((int) packed[i]);
            }
            return this;
        }
    }

    private static Features features(String text, Words words) {
        Features f = new Features();
        words.each(text, (surface, stem) -> {
            f.add(bucketOf(hash(stem, WORD_SEED)), WORD_WEIGHT);
            String marked = "<" + surface + ">";
            for (int start = 0; start < marked.length(); start++) {
                long h = 0xCBF29CE484222325L;
                for (int end = start; end < Math.min(marked.length(), start + MAX_GRAM); end++) {
                    h = (h ^ marked.charAt(end)) * 0x100000001B3L;
                    if (end - start + 1 >= MIN_GRAM) {
                        f.add(bucketOf(mix(h)), 1.0f);
                    }
                }
            }
        });
        return f.sort();
    }

    private static int bucketOf(long hash) {
        return (int) (hash >>> (64 - BUCKET_BITS));
    }

    private static long hash(String s, long seed) {
        long h = 0xCBF29CE484222325L ^ seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer: spreads FNV's weak low bits over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
