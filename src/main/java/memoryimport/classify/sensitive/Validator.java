package memoryimport.classify.sensitive;

import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Checks a regex match (check digits, context of the value, ...) and may move its end (e.g. an IBAN trimmed to
 * its country length, an address extended to the end of its clause).
 */
@FunctionalInterface
public interface Validator {

    /**
     * @param text  the whole entry text
     * @param start start of the value
     * @param end   end of the value as matched
     * @param match the match, for named groups
     * @return the end of the value to mask, or -1 when the match is not a sensitive value after all
     */
    int end(String text, int start, int end, Matcher match);

    Validator ANY = (text, start, end, match) -> end;

    /** A validator that looks only at the matched value. */
    static Validator value(Predicate<String> check) {
        return (text, start, end, match) -> check.test(text.substring(start, end)) ? end : -1;
    }
}
