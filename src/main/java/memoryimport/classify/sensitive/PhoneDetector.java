package memoryimport.classify.sensitive;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers in national and international forms, with Google libphonenumber ({@code findNumbers}, leniency
 * VALID) over a list of regions (data file {@code rules/sensitive-phone-regions.txt}). Runs last, only on texts with
 * at least 7 digits, and never claims characters a stronger detector (card, id, date of birth ...) already claimed.
 * Regions sharing a country calling code (US/CA) are scanned once.
 */
public final class PhoneDetector implements Detector {

    public static final String RESOURCE = "rules/sensitive-phone-regions.txt";

    private static final Pattern DATE_OR_VERSION = Pattern.compile(
            "(?:19|20)\\d{2}[-./].*|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d+\\.\\d+\\.\\d+");

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

    public static PhoneDetector fromResource(String resource) {
        return new PhoneDetector(ContextWords.lines(resource).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
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
        for (String region : regions) {
            for (PhoneNumberMatch m : util.findNumbers(s, region, Leniency.VALID, Long.MAX_VALUE)) {
                int start = m.start();
                int end = m.end();
                if (!text.isFree(start, end) || DATE_OR_VERSION.matcher(m.rawString()).matches()) {
                    continue;
                }
                text.findings().add(RegexDetector.finding(id(), kind(), start, end, 0.8,
                        "phone number valid for region " + region + " or in international form"));
            }
        }
    }
}
