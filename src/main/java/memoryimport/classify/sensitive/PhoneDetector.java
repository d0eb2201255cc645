package memoryimport.classify.sensitive;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import memoryimport.model.RuleFiles;

/**
 * Phone numbers in national and international forms, with Google libphonenumber ({@code findNumbers}, leniency
 * VALID) over a list of regions (data file {@code rules/sensitive-phone-regions.txt}). Runs last, only on texts with
 * at least 7 digits, and never claims characters a stronger detector (card, id, date of birth ...) already claimed.
 * Regions sharing a country calling code (US/CA) are scanned once.
 */
public final class PhoneDetector implements Detector {

    public static final String FILE = "sensitive-phone-regions.txt";

    private static final Pattern DATE_OR_VERSION = Pattern.compile(
            "(?:19|20)\\d{2}[-./].*|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> regions;

    public PhoneDetector(List<String> regions) {
        List<String> distinct = new ArrayList<>();
        Set<Integer> codes = new HashSet<>();
        for (String r : regions) {
            String region = r.strip().toUpperCase(Locale.ROOT);
            int code = util.getCountryCodeForRegion(region);
            if (code == 0) {
                throw new IllegalArgumentException("Unknown phone region " + region);
            }
            if (codes.add(code)) {
                distinct.add(region);
            }
        }
        this.regions = List.copyOf(distinct);
    }

    public static PhoneDetector from(RuleFiles rules) {
        return new PhoneDetector(rules.lines(FILE));
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public String kind() {
        return memoryimport.classify.SensitivePolicy.PHONE;
    }

    @Override
    public void detect(Text text) {
        if (text.digits() < 7) {
            return;
        }
        String s = text.text();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c == '+' || c == '(')) {
                i++;
                continue;
            }
            int runEnd = runEnd(s, i);
            if (Checks.countDigits(s.substring(i, runEnd)) >= 7) {
                scan(text, i, runEnd);
            }
            i = Math.max(runEnd, i + 1);
        }
    }

    /**
     * End of a phone-shaped run starting at {@code start}: digits with single separators (space, '-', '.', '/',
     * brackets), as in "+44 (0)20 7946-0958". libphonenumber is only asked about runs with at least 7 digits and
     * only over the run (plus one character either side), which keeps the screen fast on ordinary text.
     */
    private static int runEnd(String s, int start) {
        int end = start;
        int i = start;
        int separators = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                separators = 0;
                end = i + 1;
            } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+'
                    || c == '\u00a0') {
                if (++separators > 2) {
                    break;
                }
                if (c == ')') {
                    end = i + 1;
                }
            } else {
                break;
            }
            i++;
        }
        return end;
    }

    private void scan(Text text, int runStart, int runEnd) {
        String s = text.text();
        boolean anyFreeDigit = false;
        for (int k = runStart; k < runEnd && !anyFreeDigit; k++) {
            anyFreeDigit = isDigit(s.charAt(k)) && text.isFree(k, k + 1);
        }
        if (!anyFreeDigit) {
            return; // all of it is already a card, an id, a date of birth ...
        }
        if (DATE_OR_VERSION.matcher(s.substring(runStart, runEnd).strip()).matches()) {
            return;
        }
        int from = Math.max(0, runStart - 1);
        int to = Math.min(s.length(), runEnd + 1);
        String window = s.substring(from, to);
        boolean international = s.charAt(runStart) == '+';
        String digits = Checks.digitsOf(s.substring(runStart, runEnd));
        for (String region : international ? List.of("ZZ") : regions) {
            if (!international && digits.length() <= 13 && !util.isPossibleNumber(digits, region)) {
                continue; // cheap: this many digits cannot be one national number of this region
            }
            for (PhoneNumberMatch m : util.findNumbers(window, region, Leniency.VALID, Long.MAX_VALUE)) {
                int start = from + m.start();
                int end = from + m.end();
                if (!text.isFree(start, end) || DATE_OR_VERSION.matcher(m.rawString()).matches()) {
                    continue;
                }
                text.findings().add(RegexDetector.finding(id(), kind(), start, end, 0.8,
                        international ? "phone number in international form"
                                : "phone number valid for region " + region));
            }
            if (!text.isFree(runStart, runEnd)) {
                return;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
