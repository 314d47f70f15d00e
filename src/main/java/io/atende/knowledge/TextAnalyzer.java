package io.atende.knowledge;

import io.atende.knowledge.embedding.SubwordEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A language's index analyzer (folding, stop words, stemming), with helpers to read the terms of a text and,
 * for the subword embedder, each word both as written and as its stem in one pass.
 */
abstract class TextAnalyzer extends Analyzer {

    private final CachingStemFilter.Cache stems = new CachingStemFilter.Cache(this::stemmer);

    private final Analyzer surfaceAndStem = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            // KeywordRepeatFilter emits each word twice: marked as a keyword (the stemmer leaves it) and plain.
            return new TokenStreamComponents(source,
                    new CachingStemFilter(new KeywordRepeatFilter(new NumberUnitFilter(fold(source))), stems));
        }
    };

    /** Lower case, accent folding and stop words. */
    protected abstract TokenStream fold(Tokenizer source);

    /** The language's stem filter (used through a cache). */
    protected abstract TokenStream stemmer(TokenStream folded);

    @Override
    protected final TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new CachingStemFilter(new NumberUnitFilter(fold(source)), stems));
    }

    /** The index terms of a text, in order (duplicates kept). */
    final List<String> terms(String text) {
        return AnalyzedTerms.of(this, "", text);
    }

    /** Every word of a text (stop words left out), as written and as its stem. */
    final void words(String text, SubwordEmbedder.WordSink sink) {
        try (TokenStream ts = surfaceAndStem.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            String surface = null;
            while (ts.incrementToken()) {
                if (keyword.isKeyword()) {
                    surface = term.toString();
                } else if (surface != null) {
                    sink.word(surface, term.toString());
                    surface = null;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        surfaceAndStem.close();
        super.close();
    }
}
