package io.atende.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as written, only lower-cased and folded: the vocabulary that typo correction searches. Stems would be a
 * poor target for edit distance ("entrga" is one edit from "entrega", two from its stem "entreg").
 */
final class SurfaceAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }
}
