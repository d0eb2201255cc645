package memoryimport.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.chrono.MinguoDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date forms assistants print into an ISO date ({@code 2024-05-01}), month ({@code 2024-05}) or year
 * ({@code 2024}); anything else, including impossible dates such as 2026-02-30, into null.
 *
 * <p>Numeric dates with slashes or dots ({@code 01/05/2024}) are read day first unless the export itself shows
 * month-first order (a first number above 12 never occurs, a second one above 12 does): see {@link #dayFirstIn}.
 */
public final class SavedDates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    /** a time after a date, let go: "10:22", "10:22:05 AM", "10 AM", "T10:22Z", ", 10:22 UTC" */
    private static final String TIME = "(?:,?\\s*(?:T|\\s(?:at\\s+)?)\\s*\\d{1,2}(?::\\d{2}.*|\\s*[AaPp]\\.?[Mm]\\.?.*))?";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?");
    /** A Japanese era's year ("令和6年5月1日", "平成元年" is its first) or Taiwan's Minguo year ("民國113年5月1日") */
    static final String ERA_NAMES = "令和|平成|昭和|民國|民国";
    private static final Pattern ERA_CJK = Pattern.compile("(" + ERA_NAMES + ")\\s*(\\d{1,3}|元)\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");
    /** Korean writes a numeric date year first with a period and a space after each part: "2024. 6. 3." */
    private static final Pattern SPACED_DOTS = Pattern.compile("(\\d{4})\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})\\.?");
    /** Vietnamese names the month by its number: "ngày 1 tháng 5 năm 2024", "1 tháng 5, 2024", "tháng 5 năm 2024" */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?iu)(?:(?:ngày\\s+)?(\\d{1,2})\\s+)?tháng\\s+(\\d{1,2})(?:\\s+năm|,)?\\s+(\\d{4})");
    /** "Mon, 01 May 2024", "Monday, May 1, 2024": the weekday says nothing the date does not */
    private static final Pattern WEEKDAY = Pattern.compile("^\\p{L}{2,9}\\.?,\\s+");
    /** tried only where a number starts a word (see {@link #dayFirstIn}), so it needs no leading \\b */
    private static final Pattern NUMERIC_HERE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](?:\\d{2}|\\d{4})\\b");
    /** a day of the month, with an English, French ("1er") or Iberian ("1º") ordinal ending */
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°|ª)?\\.?";
    /** A month's name: letters and the marks of scripts that write vowels as marks (Thai, Devanagari), and Thai's
     * abbreviations with a period inside ("พ.ค.") */
    static final String MONTH_NAME = "([\\p{L}\\p{M}]+(?:\\.[\\p{L}\\p{M}]+)*)";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH_NAME + "\\.?\\s+" + DAY + ",?\\s+(\\d{4})" + TIME);
    /** The word or letter for "year" some languages write after it: "5 мая 2024 г.", "5 травня 2024 р.", "5 maja 2024 r." */
    static final String YEAR_SUFFIX = "(?:\\s*(?:г|р|r)\\.|\\s+(?:года|року|roku))?";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(DAY + "\\s+(?:of\\s+|de\\s+)?" + MONTH_NAME + "\\.?,?\\s+(?:de\\s+)?(\\d{4})" + YEAR_SUFFIX + TIME);
    /** Year first, each part closed by a period, as Hungarian writes it: "2024. március 5." */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})\\.\\s+(\\p{L}+)\\.?\\s+(\\d{1,2})\\.?" + TIME);
    /**
     * The word some languages put before a date, "le 3 mai 2024", "am 3. Mai 2024", "on May 3, 2024", "el 3 de mayo de
     * 2024", "il 3 maggio 2024", "op 3 mei 2024", "em 3 de maio de 2024": read past.
     */
    static final String DATE_PREPOSITION = "(?i:on|am|le|el|il|op|em)\\s+";
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(DATE_PREPOSITION);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_NAME + "\\.?,?\\s+(?:de\\s+)?(\\d{4})");

    /**
     * Month names and their common abbreviations (each also read with a period after it) in English, German, French,
     * Spanish, Portuguese, Dutch, Italian and Hungarian; the full names, and the forms a date takes ("1. května", "12
     * maja", "5 березня", "5 Μαρτίου", "5 במרץ"), in the Scandinavian languages, Polish, Czech, Turkish, Russian,
     * Ukrainian, Finnish, Romanian, Greek and Hebrew; Arabic (Egyptian and Gulf, Levantine, Maghrebi names), Persian,
     * Hindi, Thai (and its abbreviations), Indonesian and Malay, Swahili and Filipino.
     */
    private static final Map<String, Integer> MONTHS = months(
            "january jan januar jän jänner janvier janv enero ene janeiro januari gennaio gen"
                    + " stycznia styczeń ledna leden ocak января январь tammikuuta tammikuu ianuarie"
                    + " січня січень január ιανουαρίου ιανουάριος ינואר בינואר"
                    + " يناير جانفي ژانویه जनवरी มกราคม ม.ค",
            "february feb februar février fevrier févr fevr febrero fevereiro fev februari febbraio"
                    + " lutego luty února únor şubat февраля февраль helmikuuta helmikuu februarie"
                    + " лютого лютий február febr φεβρουαρίου φεβρουάριος פברואר בפברואר"
                    + " فبراير شباط فيفري فوریه फ़रवरी फरवरी กุมภาพันธ์ ก.พ pebrero",
            "march mar märz maerz mär mars marzo março marco maart mrt marts"
                    + " marca marzec března březen mart марта март maaliskuuta maaliskuu martie"
                    + " березня березень március márc μαρτίου μάρτιος מרץ במרץ"
                    + " مارس آذار मार्च มีนาคม มี.ค maret machi mac marso",
            "april apr avril avr abril abr aprile"
                    + " kwietnia kwiecień dubna duben nisan апреля апрель huhtikuuta huhtikuu aprilie"
                    + " квітня квітень április ápr απριλίου απρίλιος אפריל באפריל"
                    + " أبريل ابريل إبريل نيسان أفريل آوریل अप्रैल เมษายน เม.ย aprili",
            "may mai mayo maio mei maggio mag maj"
                    + " maja května květen mayıs мая май toukokuuta toukokuu"
                    + " травня травень május máj μαΐου μάιος מאי במאי"
                    + " مايو أيار ماي مه मई พฤษภาคม พ.ค",
            "june jun juni juin junio junho giugno giu"
                    + " czerwca czerwiec června červen haziran июня июнь kesäkuuta kesäkuu iunie"
                    + " червня червень június jún ιουνίου ιούνιος יוני ביוני"
                    + " يونيو حزيران جوان ژوئن जून มิถุนายน มิ.ย hunyo",
            "july jul juli juillet juil julio julho luglio lug"
                    + " lipca lipiec července červenec temmuz июля июль heinäkuuta heinäkuu iulie"
                    + " липня липень július júl ιουλίου ιούλιος יולי ביולי"
                    + " يوليو تموز جويلية ژوئیه जुलाई กรกฎาคม ก.ค julai hulyo",
            "august aug août aout agosto ago augustus augusti"
                    + " sierpnia sierpień srpna srpen ağustos августа август elokuuta elokuu"
                    + " серпня серпень augusztus αυγούστου αύγουστος אוגוסט באוגוסט"
                    + " أغسطس اغسطس آب أوت اوت अगस्त สิงหาคม ส.ค agustus ogos agosti",
            "september sep sept septembre septiembre setiembre set setembro settembre"
                    + " września wrzesień září eylül сентября сентябрь syyskuuta syyskuu septembrie"
                    + " вересня вересень szeptember szept σεπτεμβρίου σεπτέμβριος ספטמבר בספטמבר"
                    + " سبتمبر أيلول سپتامبر सितंबर सितम्बर กันยายน ก.ย septemba setyembre",
            "october oct oktober okt octobre octubre outubro out ottobre ott"
                    + " października październik října říjen ekim октября октябрь lokakuuta lokakuu octombrie"
                    + " жовтня жовтень október οκτωβρίου οκτώβριος אוקטובר באוקטובר"
                    + " أكتوبر اكتوبر اکتبر अक्टूबर ตุลาคม ต.ค oktoba oktubre",
            "november nov novembre noviembre novembro"
                    + " listopada listopad listopadu kasım ноября ноябрь marraskuuta marraskuu noiembrie"
                    + " листопада листопад νοεμβρίου νοέμβριος נובמבר בנובמבר"
                    + " نوفمبر نوامبر नवंबर नवम्बर พฤศจิกายน พ.ย novemba nobyembre",
            "december dec dez dezember décembre decembre déc diciembre dic dezembro dicembre desember"
                    + " grudnia grudzień prosince prosinec aralık декабря декабрь joulukuuta joulukuu decembrie"
                    + " грудня грудень δεκεμβρίου δεκέμβριος דצמבר בדצמבר"
                    + " ديسمبر دسامبر दिसंबर दिसम्बर ธันวาคม ธ.ค desemba disyembre disember");

    /** The years at which the Solar Hijri calendar's leap cycle changes (jalaali's breaks) */
    private static final int[] SOLAR_HIJRI_BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060,
            2097, 2192, 2262, 2324, 2394, 2456, 3178};

    /** The months of the Solar Hijri calendar, Iran's and Afghanistan's (Persian names), read into Gregorian dates */
    private static final Map<String, Integer> SOLAR_HIJRI_MONTHS = months("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد",
            "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    /** 9999-12-31T23:59:59Z */
    private static final double LAST_EPOCH_SECOND = 253_402_300_799d;

    /** A memory saved before 1900 or after 2100 is a typo or a placeholder ("[0000-01-01]"): undated. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private SavedDates() {
    }

    /** Reads a date with numeric day/month order day first. */
    public static String parse(String raw) {
        return parse(raw, true);
    }

    public static String parse(String raw, boolean dayFirst) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        boolean persianDigits = false;
        if (hasOtherDigits(s)) {
            persianDigits = s.chars().anyMatch(c -> c >= '\u06F0' && c <= '\u06F9');
            s = asciiDigits(s);
        }
        if (isPlainIsoDate(s)) { // the commonest form, without a matcher
            return date(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        Matcher m;
        if ((m = ISO_DATE.matcher(s)).matches()) {
            // Iran writes its own calendar's dates in Persian digits: "۱۴۰۳/۰۲/۱۲"
            return persianDigits ? solarHijri(num(m, 1), num(m, 2), num(m, 3)) : date(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            return month(num(m, 1), num(m, 2));
        }
        if (YEAR.matcher(s).matches()) {
            return s;
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            int year = fullYear(num(m, 4));
            int first = num(m, 1);
            int second = num(m, 3);
            // a date only valid in one order is read in that order, whatever the export's usual order
            boolean firstIsDay = first > 12 || second <= 12 && dayFirst;
            return firstIsDay ? date(year, second, first) : date(year, first, second);
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = CJK.matcher(s)).matches()) {
            return m.group(3) == null ? month(num(m, 1), num(m, 2)) : date(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = ERA_CJK.matcher(s)).matches()) {
            return eraDate(m);
        }
        if ((m = SPACED_DOTS.matcher(s)).matches()) {
            return date(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = VIETNAMESE.matcher(s)).matches()) {
            return m.group(1) == null ? month(num(m, 3), num(m, 2)) : date(num(m, 3), num(m, 2), num(m, 1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches() && monthOf(m.group(1)) > 0) {
            return date(num(m, 3), monthOf(m.group(1)), num(m, 2));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            if (monthOf(m.group(2)) > 0) {
                return date(num(m, 3), monthOf(m.group(2)), num(m, 1));
            }
            Integer solar = SOLAR_HIJRI_MONTHS.get(m.group(2));
            if (solar != null) {
                return solarHijri(num(m, 3), solar, num(m, 1));
            }
        }
        if ((m = YEAR_MONTH_DAY.matcher(s)).matches() && monthOf(m.group(2)) > 0) {
            return date(num(m, 1), monthOf(m.group(2)), num(m, 3));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches() && monthOf(m.group(1)) > 0) {
            return month(num(m, 2), monthOf(m.group(1)));
        }
        if (s.length() > 4 && (s.charAt(2) == ' ' || s.charAt(3) == ' ') && (m = LEADING_PREPOSITION.matcher(s)).lookingAt()) {
            return parse(s.substring(m.end()), dayFirst);
        }
        if ((m = WEEKDAY.matcher(s)).lookingAt()) {
            String rest = s.substring(m.end());
            return rest.chars().anyMatch(Character::isLetter) ? parse(rest, dayFirst) : null;
        }
        return null;
    }

    /**
     * A date field of a structured export (a JSON string, a CSV cell): also epoch seconds or milliseconds written as
     * digits, "1714953600", as a spreadsheet or a script writes a timestamp.
     */
    public static String parseStamp(String raw, boolean dayFirst) {
        String s = raw == null ? "" : raw.strip();
        if (s.length() >= 9 && s.length() <= 13 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return epochDate(Double.parseDouble(s));
        }
        return parse(s, dayFirst);
    }

    /** Seconds, or milliseconds when past the year 5138 in seconds; null before 1970 or after 9999. */
    static String epochDate(double epoch) {
        double seconds = epoch > 100_000_000_000d ? epoch / 1000 : epoch;
        if (!(seconds >= 0 && seconds <= LAST_EPOCH_SECOND)) {
            return null;
        }
        return Instant.ofEpochSecond((long) seconds).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * Whether the numeric dates of one export read day first: yes unless some date's second number is above 12 and
     * no date's first number is, which only month-first writing produces.
     */
    public static boolean dayFirstIn(CharSequence export) {
        boolean firstAbove12 = false;
        boolean secondAbove12 = false;
        Matcher m = NUMERIC_HERE.matcher(export);
        int length = export.length();
        // a regex find() checks a word boundary at every character of the export; only digits can start a date
        for (int i = 0; i < length; i++) {
            char c = export.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !isWordChar(export.charAt(i - 1)))) {
                m.region(i, length);
                if (m.lookingAt()) {
                    firstAbove12 |= num(m, 1) > 12;
                    secondAbove12 |= num(m, 2) > 12;
                    i = m.end() - 1;
                }
            }
        }
        return firstAbove12 || !secondAbove12;
    }

    /** Whether {@code s} has a decimal digit of another script (Arabic-Indic, Persian, Devanagari, full-width...). */
    private static boolean hasOtherDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x660 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} with every decimal digit as its ASCII digit, one character for one. */
    private static String asciiDigits(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 0x660 && Character.isDigit(chars[i])) {
                chars[i] = (char) ('0' + Character.digit(chars[i], 10));
            }
        }
        return new String(chars);
    }

    /** A date of a Japanese era or of Taiwan's Minguo calendar, as a Gregorian one; a month when no day is given. */
    private static String eraDate(Matcher m) {
        int year = m.group(2).equals("元") ? 1 : num(m, 2); // 元年: an era's first year
        int month = num(m, 3);
        int day = m.group(4) == null ? 1 : num(m, 4);
        LocalDate gregorian;
        try {
            gregorian = switch (m.group(1)) {
                case "令和" -> LocalDate.from(JapaneseDate.of(JapaneseEra.REIWA, year, month, day));
                case "平成" -> LocalDate.from(JapaneseDate.of(JapaneseEra.HEISEI, year, month, day));
                case "昭和" -> LocalDate.from(JapaneseDate.of(JapaneseEra.SHOWA, year, month, day));
                default -> LocalDate.from(MinguoDate.of(year, month, day));
            };
        } catch (DateTimeException impossible) {
            return null;
        }
        return m.group(4) == null ? month(gregorian.getYear(), gregorian.getMonthValue())
                : date(gregorian.getYear(), gregorian.getMonthValue(), gregorian.getDayOfMonth());
    }

    /**
     * A Solar Hijri (Iranian) date as a Gregorian one. java.time has no such chronology and ICU4J (14 MB) would be
     * there for this alone; this is the break-year method of the jalaali library (Borkowski's), exact for these years.
     */
    static String solarHijri(int year, int month, int day) {
        if (year < 1279 || year > 1479 || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            return null;
        }
        int jp = SOLAR_HIJRI_BREAKS[0];
        int jump = 0;
        int leapJ = -14;
        for (int i = 1; i < SOLAR_HIJRI_BREAKS.length; i++) {
            int jm = SOLAR_HIJRI_BREAKS[i];
            jump = jm - jp;
            if (year < jm) {
                break;
            }
            leapJ += jump / 33 * 8 + jump % 33 / 4;
            jp = jm;
        }
        int n = year - jp;
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int gy = year + 621;
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int nowruzInMarch = 20 + leapJ - leapG; // the March day of 1 Farvardin
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = ((n + 1) % 33 - 1) % 4; // 0: a leap year, whose Esfand has 30 days
        if (month == 12 && day == 30 && leap != 0) {
            return null;
        }
        int dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
        LocalDate gregorian = LocalDate.of(gy, 3, nowruzInMarch).plusDays(dayOfYear);
        return date(gregorian.getYear(), gregorian.getMonthValue(), gregorian.getDayOfMonth());
    }

    /** True when the text reads as a date, for telling a leading date from leading text. */
    public static boolean isDate(String raw) {
        return parse(raw, true) != null;
    }

    /** True for a month's name or abbreviation in a language this class reads ("May", "janv", "März"). */
    public static boolean isMonthName(String word) {
        return monthOf(word) > 0;
    }

    /** A character \\b counts as part of a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int monthOf(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /** yyyy-mm-dd and nothing else, as {@link #ISO_DATE} would read it */
    private static boolean isPlainIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int fullYear(int year) {
        return year < 100 ? 2000 + year : year;
    }

    private static String date(int year, int month, int day) {
        year = gregorianYear(year);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static String month(int year, int month) {
        year = gregorianYear(year);
        return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 ? YearMonth.of(year, month).toString() : null;
    }

    /** A year of the Thai Buddhist era ("1 พ.ค. 2567", "12/07/2567"), 543 years ahead, as the Gregorian one. */
    private static int gregorianYear(int year) {
        return year >= FIRST_YEAR + 543 && year <= LAST_YEAR + 543 ? year - 543 : year;
    }

    private static Map<String, Integer> months(String... namesPerMonth) {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < namesPerMonth.length; i++) {
            for (String name : namesPerMonth[i].split(" ")) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
