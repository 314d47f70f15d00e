package io.atende.knowledge;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.br.BrazilianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The Brazilian analyzer's chain with accent folding before the stop words and the stemmer, so that
 * "entrega", "entregá" and "ENTREGA" meet in one term and customers who type without accents still match.
 */
final class PortugueseAnalyzer extends TextAnalyzer {

    /** Lucene's Brazilian stop set is already written without accents, which is what folding needs. */
    private static final CharArraySet STOP_WORDS = BrazilianAnalyzer.getDefaultStopSet();

    @Override
    protected TokenStream fold(Tokenizer source) {
        return new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), STOP_WORDS);
    }

    @Override
    protected TokenStream stemmer(TokenStream folded) {
        return new BrazilianStemFilter(folded);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
