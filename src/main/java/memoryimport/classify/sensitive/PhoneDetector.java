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
 * Regions sharing a country calling code (US/CA) are scanned once. A bare run of digits right after a word naming a
 * record ("ticket 612345678", context group {@code identifier}) is that record's number, not a phone; anywhere else it
 * is one only in a text with a word about phones (context group {@code phone-cue}).
 */
public final class PhoneDetector implements Detector {

    public static final String FILE = "sensitive-phone-regions.txt";

    private static final Pattern DATE_OR_VERSION = Pattern.compile(
            // a version's dotted groups with a single digit inside ("124.0.6367.91"), which no phone is written with
            "\\d+(?:\\.\\d+)*\\.\\d\\.\\d+(?:\\.\\d+)*|"
            + "(?:19|20)\\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))?[-./].*|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?(?:/\\d{1,2})?");

    /**
     * Not a phone by its shape: a span of years ("from 2018 - 2021", "(2014-2017)"; checked ascending below) or a
     * Brazilian company's CNPJ ("11.222.333/0001-81").
     */
    private static final Pattern YEAR_RANGE = Pattern.compile("\\(?((?:19|20)\\d{2})\\s?-\\s?((?:19|20)\\d{2})\\)?");
    private static final Pattern DATE_RANGE = Pattern.compile(
            "(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s?-\\s?(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CNPJ = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}");

    /** A count in thousands ("98 765 432", "1.250.000"): a quantity where a unit or a currency is beside it. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:([ .,])\\d{3})(?:\\1\\d{3})+");

    private static final Pattern NORTH_AMERICAN = Pattern.compile("1[-. ](?:\\(\\d{3}\\)|\\d{3})[-. ]?\\d{3}[-. ]\\d{4}");

    private static final List<String> CHAT_LINKS = List.of("wa.me/", "whatsapp.com/send?phone=", "t.me/+");

    private static final Set<PhoneNumberUtil.PhoneNumberType> PERSONAL_TYPES = Set.of(PhoneNumberUtil.PhoneNumberType.FIXED_LINE,
            PhoneNumberUtil.PhoneNumberType.MOBILE, PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            PhoneNumberUtil.PhoneNumberType.VOIP, PhoneNumberUtil.PhoneNumberType.PERSONAL_NUMBER);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> regions;
    private final Set<String> identifierWords;
    private final Words phoneCues;
    private final Set<String> identifierConnectors;
    private final Set<String> trunkPrefixRegions;
    private final Set<String> fixedLineTrunkPrefixRegions;
    private final Set<String> quantityWords;
    private final Words taxIdWords;
    private final Words companyIdWords;

    public PhoneDetector(List<String> regions, List<String> identifierWords, List<String> identifierConnectors,
            List<String> phoneCues, List<String> trunkPrefixRegions, List<String> fixedLineTrunkPrefixRegions,
            List<String> quantityWords, List<String> taxIdWords, List<String> companyIdWords) {
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
        this.identifierWords = Set.copyOf(identifierWords);
        this.phoneCues = Words.of(phoneCues);
        this.identifierConnectors = Set.copyOf(identifierConnectors);
        this.trunkPrefixRegions = Set.copyOf(trunkPrefixRegions);
        this.fixedLineTrunkPrefixRegions = Set.copyOf(fixedLineTrunkPrefixRegions);
        this.quantityWords = Set.copyOf(quantityWords);
        this.taxIdWords = Words.of(taxIdWords);
        this.companyIdWords = Words.of(companyIdWords);
    }

    public static PhoneDetector from(RuleFiles rules, ContextWords words) {
        return new PhoneDetector(rules.lines(FILE), words.get("identifier"), words.get("identifier-connectors"),
                words.get("phone-cue"), words.get("phone-trunk-prefix"), words.get("phone-trunk-prefix-fixed-line"),
                words.get("quantity-after"), words.get("tax-id-word"), words.get("company-id-word"));
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
        String s = lettersTypedAsDigits(text.text());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c == '+' || c == '(')) {
                i++;
                continue;
            }
            int runEnd = runEnd(s, i);
            if (Checks.countDigits(s.substring(i, runEnd)) >= 7) {
                scan(text, s, i, runEnd);
            }
            i = Math.max(runEnd, i + 1);
        }
    }

    /**
     * End of a phone-shaped run starting at {@code start}: digits with separators (space, '-', '.', '/', brackets; up
     * to three together), as in "+44 (0)20 7946-0958" or "0 30 / 12 34 56 78". libphonenumber is only asked about runs
     * with at least 7 digits and only over the run (plus one character either side), which keeps the screen fast on ordinary text.
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
            } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+') {
                if (++separators > 3) { // "030 / 1234567" has three
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

    /**
     * The text with each letter typed for a digit in a number read as that digit: o or O for a zero ("+49 17o 1234567",
     * "o171 2345678"), l or I for a one ("0l76 23456789", "+1 4I5 555 0198"), where it stands after a digit, or before
     * one where no letter is before it; the text itself when it has none.
     */
    static String lettersTypedAsDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char digit = typedFor(text.charAt(i));
            if (digit == 0) {
                continue;
            }
            char before = i > 0 ? (chars != null ? chars[i - 1] : text.charAt(i - 1)) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean afterDigit = isDigit(before) && !Character.isLetter(typedFor(after) != 0 ? '0' : after);
            boolean beforeDigit = isDigit(after) && !Character.isLetter(before);
            if (afterDigit || beforeDigit) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = digit;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The digit a letter stands for when typed in a number, or 0. */
    private static char typedFor(char c) {
        return c == 'o' || c == 'O' ? '0' : c == 'l' || c == 'I' ? '1' : 0;
    }

