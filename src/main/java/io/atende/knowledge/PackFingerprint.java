package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A content hash of everything an index is built from: the pack's products and sections as loaded (so it does
 * not matter whether the catalog came from CSV or JSON lines), its language, the index layout version and the
 * embedding settings. Two packs with the same fingerprint produce the same index.
 */
final class PackFingerprint {

    private PackFingerprint() {
    }

    static String of(Pack pack, KnowledgeProperties.Embedding embedding) {
        MessageDigest sha = sha256();
        field(sha, "schema", Integer.toString(IndexSchema.VERSION));
        field(sha, "language", Language.of(pack.identity().language()).code());
        field(sha, "embedding", String.join("|", embedding.provider().name(), Integer.toString(embedding.dimensions()),
                String.valueOf(embedding.baseUrl()), String.valueOf(embedding.model()), String.valueOf(embedding.modelPath())));
        if (embedding.provider() == KnowledgeProperties.Provider.ONNX) {
            // a model replaced at the same path is another vector space: the index must be built again
            field(sha, "onnx", Embedders.onnxKey(embedding));
        }
        for (KnowledgeEntry e : pack.knowledge()) {
            field(sha, "section", e.id(), e.title(), e.source(), e.text());
            field(sha, "questions", Integer.toString(e.questions().size()));
            e.questions().forEach(q -> field(sha, q));
        }
        for (Product p : pack.products()) {
            Map<String, String> attributes = new TreeMap<>(p.attributes());
            field(sha, "product", p.id(), p.title(), p.description(), p.price().toPlainString(), p.category(),
                    Integer.toString(p.stock()), attributes.toString());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each value length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
    private static void field(MessageDigest sha, String... values) {
        for (String v : values) {
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
