package memoryimport.classify.sensitive;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Check digits and small text checks used by the detectors. Never logs or returns a value. */
public final class Checks {

    private Checks() {
    }

    public static String digitsOf(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static int countDigits(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /** Base64 whose decoded head is a PEM private key's BEGIN line ("-----BEGIN RSA PRIVATE KEY-----"). */
    public static boolean base64PrivateKey(String value) {
        String head = value.substring(0, Math.min(value.length(), 64) / 4 * 4);
        try {
            String pem = new String(java.util.Base64.getDecoder().decode(head), java.nio.charset.StandardCharsets.ISO_8859_1);
            return pem.startsWith("-----BEGIN") && pem.contains("PRIVATE KEY");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Luhn (mod 10) over a digit string. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /** 12 to 19 digits, Luhn valid, with a card-network prefix (Visa, Mastercard, Amex, Discover, JCB, ...). */
    public static boolean card(String value) {
        String d = digitsOf(value);
        if (d.length() < 12 || d.length() > 19 || !luhn(d)) {
            return false;
        }
        if (d.chars().distinct().count() < 2) {
            return false; // 0000 0000 0000 0000 and the like
        }
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p4 = Integer.parseInt(d.substring(0, 4));
        // Visa, Mastercard, Amex, Diners, JCB, Discover/UnionPay/RuPay (6); 50 and 56-58: Maestro and the national cards
        // there (Elo, Verve, Meeza, RuPay 508); 2200-2204: Mir
        return d.charAt(0) == '4' || (p2 >= 50 && p2 <= 58) || (p4 >= 2221 && p4 <= 2720) || p2 == 34 || p2 == 37
                || p2 == 30 || p2 == 36 || p2 == 38 || p2 == 35 || d.charAt(0) == '6' || (p4 >= 2200 && p4 <= 2204);
    }

    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30),
            Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22),
            Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25),
            Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VG", 24), Map.entry("XK", 20));

    /** The length of this country's IBAN ("FR": 27), any case; -1 for a country not known. */
    public static int ibanLength(String country) {
        return IBAN_LENGTHS.getOrDefault(country.toUpperCase(Locale.ROOT), -1);
    }

    /** IBAN: trims the match to the country's length and checks mod 97; returns the end offset or -1. */
    public static int ibanEnd(String text, int start, int end) {
        String country = text.substring(start, Math.min(end, start + 2));
        int known = ibanLength(country);
        if (known < 0 && !country.equals(country.toUpperCase(Locale.ROOT))) {
            return -1; // an IBAN not in capitals only for a country whose IBAN length is known: fewer chance matches
        }
        StringBuilder compact = new StringBuilder(34);
        int[] endAt = new int[40];
        char separator = 0;
        for (int i = start; i < end && compact.length() < 34; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '.') {
                // groups joined by '-' or '.' ("DE89-3704-0044-..."): one kind throughout, and only for a country
                // whose IBAN length is known, so that a dashed product code is not tried at every length
                if (separator != 0 && separator != c || c != ' ' && known < 0) {
                    break;
                }
                separator = c;
            } else {
                compact.append(c);
                endAt[compact.length()] = i + 1;
            }
        }
        if (known > 0) {
            return compact.length() >= known && mod97(compact.substring(0, known)) ? endAt[known] : -1;
        }
        if (!compact.toString().equals(compact.toString().toUpperCase(Locale.ROOT))) {
            return -1; // a country of no known length in small letters is words ("NR 3500 planning for the 2025 …")
        }
        for (int len = compact.length(); len >= 15; len--) {
            // tried at every length, one in 97 passes by chance: the value must end where a word does, not in
            // the middle of one ("TQ 30075 80245 for th|e site survey")
            int at = endAt[len];
            if ((at >= text.length() || !Character.isLetterOrDigit(text.charAt(at))) && mod97(compact.substring(0, len))) {
                return at;
            }
        }
        return -1;
    }