    /** {@code s} is the text as a phone number is read in it, with the text's offsets (see {@link #lettersTypedAsDigits}). */
    private void scan(Text text, String s, int runStart, int runEnd) {
        boolean anyFreeDigit = false;
        for (int k = runStart; k < runEnd && !anyFreeDigit; k++) {
            anyFreeDigit = isDigit(s.charAt(k)) && text.isFree(k, k + 1);
        }
        if (!anyFreeDigit) {
            return; // all of it is already a card, an id, a date of birth ...
        }
        int digitsEnd = s.charAt(runEnd - 1) == ')' ? runEnd - 1 : runEnd; // "(https://wa.me/4477...)"
        if (chatLink(s, runStart) && isBareDigits(s, runStart, digitsEnd)
                && util.isPossibleNumber("+" + s.substring(runStart, digitsEnd), "ZZ")) {
            text.findings().add(RegexDetector.finding(id(), kind(), runStart, digitsEnd, 0.8,
                    "phone number in a chat link (wa.me/447700900123)"));
            return;
        }
        String run = s.substring(runStart, runEnd).strip();
        if (DATE_OR_VERSION.matcher(run).matches() || yearRange(run) || DATE_RANGE.matcher(run).matches() || CNPJ.matcher(run).matches()
                || quantity(s, runStart, runEnd, run)) {
            return;
        }
        boolean bare = isBareDigits(s, runStart, runEnd);
        boolean record = namesRecord(s, runStart);
        boolean phoneSaid = text.hasWord(phoneCues, 0, s.length());
        if (!bare && codePrefixed(s, runStart, text.hasWord(taxIdWords, 0, s.length())) && !phoneSaid) {
            return; // "USt-IdNr. DE 234 567 891", "grid ref SU 3712 1584": an id after its country or grid letters
        }
        // a bare number is a phone only where a word says phone; a grouped one after a record's word too ("Support
        // ticket SR 3-31415926535", "HS code 8471.30.0100")
        if (bare && record || (bare || record) && !phoneSaid) {
            return;
        }
        if (!phoneSaid && text.hasWord(companyIdWords, 0, s.length())) {
            return; // "Organisationsnummer 556036-0793", "Company EIN on invoices is 84-1932770": a company's number
        }
        int from = Math.max(0, runStart - 1);
        int to = Math.min(s.length(), runEnd + 1);
        String window = internationalPrefixAsPlus(s.substring(from, to), runStart - from);
        // "0044 ..." is read as " +44 ...": a number found from its '+' starts at the "00"
        int prefixAt = window.startsWith(" +", runStart - from) ? runStart : -1;
        boolean international = s.charAt(runStart) == '+' || prefixAt >= 0;
        String digits = Checks.digitsOf(s.substring(runStart, runEnd));
        for (String region : international ? List.of("ZZ") : regions) {
            if (!international && digits.length() <= 13 && !util.isPossibleNumber(digits, region)) {
                continue; // cheap: this many digits cannot be one national number of this region
            }
            if (!international && digits.charAt(0) != '0' && trunkPrefixRegions.contains(region)) {
                continue; // cheap: a national number there opens with its trunk prefix '0' (see withTrunkPrefix)
            }
            find(text, window, from, prefixAt, region, international, Leniency.VALID);
            if (!text.isFree(runStart, runEnd)) {
                return;
            }
        }
        if (!international && digits.length() >= 10 && digits.charAt(0) != '0' && text.isFree(runStart, runEnd)
                && phoneSaid
                && validWithPlus(digits)) {
            // "celular: 56 9 6123 4587": said as a phone, a country's code written without its '+'
            int end = s.charAt(runEnd - 1) == ')' ? runEnd - 1 : runEnd;
            text.findings().add(RegexDetector.finding(id(), kind(), runStart, end, 0.8,
                    "phone number in international form without its '+'"));
            return;
        }
        if (international && phoneSaid) {
            // "Mobile +44 7911 499188": said as a phone, a number in a range not yet allocated (or one
            // libphonenumber's data does not know yet) is as private as one in an allocated range
            find(text, window, from, prefixAt, "ZZ", true, Leniency.POSSIBLE);
            if (text.isFree(runStart, runEnd) && digits.length() >= 8 && digits.length() <= 15) {
                // "WhatsApp: +52 1 33 1829 4467": a form libphonenumber no longer accepts (Mexico's mobile '1'), still
                // a '+', a country's code and as many digits as E.164 allows, said as a phone
                int end = s.charAt(runEnd - 1) == ')' ? runEnd - 1 : runEnd;
                text.findings().add(RegexDetector.finding(id(), kind(), runStart, end, 0.7,
                        "phone number in international form, said as a phone"));
            }
        }
    }

