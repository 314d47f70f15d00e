package io.atende.nlu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cardinal numbers written in Portuguese words, as in "mil e duzentos", "duzentos e cinquenta", "duas",
 * "dois milhões e meio" is not supported: only whole numbers. Works on {@link Texts#fold folded} words.
 */
final class NumberWords {

    /** A number found in a list of words: words {@code [start, end)} make {@code value}. */
    record Span(int start, int end, long value) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("um", 1), Map.entry("uma", 1), Map.entry("dois", 2), Map.entry("duas", 2),
            Map.entry("tres", 3), Map.entry("quatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
            Map.entry("sete", 7), Map.entry("oito", 8), Map.entry("nove", 9), Map.entry("dez", 10),
            Map.entry("onze", 11), Map.entry("doze", 12), Map.entry("treze", 13), Map.entry("catorze", 14),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("dezesseis", 16), Map.entry("dezasseis", 16),
            Map.entry("dezessete", 17), Map.entry("dezoito", 18), Map.entry("dezenove", 19), Map.entry("vinte", 20),
            Map.entry("trinta", 30), Map.entry("quarenta", 40), Map.entry("cinquenta", 50), Map.entry("cincoenta", 50),
            Map.entry("sessenta", 60), Map.entry("setenta", 70), Map.entry("oitenta", 80), Map.entry("noventa", 90),
            Map.entry("cem", 100), Map.entry("cento", 100), Map.entry("duzentos", 200), Map.entry("duzentas", 200),
            Map.entry("trezentos", 300), Map.entry("trezentas", 300), Map.entry("quatrocentos", 400),
            Map.entry("quatrocentas", 400), Map.entry("quinhentos", 500), Map.entry("quinhentas", 500),
            Map.entry("seiscentos", 600), Map.entry("seiscentas", 600), Map.entry("setecentos", 700),
            Map.entry("setecentas", 700), Map.entry("oitocentos", 800), Map.entry("oitocentas", 800),
            Map.entry("novecentos", 900), Map.entry("novecentas", 900));

    private NumberWords() {
    }

    static boolean isNumberWord(String word) {
        return SMALL.containsKey(word) || isScale(word);
    }

    private static boolean isScale(String word) {
        return word.equals("mil") || word.equals("milhao") || word.equals("milhoes");
    }

    /** Every maximal run of number words ("e" may join them), left to right. */
    static List<Span> find(List<String> words) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isNumberWord(words.get(i))) {
                i++;
                continue;
            }
            int start = i;
            long total = 0;
            long current = 0;
            int end = i;
            while (i < words.size()) {
                String w = words.get(i);
                if (SMALL.containsKey(w)) {
                    current += SMALL.get(w);
                } else if (w.equals("mil")) {
                    total += Math.max(current, 1) * 1_000;
                    current = 0;
                } else if (w.startsWith("milh")) {
                    total += Math.max(current, 1) * 1_000_000;
                    current = 0;
                } else if (w.equals("e") && i + 1 < words.size() && isNumberWord(words.get(i + 1))) {
                    i++;
                    continue;
                } else {
                    break;
                }
                i++;
                end = i;
            }
            spans.add(new Span(start, end, total + current));
            i = Math.max(end, start + 1);
        }
        return spans;
    }
}
