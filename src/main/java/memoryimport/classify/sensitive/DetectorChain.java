package memoryimport.classify.sensitive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Detectors run in priority order on a text. A detector with keywords runs only on a text holding one of them; all
 * keywords are looked for in one pass ({@link KeywordAutomaton}): those written with a capital in the text as it is,
 * the others in its lower-case copy.
 */
public final class DetectorChain {

    private final List<Detector> detectors;
    private final int words;
    /** the detectors without keywords, which run on every text */
    private final long[] always;
    private final KeywordAutomaton asWritten;
    private final KeywordAutomaton lowerCase;

    public DetectorChain(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.words = (detectors.size() + 63) / 64;
        this.always = new long[words];
        Map<String, long[]> asWrittenKeywords = new LinkedHashMap<>();
        Map<String, long[]> lowerCaseKeywords = new LinkedHashMap<>();
        for (int i = 0; i < detectors.size(); i++) {
            Words keywords = detectors.get(i).keywords();
            if (keywords.isEmpty()) {
                always[i >> 6] |= 1L << i;
            }
            int detector = i;
            Function<String, long[]> none = k -> new long[words];
            keywords.asWritten().forEach(k -> asWrittenKeywords.computeIfAbsent(k, none)[detector >> 6] |= 1L << detector);
            keywords.lowerCase().forEach(k -> lowerCaseKeywords.computeIfAbsent(k, none)[detector >> 6] |= 1L << detector);
        }
        this.asWritten = new KeywordAutomaton(asWrittenKeywords, words);
        this.lowerCase = new KeywordAutomaton(lowerCaseKeywords, words);
    }

    public boolean isEmpty() {
        return detectors.isEmpty();
    }

    /** Adds to the text's findings what every detector whose keywords occur in it finds. */
    public void run(Text text) {
        long[] run = always.clone();
        asWritten.scan(text.text(), run);
        lowerCase.scan(text.lower(), run);
        for (int i = 0; i < detectors.size(); i++) {
            if ((run[i >> 6] & 1L << i) != 0) {
                detectors.get(i).detect(text);
            }
        }
    }
}