    /** The digits read as an international number (a country's code first) are a valid personal phone. */
    private boolean validWithPlus(String digits) {
        try {
            var n = util.parse("+" + digits, "ZZ");
            return util.isValidNumber(n) && PERSONAL_TYPES.contains(util.getNumberType(n));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }

    /** "2018 - 2021", "(2014-2017)": years, the later one second. */
    private static boolean yearRange(String run) {
        var m = YEAR_RANGE.matcher(run);
        return m.matches() && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2));
    }

    /** A count in thousands with a unit or currency word after it, or a currency sign before it. */
    private boolean quantity(String s, int runStart, int runEnd, String run) {
        if (!THOUSANDS.matcher(run).matches()) {
            return false;
        }
        int before = runStart;
        while (before > 0 && s.charAt(before - 1) == ' ') {
            before--;
        }
        if (before > 0 && Character.getType(s.charAt(before - 1)) == Character.CURRENCY_SYMBOL) {
            return true;
        }
        int from = runEnd;
        while (from < s.length() && s.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < s.length() && (Character.isLetter(s.charAt(to)) || Character.getType(s.charAt(to)) == Character.CURRENCY_SYMBOL
                || s.charAt(to) == '%')) {
            to++;
        }
        return to > from && quantityWords.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /**
     * Right after a word of two capitals ("DE", "SU") and not opening with a trunk prefix or '+'; a '0' may open it in a
     * text about a tax id ("BTW-nummer BE 0417.497.106").
     */
    private static boolean codePrefixed(String s, int at, boolean taxId) {
        return at >= 3 && s.charAt(at - 1) == ' ' && Character.isUpperCase(s.charAt(at - 2))
                && Character.isUpperCase(s.charAt(at - 3)) && (at < 4 || !Character.isLetterOrDigit(s.charAt(at - 4)))
                && (s.charAt(at) != '0' || taxId) && s.charAt(at) != '+' && s.charAt(at) != '(';
    }

    /** Adds the phones libphonenumber finds in the window. */
    private void find(Text text, String window, int from, int prefixAt, String region, boolean international,
            Leniency leniency) {
        for (PhoneNumberMatch m : util.findNumbers(window, region, leniency, Long.MAX_VALUE)) {
            int start = prefixAt >= 0 && from + m.start() == prefixAt + 1 ? prefixAt : from + m.start();
            int end = from + m.end();
            if (!text.isFree(start, end) || DATE_OR_VERSION.matcher(m.rawString()).matches()
                    || !international && !withTrunkPrefix(m, region) || freeNumber(m)) {
                continue;
            }
            text.findings().add(RegexDetector.finding(id(), kind(), start, end, 0.8,
                    international ? "phone number in international form"
                            : "phone number valid for region " + region));
        }
    }

    /**
     * The window with an international call prefix "00" at {@code at} written as " +", one character for one, so
     * "0044 7700 900123" and "00 49 171 2345678" are read as the international numbers they are.
     */
    private static String internationalPrefixAsPlus(String window, int at) {
        if (!window.startsWith("00", at) || at + 2 >= window.length() || window.charAt(at + 2) == '0') {
            return window;
        }
        return window.substring(0, at) + " +" + window.substring(at + 2);
    }

    /**
     * In a region of {@code phone-trunk-prefix} a number in national form starts with the trunk prefix ("0171
     * 2345678"), in one of {@code phone-trunk-prefix-fixed-line} a landline does; libphonenumber also takes them
     * without ("1714567890", a timestamp), which nobody there writes.
     */
    private boolean withTrunkPrefix(PhoneNumberMatch m, String region) {
        String prefix = util.getNddPrefixForRegion(region, true);
        boolean needed = trunkPrefixRegions.contains(region) || fixedLineTrunkPrefixRegions.contains(region)
                && util.getNumberType(m.number()) == PhoneNumberUtil.PhoneNumberType.FIXED_LINE;
        return !needed || prefix == null || Checks.digitsOf(m.rawString()).startsWith(prefix);
    }

    /**
     * A free number (0800, 1-800, 0120 ...) is a company's line, never a person's: in international form, or read as free
     * in more regions than as a landline or mobile ("020 228 8800" is free in Sweden only, and a landline in five).
     * Not a business landline: the screen masks those as phones; not shared-cost or premium rates: one region's premium
     * number is another's mobile, "090-1234-5678" in Britain and Japan.
     */
    private boolean freeNumber(PhoneNumberMatch m) {
        String raw = m.rawString();
        if (raw.startsWith("+")) {
            // in international form it reads one way only, as the match already parsed it (its digits, no extension)
            return !m.number().hasExtension() && util.getNumberType(m.number()) == PhoneNumberUtil.PhoneNumberType.TOLL_FREE;
        }
        String digits = Checks.digitsOf(raw);
        // "1-888-555-0173": a North American number by its grouping, whatever it reads as elsewhere
        List<String> readIn = NORTH_AMERICAN.matcher(raw).matches() ? List.of("US") : regions;
        int free = 0;
        int person = 0;
        for (String region : readIn) {
            try {
                com.google.i18n.phonenumbers.Phonenumber.PhoneNumber n = util.parse(digits, region);
                if (util.isValidNumber(n)) {
                    PhoneNumberUtil.PhoneNumberType type = util.getNumberType(n);
                    free += type == PhoneNumberUtil.PhoneNumberType.TOLL_FREE ? 1 : 0;
                    person += PERSONAL_TYPES.contains(type) ? 1 : 0;
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                // not a number in this region
            }
        }
        return free > person;
    }

    /** WhatsApp's and Telegram's links give a number in international form without its '+'. */
    private static boolean chatLink(String s, int at) {
        for (String link : CHAT_LINKS) {
            if (s.regionMatches(true, at - link.length(), link, 0, link.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareDigits(String s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the word before {@code at} (past '#', ':', '.' and spaces, and one connector such as "no") names a record. */
    private boolean namesRecord(String s, int at) {
        int end = gapStart(s, at);
        int start = wordStart(s, end);
        String word = s.substring(start, end).toLowerCase(Locale.ROOT);
        if (identifierConnectors.contains(word)) {
            end = gapStart(s, start);
            word = s.substring(wordStart(s, end), end).toLowerCase(Locale.ROOT);
        }
        return identifierWords.contains(word);
    }

    /** Where the few characters between a word and the number ("#", ": ", ". ") begin. */
    private static int gapStart(String s, int at) {
        int start = at;
        while (start > 0 && at - start < 3 && " #:.".indexOf(s.charAt(start - 1)) >= 0) {
            start--;
        }
        return start;
    }

    private static int wordStart(String s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
