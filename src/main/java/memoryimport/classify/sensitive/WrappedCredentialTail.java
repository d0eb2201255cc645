package memoryimport.classify.sensitive;

import static memoryimport.classify.SensitivePolicy.CREDENTIAL;

import java.util.ArrayList;
import memoryimport.model.SensitiveFinding;

/**
 * The rest of a credential wrapped onto the next line: an export wraps a long token, the reader joins the lines with a
 * space ("ghp_50DB0N4MmE sI5DUTg1E8eSNWa"), and the credential detectors see only its first part. A generated-looking
 * word right after a credential, one space between, is the same credential. Runs after the credential detectors; no
 * keywords, but it looks only past the findings a text already has, which most texts have none of.
 */
final class WrappedCredentialTail implements Detector {

    /** the shortest tail read as one: shorter runs of letters and digits are too often words or ids */
    private static final int MIN_TAIL = 8;
    private static final double MIN_ENTROPY = 3.0;

    @Override
    public String id() {
        return "credential-wrapped-tail";
    }

    @Override
    public String kind() {
        return CREDENTIAL;
    }

    @Override
    public void detect(Text text) {
        if (text.findings().isEmpty()) {
            return;
        }
        String s = text.text();
        for (SensitiveFinding f : new ArrayList<>(text.findings())) {
            int end = f.end();
            while (f.kind().equals(CREDENTIAL) && end + 1 < s.length() && Character.isWhitespace(s.charAt(end))
                    && !Character.isWhitespace(s.charAt(end + 1))) {
                int start = end + 1;
                int tailEnd = start;
                while (tailEnd < s.length() && tokenChar(s.charAt(tailEnd))) {
                    tailEnd++;
                }
                int valueEnd = tailEnd;
                while (valueEnd > start && ".,;:".indexOf(s.charAt(valueEnd - 1)) >= 0) {
                    valueEnd--; // a sentence's full stop or comma after the tail is not part of it
                }
                String tail = s.substring(start, valueEnd);
                if (tailEnd < s.length() && !Character.isWhitespace(s.charAt(tailEnd)) && ")]}\"'`".indexOf(s.charAt(tailEnd)) < 0
                        || !Checks.secretLike(tail, MIN_TAIL, MIN_ENTROPY) || Checks.countDigits(tail) == 0
                        || !text.isFree(start, valueEnd)) {
                    break;
                }
                text.findings().add(RegexDetector.finding(id(), kind(), start, valueEnd, f.score(),
                        "the rest of a credential wrapped onto the next line"));
                end = valueEnd;
            }
        }
    }

    private static boolean tokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_-+/=.~%:,;".indexOf(c) >= 0;
    }
}