    static boolean mod97(String iban) {
        String r = iban.substring(4) + iban.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? Character.toUpperCase(c) - 'A' + 10 : -1;
            if (v < 0 || v > 35) {
                return false;
            }
            mod = v >= 10 ? (mod * 100 + v) % 97 : (mod * 10 + v) % 97;
        }
        return mod == 1;
    }

    /** The sum of the leading digits, each times its weight: the first step of most national ids' check digits. */
    private static int weightedSum(CharSequence digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /**
     * Czech account "19-2000145399/0800": a bank code the CNB issued, and prefix and number each pass its mod-11 check
     * (weights 10,5,8,4,2,1 and 6,3,7,9,10,5,8,4,2,1, the digits aligned right), the number not all zeros but one.
     */
    public static boolean czechAccount(String value, Set<String> bankCodes) {
        int slash = value.indexOf('/');
        if (slash < 0 || !bankCodes.contains(value.substring(slash + 1))) {
            return false;
        }
        String account = value.substring(0, slash);
        int dash = account.indexOf('-');
        String prefix = "000000" + (dash < 0 ? "" : account.substring(0, dash));
        String number = "0000000000" + account.substring(dash + 1);
        return weightedSum(prefix.substring(prefix.length() - 6), 10, 5, 8, 4, 2, 1) % 11 == 0
                && weightedSum(number.substring(number.length() - 10), 6, 3, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0
                && countDigits(number.replace("0", "")) >= 2;
    }

    /** Polish NRB: 26 digits, the IBAN without its "PL", valid by the same mod 97. */
    public static boolean polishNrb(String value) {
        String d = digitsOf(value);
        return d.length() == 26 && mod97("PL" + d);
    }

    /** Polish PESEL: 11 digits, a real month (the century coded in it) and day, and the weighted check digit. */
    public static boolean pesel(String value) {
        String d = digitsOf(value);
        if (d.length() != 11) {
            return false;
        }
        int month = Integer.parseInt(d.substring(2, 4)) % 20;
        int day = Integer.parseInt(d.substring(4, 6));
        int sum = weightedSum(d, 1, 3, 7, 9, 1, 3, 7, 9, 1, 3);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (10 - sum % 10) % 10 == d.charAt(10) - '0';
    }

    /** Turkish T.C. kimlik number: 11 digits, no leading 0, and its two check digits. */
    public static boolean turkishId(String value) {
        String d = digitsOf(value);
        if (d.length() != 11 || d.charAt(0) == '0') {
            return false;
        }
        int[] n = new int[11];
        for (int i = 0; i < 11; i++) {
            n[i] = d.charAt(i) - '0';
        }
        int odd = n[0] + n[2] + n[4] + n[6] + n[8];
        int even = n[1] + n[3] + n[5] + n[7];
        int tenth = ((odd * 7 - even) % 10 + 10) % 10;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += n[i];
        }
        return n[9] == tenth && n[10] == sum % 10;
    }

    /** Israeli identity number (teudat zehut): up to 9 digits, zero-padded, Luhn-like with weights 1 and 2. */
    public static boolean israeliId(String value) {
        String d = digitsOf(value);
        if (d.length() < 8 || d.length() > 9 || d.chars().distinct().count() == 1) {
            return false;
        }
        return luhn("0".repeat(9 - d.length()) + d); // weights 1, 2, 1, ... from the left: Luhn on nine digits
    }

    /** Portuguese NIF (número de contribuinte): 9 digits, a person's starting 1, 2 or 3, and the mod-11 check digit. */
    public static boolean portugueseNif(String value) {
        String d = digitsOf(value);
        if (d.length() != 9 || "123".indexOf(d.charAt(0)) < 0 || d.chars().distinct().count() == 1) {
            return false;
        }
        int check = 11 - weightedSum(d, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
        return (check >= 10 ? 0 : check) == d.charAt(8) - '0';
    }

    /** Russian SNILS: 11 digits, the last two the sum of the first nine weighted 9..1, mod 101 (100 and 101 give 0). */
    public static boolean snils(String value) {
        String d = digitsOf(value);
        if (d.length() != 11 || d.chars().distinct().count() == 1) {
            return false;
        }
        int sum = weightedSum(d, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        int check = sum % 101 == 100 ? 0 : sum % 101;
        return check == Integer.parseInt(d.substring(9));
    }

    /** Russian INN of a person (12 digits, two check digits) or an organisation (10 digits, one). */
    public static boolean russianInn(String value) {
        String d = digitsOf(value);
        if (d.length() == 10) {
            return innDigit(d, 2, 4, 10, 3, 5, 9, 4, 6, 8) == d.charAt(9) - '0';
        }
        return d.length() == 12 && innDigit(d, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8) == d.charAt(10) - '0'
                && innDigit(d, 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8) == d.charAt(11) - '0';
    }

    private static int innDigit(String d, int... weights) {
        return weightedSum(d, weights) % 11 % 10;
    }

    /** Ukrainian RNOKPP (ІПН): 10 digits and the check digit of the first nine weighted -1, 5, 7, 9, 4, 6, 10, 5, 7. */
    public static boolean ukrainianTaxNumber(String value) {
        String d = digitsOf(value);
        if (d.length() != 10 || d.chars().distinct().count() == 1) {
            return false;
        }
        int sum = weightedSum(d, -1, 5, 7, 9, 4, 6, 10, 5, 7);
        return (sum % 11 + 11) % 11 % 10 == d.charAt(9) - '0';
    }

    /** Greek AMKA: 11 digits opening with the birth date (DDMMYY), Luhn-valid. */
    public static boolean greekAmka(String value) {
        String d = digitsOf(value);
        if (d.length() != 11) {
            return false;
        }
        int day = Integer.parseInt(d.substring(0, 2));
        int month = Integer.parseInt(d.substring(2, 4));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12 && luhn(d);
    }

    /** Greek AFM (tax number): 9 digits, the first eight weighted by powers of two, mod 11, mod 10. */
    public static boolean greekAfm(String value) {
        String d = digitsOf(value);
        if (d.length() != 9 || d.chars().distinct().count() == 1) {
            return false;
        }
        return weightedSum(d, 256, 128, 64, 32, 16, 8, 4, 2) % 11 % 10 == d.charAt(8) - '0';
    }

    /** Romanian CNP: 13 digits, the first 1-9, and the check digit by the weights 279146358279 (10 gives 1). */
    public static boolean romanianCnp(String value) {
        String d = digitsOf(value);
        if (d.length() != 13 || d.charAt(0) == '0') {
            return false;
        }
        int sum = weightedSum(d, 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9);
        int check = sum % 11 == 10 ? 1 : sum % 11;
        return check == d.charAt(12) - '0';
    }

    /** Hungarian TAJ: 9 digits, the first eight weighted 3 and 7 in turn, mod 10. */
    public static boolean hungarianTaj(String value) {
        String d = digitsOf(value);
        if (d.length() != 9 || d.chars().distinct().count() == 1) {
            return false;
        }
        return weightedSum(d, 3, 7, 3, 7, 3, 7, 3, 7) % 10 == d.charAt(8) - '0';
    }

    /** Polish NIP (tax number): 10 digits and the mod-11 check digit. */
    public static boolean polishNip(String value) {
        String d = digitsOf(value);
        if (d.length() != 10) {
            return false;
        }
        return weightedSum(d, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11 == d.charAt(9) - '0';
    }

    /** Polish identity card: three letters, then the check digit and five digits. */
    public static boolean polishIdCard(String value) {
        String v = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{3}\\d{6}")) {
            return false;
        }
        int[] w = {7, 3, 1, 0, 7, 3, 1, 7, 3};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = v.charAt(i);
            sum += (Character.isLetter(c) ? c - 'A' + 10 : c - '0') * w[i];
        }
        return sum % 10 == v.charAt(3) - '0';
    }

    /** Dutch BSN (formerly sofinummer): 9 digits and the 11-check (the last digit weighs -1). */
    public static boolean bsn(String value) {
        String d = digitsOf(value);
        if (d.length() != 9 || d.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        sum -= d.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** Belgian national register number: YYMMDD, a serial and 97 - (number mod 97), born before or after 2000. */
    public static boolean belgianNationalNumber(String value) {
        String d = digitsOf(value);
        if (d.length() != 11) {
            return false;
        }
        long body = Long.parseLong(d.substring(0, 9));
        int check = Integer.parseInt(d.substring(9));
        return check == 97 - body % 97 || check == 97 - (2_000_000_000L + body) % 97;
    }

    /** Spanish DNI / NIE: 8 digits (NIE: X/Y/Z + 7) and the check letter. */
    public static boolean spanishDni(String value) {
        String v = value.replaceAll("[- ]", "").toUpperCase(Locale.ROOT);
        if (v.length() != 9) {
            return false;
        }
        char first = v.charAt(0);
        String num = "XYZ".indexOf(first) >= 0 ? "XYZ".indexOf(first) + v.substring(1, 8) : v.substring(0, 8);
        if (!num.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(num) % 23) == v.charAt(8);
    }

    /** Swedish personnummer / samordningsnummer: a real month/day and Luhn over the last 10 digits. */
    public static boolean personnummer(String value) {
        String d = digitsOf(value);
        if (d.length() == 12) {
            d = d.substring(2);
        }
        if (d.length() != 10) {
            return false;
        }
        int month = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        if (day > 60) {
            day -= 60;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhn(d);
    }

    /** French NIR (numéro de sécurité sociale): 13 digits (Corsica 2A/2B) and a 2-digit key = 97 - n mod 97. */
    public static boolean frenchNir(String value) {
        String v = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (v.length() != 15) {
            return false;
        }
        String body = v.substring(0, 13).replace("2A", "19").replace("2B", "18");
        if (!body.chars().allMatch(Character::isDigit) || !v.substring(13).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int key = Integer.parseInt(v.substring(13));
        return key == 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue();
    }

    /** Canadian SIN: 9 digits, Luhn valid, not starting with 0 or 8. */
    public static boolean canadianSin(String value) {
        String d = digitsOf(value);
        return d.length() == 9 && d.charAt(0) != '8' && luhn(d);
    }

    /**
     * German Steuer-ID: 11 digits, first not 0, and in the first 10 digits exactly one digit occurs two or three
     * times (the rest once). The ISO 7064 check digit is deliberately not required: the detector only fires when
     * the number is said to be a Steuer-ID, and hand-typed ids in exports often carry a wrong check digit.
     */
    public static boolean steuerId(String value) {
        String d = digitsOf(value);
        if (d.length() != 11 || d.charAt(0) == '0') {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[d.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int c : counts) {
            if (c > 3) {
                return false;
            }
            if (c > 1) {
                repeated++;
            }
        }
        return repeated == 1;
    }

    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
            22, 25, 24, 23};

    /** Italian codice fiscale: 16 characters and the check letter. */
    public static boolean codiceFiscale(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.length() != 16) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            int idx = Character.isDigit(c) ? c - '0' : c - 'A';
            if (idx < 0 || idx > 25) {
                return false;
            }
            sum += (i % 2 == 0) ? CF_ODD[idx] : idx; // i is 0-based: even i = odd position
        }
        return v.charAt(15) == (char) ('A' + sum % 26);
    }

    /** Brazilian CPF: 11 digits, not all the same, and its two mod-11 check digits. */
    public static boolean cpf(String value) {
        String d = digitsOf(value);
        if (d.length() != 11 || d.chars().distinct().count() == 1) {
            return false;
        }
        for (int n = 9; n <= 10; n++) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (d.charAt(i) - '0') * (n + 1 - i);
            }
            int check = sum * 10 % 11 % 10;
            if (check != d.charAt(n) - '0') {
                return false;
            }
        }
        return true;
    }

    /** Chinese resident identity number: 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X). */
    public static boolean chineseId(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        int sum = weightedSum(v, 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2);
        return v.charAt(17) == "10X98765432".charAt(sum % 11);
    }

    /** Swiss AHV/AVS number: 756, nine digits and an EAN-13 check digit. */
    public static boolean ahv(String value) {
        String d = digitsOf(value);
        if (d.length() != 13 || !d.startsWith("756")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == d.charAt(12) - '0';
    }

    /** US SSN: area not 000, 666 or 9xx; group not 00; serial not 0000. */
    /**
     * A US individual taxpayer identification number, written like an SSN: 9 first, and a middle group the IRS gives
     * ITINs (50-65, 70-88, 90-92, 94-99).
     */
    public static boolean itin(String value) {
        String d = digitsOf(value);
        if (d.length() != 9 || d.charAt(0) != '9') {
            return false;
        }
        int group = Integer.parseInt(d.substring(3, 5));
        return group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92 || group >= 94;
    }

    /** An SSN or an ITIN, the two numbers a US taxpayer is known by. */
    public static boolean usTaxpayerNumber(String value) {
        return ssn(value) || itin(value);
    }

    public static boolean ssn(String value) {
        String d = digitsOf(value);
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !d.startsWith("00", 3) && !d.endsWith("0000");
    }

    /** HTTP Basic credentials: base64 that decodes to printable "user:password". */
    public static boolean basicCredentials(String value) {
        if (!value.matches("[A-Za-z0-9+/]{4,}={0,2}") || value.length() % 4 != 0) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = java.util.Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String s = new String(decoded, java.nio.charset.StandardCharsets.UTF_8);
        int colon = s.indexOf(':');
        return colon > 0 && colon < s.length() - 1 && s.codePoints().noneMatch(Character::isISOControl)
                && s.indexOf('\uFFFD') < 0;
    }

    /** Shannon entropy in bits per character. */
    public static double entropy(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        double h = 0;
        for (int c : counts.values()) {
            double p = (double) c / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /**
     * A template's filler in place of a token's random part: one character eight times or more in a row, as in
     * "sk_test_XXXXXXXXXXXXXXXX" or "ghp_****************", which a generated token all but never has.
     */
    public static boolean hasFillerRun(String s) {
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            run = s.charAt(i) == s.charAt(i - 1) ? run + 1 : 1;
            if (run >= 8) {
                return true;
            }
        }
        return false;
    }

    /** Looks like a generated secret rather than a word: long enough, mixed classes, high entropy. */
    public static boolean secretLike(String s, int minLength, double minEntropy) {
        return secretLike(s, minLength, minEntropy, 2);
    }

    /** As {@link #secretLike(String, int, double)}, with at least {@code minClasses} of lower case, upper case, digits. */
    public static boolean secretLike(String s, int minLength, double minEntropy, int minClasses) {
        if (s.length() < minLength) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0);
        return classes >= minClasses && entropy(s) >= minEntropy;
    }

    private static final Set<String> STREET_ABBREVIATIONS = Set.of("st", "rd", "ave", "av", "avda", "dr", "ln", "ct",
            "blvd", "bd", "pl", "sq", "apt", "no", "nr", "str", "cres", "hwy", "pkwy", "cir", "mt", "ste", "fl", "n",
            "s", "e", "w", "c",
            // a building, staircase, floor or flat: "bât. B, appt 12", "esc. 2", "Whg. 4", "apto. 31", "m. 5"
            "bât", "bat", "appt", "app", "esc", "ét", "whg", "apto", "dpto", "pta", "sc", "int", "lok", "m",
            // Russian house, building and flat: "д. 5, корп. 2, кв. 12"
            "д", "корп", "стр", "кв",
            // Turkish quarter, street, avenue, boulevard, block, floor and flat: "Atatürk Mah. 34. Sok. No: 7 D. 5";
            // Mexican colonia and Portuguese left/right: "Col. Roma", "3.º Esq."
            "mah", "sok", "sk", "cad", "bulv", "blv", "kat", "d", "col", "esq", "dto", "dta");

    /** A Turkish street's ordinal number: "34. Sokak", "1. Cadde"; the dot after it ends no sentence. */
    private static final java.util.regex.Pattern ORDINAL_STREET = java.util.regex.Pattern.compile(
            "\\s+(?:Sokak|Sokağı|Sok\\.|Sk\\.|Cadde|Caddesi|Cad\\.)");

    /**
     * End of the clause that starts at {@code start}: stops at a line end, ';', brackets, a sentence-ending
     * period (not after a street abbreviation), or a joining word ("and", "which", "und", "et", "y", ...).
     */
    public static int clauseEnd(String text, int start, int minEnd, int maxLength, Set<String> stopWords) {
        int limit = Math.min(text.length(), start + maxLength);
        int i = start;
        for (; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ';' || c == '(' || c == ')' || c == '|' || c == '"' || c == '!'
                    || c == '?') {
                break;
            }
            if (c == '.' && i >= minEnd && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !STREET_ABBREVIATIONS.contains(wordBeforeDot(text, i))
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && ORDINAL_STREET.matcher(text).region(i + 1, text.length()).lookingAt())) {
                break;
            }
            if (i >= minEnd && (Character.isWhitespace(c) || c == ',') && stopWordAt(text, i + 1, stopWords)) {
                break;
            }
        }
        while (i > start && (Character.isWhitespace(text.charAt(i - 1)) || ",.:-–".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return Math.max(i, Math.min(minEnd, text.length()));
    }

    /**
     * End of a passphrase of lower-case words starting at {@code start}: the rest of the clause (to a line end, ',',
     * ';' or the end of the sentence) when it has at least {@code minWords} words of lower-case letters only, none
     * but the first of them one of {@code stopWords}; -1 otherwise.
     */
    public static int passphraseEnd(String text, int start, int minWords, Set<String> stopWords) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ',' || c == ';'
                    || (".!?".indexOf(c) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        String[] words = text.substring(start, i).split("\\s+");
        if (words.length < minWords || words.length > 12) {
            return -1;
        }
        for (int w = 0; w < words.length; w++) {
            if (!words[w].matches("\\p{Ll}+(?:['’-]\\p{Ll}+)?") || (w > 0 && stopWords.contains(words[w]))) {
                return -1;
            }
        }
        return i;
    }

    /** The index of the quote that closes the one at {@code open}, on the same line and within {@code max}; or -1. */
    public static int closingQuote(String text, int open, int max) {
        char q = text.charAt(open);
        String closers = switch (q) {
            case '“' -> "”\"";
            case '‘' -> "’'";
            case '«' -> "»";
            case '"' -> "\"”";
            default -> String.valueOf(q);
        };
        int limit = Math.min(text.length(), open + 1 + max);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (closers.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The word that ends right before {@code at}, skipping spaces; "" when there is none. */
    public static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return wordBeforeDot(text, e);
    }

    private static String wordBeforeDot(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, dot).toLowerCase(Locale.ROOT);
    }


    /** Mexican CURP: four letters, birth date, sex, state, three consonants, a homonym character and a check digit. */
    public static boolean curp(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX]"
                + "(?:AS|BC|BS|CC|CL|CM|CS|CH|DF|CX|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)"
                + "[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d")) {
            return false;
        }
        String chars = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(v.charAt(i)) * (18 - i);
        }
        return (10 - sum % 10) % 10 == v.charAt(17) - '0';
    }

    /** Argentine CBU or CVU: 22 digits, a check digit after the bank and branch (8) and one after the account (14). */
    public static boolean cbu(String value) {
        String d = digitsOf(value);
        if (d.length() != 22 || d.chars().distinct().count() == 1) {
            return false;
        }
        int[] w = {3, 1, 7, 9};
        int first = 0;
        for (int i = 0; i < 7; i++) {
            first += (d.charAt(6 - i) - '0') * w[i % 4];
        }
        int second = 0;
        for (int i = 0; i < 13; i++) {
            second += (d.charAt(20 - i) - '0') * w[i % 4];
        }
        return (10 - first % 10) % 10 == d.charAt(7) - '0' && (10 - second % 10) % 10 == d.charAt(21) - '0';
    }

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /** Base58Check, as Bitcoin writes a WIF private key: the last four bytes are the double SHA-256 of the rest. */
    public static boolean base58Check(String value) {
        BigInteger n = BigInteger.ZERO;
        for (int i = 0; i < value.length(); i++) {
            int d = BASE58.indexOf(value.charAt(i));
            if (d < 0) {
                return false;
            }
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(d));
        }
        byte[] raw = n.toByteArray();
        int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int length = raw.length - skip;
        if (length < 5) {
            return false;
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(raw, skip, length - 4);
            byte[] hash = sha.digest(sha.digest());
            for (int i = 0; i < 4; i++) {
                if (hash[i] != raw[skip + length - 4 + i]) {
                    return false;
                }
            }
            return true;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean stopWordAt(String text, int i, Set<String> stopWords) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > i && stopWords.contains(text.substring(i, e).toLowerCase(Locale.ROOT));
    }
}
