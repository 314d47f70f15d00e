package io.atende.knowledge;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Lucene's English chain (possessives, stop words, Porter stemmer) with accent folding, for {@code en} packs. */
final class EnglishFoldingAnalyzer extends TextAnalyzer {

    @Override
    protected TokenStream fold(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
        return new StopFilter(new ASCIIFoldingFilter(stream), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    @Override
    protected TokenStream stemmer(TokenStream folded) {
        return new PorterStemFilter(folded);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
