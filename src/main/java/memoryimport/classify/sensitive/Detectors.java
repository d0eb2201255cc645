package memoryimport.classify.sensitive;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import memoryimport.model.RuleFiles;
import memoryimport.model.TextCase;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;
import static memoryimport.classify.SensitivePolicy.BANK_ACCOUNT;
import static memoryimport.classify.SensitivePolicy.BIRTH_DATE;
import static memoryimport.classify.SensitivePolicy.BUSINESS_ID;
import static memoryimport.classify.SensitivePolicy.CARD;
import static memoryimport.classify.SensitivePolicy.CREDENTIAL;
import static memoryimport.classify.SensitivePolicy.EMAIL;
import static memoryimport.classify.SensitivePolicy.GOVERNMENT_ID;
import static memoryimport.classify.SensitivePolicy.HOME_ADDRESS;
import static memoryimport.classify.SensitivePolicy.IBAN;
import static memoryimport.classify.SensitivePolicy.MESSENGER_ID;
import static memoryimport.classify.SensitivePolicy.PHONE;

/**
 * The detector table, in priority order: earlier (stronger) detectors claim characters first, later ones skip
 * anything already claimed. Phones run last so that card numbers, ids and dates are never taken for phones.
 * Context word lists come from {@code rules/sensitive-context.txt}.
 */
public final class Detectors {

    private Detectors() {
    }

    private static final String MONTH = "(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia"
            + "|pa[zź]dziernika|listopada|grudnia" // Polish, in the genitive a date uses: "14 maja 1990"
            // and in the locative a month-and-year uses: "w lipcu 1983"
            + "|styczniu|lutym|marcu|kwietniu|czerwcu|lipcu|sierpniu|wrze[sś]niu|pa[zź]dzierniku|listopadzie|grudniu"
            + "|jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|m[aä]r(?:ch|z|s)?"
            + "|apr(?:il)?|avr(?:il)?|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|ao[uû]t"
            + "|sep(?:t(?:ember)?)?|septembre|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|d[ée]c(?:ember|embre)?"
            + "|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maj|juni"
            + "|juli|augusti|oktober|maart|mei|augustus|desember"
            // Czech, Finnish, Russian and Greek in the genitive or partitive a date uses; Turkish, Hungarian, Romanian
            + "|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
            + "|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuuta"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
            + "|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου"
            + "|νοεμβρίου|δεκεμβρίου"
            + "|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
            + "|január|február|március|április|május|június|július|augusztus|szeptember|október"
            + "|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie)\\.?";

    /**
     * A day of the month in words, as an ordinal or as a number said: "fourteenth", "twenty-first", "vierzehnten",
     * "premier", "quatorze", "catorce", "primo", "quattordici", "primeiro".
     */
    private static final String DAY_WORD = "(?<!\\p{L})(?:"
            + "(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|(?:ten|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)th|twentieth|thirtieth"
            + "|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst(?:e[nrm]?)?|(?:ein)?unddreißigst(?:e[nrm]?)?"
            + "|dreißigst(?:e[nrm]?)?|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft"
            + "|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnt)(?:e[nrm]?)?"
            + "|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
            + "|dix-(?:sept|huit|neuf)|vingt(?:-et-un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:-et-un)?"
            + "|primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis"
            + "|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho"
            + "|nueve)|treinta(?: y uno)?"
            + "|primo|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici"
            + "|sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitr[ée]|ventiquattro|venticinque"
            + "|ventisei|ventisette|ventotto|ventinove|trenta|trentuno"
            + "|primeiro|dois|três|sete|oito|dez|treze|catorze|quatorze|dezesseis|dezessete|dezoito|dezenove"
            + "|vinte(?: e (?:um|dois|três|quatro|cinco|seis|sete|oito|nove))?|trinta(?: e um)?)";

    private static final String DATE = "(?<![\\d.])(?<v>"
            // "14-May-90": a two-digit year where dashes join the day and the month's name
            + "\\d{1,2}(?:st|nd|rd|th|er|º|°)?\\.?(?:\\s+(?:of\\s+|de\\s+)?|-)" + MONTH + "(?:(?:,?\\s+(?:de\\s+)?|-)\\d{4}|-\\d{2})"
            // the year first with the month's name, as Hungarian writes it: "1990. május 14."
            + "|\\d{4}\\.?\\s+" + MONTH + "\\s+\\d{1,2}"
            // spaces after the dots, as Czech and Slovak write it: "14. 5. 1990"
            + "|\\d{1,2}\\.\\s\\d{1,2}\\.\\s\\d{4}"
            // the day in words: "the fourteenth of May 1990", "vierzehnten Mai 1990", "catorce de mayo de 1990"
            + "|" + DAY_WORD + "\\s+(?:of\\s+|de\\s+|di\\s+)?" + MONTH + "(?:,?\\s+(?:de\\s+)?)\\d{4}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})"
            + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"
            // a month in Roman numerals, as Polish and Italian write it: "14.V.1990", "3 XII 1988"
            + "|\\d{1,2}[./ ]\\s?(?-i:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[./ ]\\s?\\d{4}"
            + ")(?![\\d])";

    /** 1988年3月3日 or 1988/03/03, as written in Chinese and Japanese. */
    private static final String CJK_DATE = "(?<!\\d)(?:(?:19|20)\\d{2}\\s?[年년]\\s?\\d{1,2}\\s?[月월]\\s?\\d{1,2}\\s?[日号일]?"
            // a Japanese era year: 平成2年5月14日, 昭和60年, 令和元年
            + "|(?:明治|大正|昭和|平成|令和)\\s?(?:元|\\d{1,2})\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日"
            + "|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}"
            // the era by its letter: H2.5.14 (Heisei 2), S60/3/3
            + "|(?<![A-Za-z])[MTSHR]\\d{1,2}[./]\\d{1,2}[./]\\d{1,2})(?!\\d)";

    /** 2月14日 as written in Chinese and Japanese, without a year (the full date claims one with its year). */
    private static final String CJK_MONTH_DAY = "(?<![\\d年])\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号](?!\\d)";

    /** 記号 and 番号, as a Japan Post Bank account or a health insurance card is written. */
    private static final String JP_MARK_AND_NUMBER =
            "記号\\s*[:：]?\\s*\\d{1,8}\\s*[、,]?\\s*番号\\s*[:：]?\\s*\\d{1,8}(?!\\d)";

    /** A block number in a Japanese address, in digits or kanji: 3丁目, 三丁目. */
    private static final String JP_NUMBER = "[0-9０-９一二三四五六七八九十〇]";

    /**
     * A Japanese address: postcode and prefecture (optional), one to three municipalities (市区町村郡), the district name and its
     * block numbers, 1-2-3 or 3丁目1番1号, perhaps with a room number.
     */
    private static final String JP_ADDRESS = "(?:〒\\s?\\d{3}[-－]\\d{4}\\s*)?(?:東京都|北海道|(?:京都|大阪)府|\\p{IsHan}{2,3}県)?"
            + "(?:[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ヶ]{1,6}?[市区町村郡]){1,3}[\\p{IsHan}\\p{IsKatakana}がケヶー]{0,10}?"
            + JP_NUMBER + "{1,4}(?:丁目|[-－‐−ー])" + JP_NUMBER + "{1,4}(?:(?:番地?|[-－‐−ー])" + JP_NUMBER + "{1,4}号?)?"
            + "(?:[-－‐−ー][0-9０-９]{1,5})?(?!" + JP_NUMBER + ")";

    /** A birthday without its year: day and month in either order, not followed by a year (the full date claims those). */
    private static final String DAY_MONTH = "(?<![\\d.])(?<v>"
            + "\\d{1,2}(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:of\\s+|de\\s+)?" + MONTH
            + "|(?<!\\p{L})" + MONTH + "\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?!\\d)"
            + ")(?!\\p{L})(?!,?\\s+(?:de\\s+)?\\d{4})";

    private static final Pattern IP_ADDRESS =
            Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}\\b|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}");

    /** One recovery code: letters and digits with at least one digit, perhaps in dash-joined parts (BitLocker's eight). */
    private static final String RECOVERY_CODE = "(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9]{4,12}(?:-[A-Za-z0-9]{3,12}){0,7}(?![\\w-])";

    /**
     * After a dotted number: a '.' that goes on ("756.1234.5678.97.1") makes it part of a longer number, but a
     * sentence's full stop (a '.' before a space or the end) ends it: "Seu CPF é 529.982.247-25."
     */
    private static final String FULL_STOP_ONLY = "(?!\\.(?!\\s|$))";

    /** A Wi-Fi key, which is a password: "WLAN-Schlüssel", "code wifi", "clé WPA". */
    private static final String WIFI_KEY = "(?:wlan|wifi|wi-fi|wpa2?|netzwerk|router|network)[ -]?(?:schlüssel|schluessel|key|code)"
            + "|(?:code|clé|cle|chiave|clave)\\s+(?:du\\s+|de\\s+la\\s+|del\\s+)?(?:wifi|wi-fi|wlan|wpa2?)|digicode";

    /** Keys and secrets other than passwords: the value must look generated. */
    private static final String KEY_WORD = "(?:deploy|unseal|master|encryption|signing|recovery)[ _-]?key"
            + "|client[ _-]?secret|api[ _-]?(?:schlüssel|schluessel)|(?:chiave|clé|cle|clave|chave)\\s+(?:de\\s+)?api";

    /** Words between a credential's name and what it is for: "for the VPN", "du NAS", "do banco", "fürs WLAN". */
    private static final String CREDENTIAL_FOR = "(?:for|für|fürs|fuer|vom|zum|zur|de|del|du|des|para|pour|of|to|on|at"
            + "|della|dello|di|per|van|voor|do|da|dos|das)";

    /** The word for a password in the languages the screen reads, as a noun a sentence names it with. */
    private static final String PASSWORD_NOUN = "passwords?|passwort|kennwort|wachtwoord|senha|contraseña|has[łl]o";

    /** "is" before a PIN's or a code's value, in the languages of their labels ("PIN to 4417" as well) */
    private static final String CODE_IS = "(?:is|was|ist|es|est|è|é|to|jest|je|är|er|on)";
    /** What a door's or alarm's code is for: "door code to the office", "Torcode fürs Garagentor". */
    private static final String CODE_FOR = "(?:to|for|of|at|on|für|fürs|de|du|ke|k|na|do|till|til|för|voor|per|para|pour)";

    /** A date written as eight digits, 19900514. */
    private static final String DATE_COMPACT = "(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

    /** A vendor's prefix before a template's filler ("sk_test_XXXXXXXXXXXXXXXX") names no real token. */
    private static final Validator NOT_FILLER = Validator.value(v -> !Checks.hasFillerRun(v));

    private static final Pattern SPACED_DOT = Pattern.compile(" \\.|\\. ");

    /** XML elements that hold a credential: Maven's settings.xml, tomcat-users.xml. */
    private static final String XML_CREDENTIAL = "(?:password|passwd|pwd|passphrase|secret|token|apikey|api[_-]key"
            + "|client[_-]?secret|private[_-]?key)";

    /** A dot said in words in an e-mail address: "anna dot schmidt", "anna punkt schmidt at gmx punkt de". */
    private static final List<String> SPOKEN_DOT_WORDS = List.of("dot", "punkt", "punto", "ponto", "point", "punt", "kropka",
            "tečka", "bodka", "piste", "pont", "nokta", "точка");
    private static final String SPOKEN_DOT = "\\s+(?:DOT|" + String.join("|", SPOKEN_DOT_WORDS) + ")\\s+";

    /** '@' said in words other than "at", which may stand in brackets too: "lucia.gomez(arroba)gmail.com". */
    private static final List<String> SPOKEN_AT_KEYWORDS = List.of("arobase", "arroba", "chiocciola", "małpa", "malpa",
            "apenstaartje", "klammeraffe", "zavináč", "zavinac", "kukac", "snabel-a", "собака");
    private static final String SPOKEN_AT_WORDS = String.join("|", SPOKEN_AT_KEYWORDS);

    /** '@' said in words: "anna at gmx.de", "anna AT gmx DOT de", "arobase", "arroba", "chiocciola", "małpa". */
    private static final String SPOKEN_AT = "\\s+(?:at|AT|" + SPOKEN_AT_WORDS + "|アットマーク)\\s+";

    /** A short note in brackets after a value's name: "Personal access token (Azure DevOps): …" */
    private static final String BRACKETED_NOTE = "(?:\\s*\\([^()\\n]{1,40}\\))?";

    private static final String SAID = "(?:\\s*(?:n\\.?[°º]|nº|nr\\.|n\\.|no\\.|núm\\.|num\\.)(?=[\\s:\\d]))?"
            + "[\"']?\\s*(?:(?:is|ist|lautet|es|est|era|was|è|é|je|är|er)\\b|=|:|#|->|→|-(?=\\s))?\\s*[\"']?";

    /**
     * After an id's name: the user's own ("NIF pessoal", and the Scandinavian possessive after its noun,
     * "fødselsnummeret hennes"), a note in brackets ("Tax ID (EIN) 12-3456789"), 'is' or ':', and the number.
     */
    private static final String NATIONAL_ID_VALUE = "(?:\\s+(?:personal|pessoal|personnel(?:le)?|persönliche?|privat[eo]?"
            + "|priv[ée]e?|propi[oa]|própri[oa]|prywatny|eigene?|own|hennes|hendes|hans|mitt|mit|min|saya|ko|của tôi|من"
            // whose it is: "RUT de mi papá", "passport of my son", "CPF do meu pai"
            + "|(?:de|do|da|del|of|van|von|di)\\s+(?:mi|mis|meu|minha|my|mijn|meine[sr]?|mon|ma|mio|mia)\\s+\\p{L}+"
            // the country that gave it, after it: "mi DNI peruano es …"
            + "|(?:peruan|argentin|chilen|colombian|mexican|venezolan|ecuatorian|uruguay|paraguay|bolivian|español|espanhol"
            + "|brasileir|portugu[eê]s|italian|franc[eé]s|nigerian|kenyan|filipin|indonesi|malaysian|vietnam)\\p{L}*"
            // the body that gave it: "Versichertennummer der TK", "bei der AOK"
            + "|(?:der|des|bei\\s+der|bei)\\s+(?-i:\\p{Lu}{2,6})))?(?:\\s*\\([^()\\n]{1,20}\\))?"
            // typed in small letters too: "my IC number is t8150780a"
            + SAID + "(?<v>(?-i:[A-Z0-9]*\\d[A-Z0-9]*(?:[ ./-][A-Z0-9]*\\d[A-Z0-9]*)*|[a-z0-9]*\\d[a-z0-9]*(?:[ ./-][a-z0-9]*\\d[a-z0-9]*)*)"
            // a check character in brackets, as a Hong Kong id ends: "A123456(3)"
            + "(?:\\([0-9A]\\))?)";

    /** After a chat app's name, what is no one's handle: a version, a source file, a field of an object. */
    private static final Pattern NOT_HANDLE = Pattern.compile("(?i)v\\d[\\d._-]*|.*\\.(?:py|js|ts|tsx|jsx|java|kt|go|rb|rs|php"
            + "|c|h|cpp|cs|swift|sh|md|txt|json|ya?ml|xml|html?|css|log|csv|cfg|conf|ini|toml|lock)|(?:self|this|cls|ctx)\\..*");

    /** Where a label may start: not inside a word; Chinese and Japanese write no spaces, so a Han or kana character may touch it. */
    private static final String LABEL_START = "(?<![\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])";

    /** Labels as one alternation, longest first; one with an upper-case letter matches as written ("TRN", not "trn"). */
    private static String labelAlternatives(List<String> labels) {
        return labels.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(w -> Words.hasUpper(w) ? "(?-i:" + Pattern.quote(w) + ")" : Pattern.quote(w))
                .collect(Collectors.joining("|"));
    }

    /** The detector set over these rule files: context words, and phones over the regions they list. */
    public static List<Detector> from(RuleFiles rules) {
        return from(rules, ContextWords.load(rules));
    }

    /** As {@link #from(RuleFiles)}, over context words the caller has read from those rule files already. */
    public static List<Detector> from(RuleFiles rules, ContextWords words) {
        return table(words, PhoneDetector.from(rules, words));
    }

    public static List<Detector> table(ContextWords words, PhoneDetector phones) {
        Set<String> pointers = Set.copyOf(words.get("credential-value-pointer"));
        Set<String> stopValues = Stream.concat(words.get("credential-value-stopwords").stream(),
                pointers.stream()).collect(Collectors.toUnmodifiableSet());
        Set<String> clauseStops = Set.copyOf(words.get("address-clause-stops"));
        List<String> otherPasswordWords = words.get("password-word-other");
        List<String> birth = words.get("birth");
        String birthLabels = asContextWords(birth);
        List<String> birthAbbrev = words.get("birth-abbrev");
        String birthAbbrevs = asContextWords(birthAbbrev);
        List<String> nationalId = words.get("national-id");
        EmailValidator emails = EmailValidator.getInstance();
        Set<String> notLocal = Set.copyOf(words.get("email-not-local"));
        Set<String> tlds = Set.copyOf(words.get("email-tld"));
        Set<String> notBank = Set.copyOf(words.get("not-bank-account"));
        Set<String> czBanks = Set.copyOf(words.get("cz-bank-code"));
        Set<String> ownAccount = Set.copyOf(words.get("own-bank-account"));
        Pattern shipment = Pattern.compile("(?iu)" + anyWord(words.get("shipment")));
        Pattern ibanContext = Pattern.compile("(?iu)" + anyWord(words.get("iban-context")));
        Set<String> recordOwners = Set.copyOf(words.get("id-of-record"));
        Set<String> codeNotSecret = Set.copyOf(words.get("code-not-secret"));
        Pattern passportBefore = Pattern.compile("(?iu)" + anyWord(words.get("passport")));
        // "NIP pracodawcy: 526...": the employer's or a supplier's tax number, printed on every invoice
        Pattern companyNip = Pattern.compile("(?iu)" + anyWord(words.get("company-nip-owner").stream().map(Pattern::quote).toList()));

        Validator address = (text, start, end, m) -> {
            int e = Checks.clauseEnd(text, start, end, 160, clauseStops);
            String clause = text.substring(start, e);
            return Checks.countDigits(clause) > 0 && !IP_ADDRESS.matcher(clause).lookingAt() ? e : -1;
        };
        String businessLabels = labelAlternatives(words.get("business-id-label"));
        Set<String> quantityAfter = Set.copyOf(words.get("quantity-after"));
        Pattern phoneWord = Pattern.compile("(?iu)" + anyWord(words.get("phone-cue").stream().map(Pattern::quote).toList()));
        Pattern addressValueNot = Pattern.compile("(?iu)(?:" + String.join("|", words.get("address-value-not")) + ")");
        Validator homeAddress = notWorkPlace(words.get("work-address"), words.get("home-address"), address);
        Pattern japaneseWork = Pattern.compile(String.join("|", words.get("work-address-ja")));
        // the word touches the address, or its first character is the pattern's: look a little into it too
        Validator notAfterJapaneseWorkWord = (text, start, end, m) -> japaneseWork.matcher(
                text.substring(Math.max(0, start - 12), Math.min(end, start + 2))).find() ? -1 : end;

        Validator notThingBorn = notAnotherEvent(words.get("birth-date-other-event"), words.get("born-not-person"),
                words.get("born-verb"));
        // a label, or a word for born that says "I" by itself; those needing the user as their subject apart
        List<String> birthYearLabels = Stream.of("birth-year-label", "birth-year-born-self")
                .flatMap(g -> words.get(g).stream()).toList();
        // one person's birth said: "She was born", "Je suis née", "Bin 1992 geboren", or the word opening the entry
        Pattern firstPerson = Pattern.compile("(?iu)(?<![\\p{L}'])(?:"
                + String.join("|", words.get("first-person").stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}])[^.;!?\\n]{0,24}$");
        Pattern entryStart = Pattern.compile("[\\s\\p{P}]*");
        Pattern auxiliary = Pattern.compile("(?iu)(?<![\\p{L}'])(?:"
                + String.join("|", words.get("born-auxiliary").stream().map(Pattern::quote).toList()) + ")\\s+$");
        java.util.function.BiPredicate<String, Integer> oneBirthSaid = (text, at) -> {
            String before = text.substring(Math.max(0, at - 40), at);
            return entryStart.matcher(text).region(0, at).matches() || auxiliary.matcher(before).find()
                    || firstPerson.matcher(before).find();
        };
        List<Detector> table = new java.util.ArrayList<>(List.of(
                // ---- credentials --------------------------------------------------------------------------
                RegexDetector.of("pem-private-key", CREDENTIAL,
                        "-----BEGIN[A-Z0-9 ]{0,30} PRIVATE KEY(?: BLOCK)?-*(?s:.*?-----END[A-Z0-9 ]{0,30} PRIVATE KEY"
                                + "(?: BLOCK)?-----|.*\\z)",
                        "PEM private key block, to its END line or the end of the entry")
                        .keywords("PRIVATE KEY").score(1.0),
                // the same block base64-encoded, as a kubeconfig's client-key-data or a Kubernetes secret holds it:
                // "LS0tLS1CRUdJTi" is "-----BEGIN"; a certificate's (public) block decodes to no PRIVATE KEY
                RegexDetector.of("pem-private-key-base64", CREDENTIAL, "LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,}={0,2}",
                        "base64-encoded PEM private key block").keywords("LS0tLS1CRUdJTi")
                        .validate(Validator.value(Checks::base64PrivateKey)).score(1.0),
                RegexDetector.of("url-password", CREDENTIAL,
                        "\\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:/@]*:\\S+@[A-Za-z0-9._\\[\\]-]+(?::\\d+)?"
                                + "(?:,[A-Za-z0-9._-]+(?::\\d+)?)*",
                        "URL or connection string with a password, scheme through host")
                        .keywords("://").score(0.95),
                // a key as the URL's user, no password: Sentry DSNs, "https://<token>@github.com/org/repo"
                RegexDetector.of("url-token-user", CREDENTIAL,
                        "\\b[A-Za-z][A-Za-z0-9+.-]{1,20}://(?<v>[A-Za-z0-9_-]{16,})@[A-Za-z0-9._-]+",
                        "URL whose user part is a generated key")
                        .keywords("://").validate(Validator.value(v -> Checks.secretLike(v, 16, 3.0))).score(0.9),
                // curl -u user:password, wget --user=...: the password follows the user's ':'
                RegexDetector.of("cli-user-password", CREDENTIAL,
                        "(?<![\\w-])(?:-u|--user)[ =][\"']?[^\\s:\"'/]{1,64}:(?<v>[^\\s\"']{3,})",
                        "user:password given to a command-line tool").keywords("-u", "--user")
                        // "docker run -u 1000:1000" gives a user and group id
                        .validate(Validator.value(v -> !v.matches("\\d+"))).score(0.9),
                // a password on a database or registry client's command line: "mysql -uroot -pS3cret", "sshpass -p
                // S3cret ssh host", "docker login -u me -p dckr...", "sqlplus scott/Tiger99x@ORCL"
                RegexDetector.of("cli-password", CREDENTIAL,
                        "\\b(?:(?:mysql\\w*|mariadb\\w*|(?:docker|podman)\\s+login)\\b[^\\n]*?\\s(?:-p|--password[ =])"
                                + "|sshpass\\s+-p\\s*|sqlplus\\s+[\\w.-]+/)[\"']?(?<v>[^\\s\"'@/;]{3,})",
                        "password given to a database or registry client on its command line")
                        .keywords("mysql", "mariadb", "docker login", "podman login", "sshpass", "sqlplus")
                        .validate(Validator.value(v -> !v.matches("[-$<{%].*|\\*+"))).score(0.9),
                RegexDetector.of("aws-access-key", CREDENTIAL, "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",
                        "AWS access key id").keywords("AKIA", "ASIA").score(0.95),
                RegexDetector.of("github-token", CREDENTIAL,
                        "\\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{22,255})\\b",
                        "GitHub token").keywords("ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_").validate(NOT_FILLER)
                        .score(0.95),
                RegexDetector.of("slack-token", CREDENTIAL, "\\b(?:xox[bpaesr]|xapp)-[A-Za-z0-9-]{10,}",
                        "Slack token").keywords("xox", "xapp-").validate(NOT_FILLER).score(0.95),
                RegexDetector.of("stripe-key", CREDENTIAL, "\\b(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{10,}",
                        "Stripe key").keywords("_live_", "_test_").validate(NOT_FILLER).score(0.95),
                RegexDetector.of("ai-api-key", CREDENTIAL, "(?<![\\w-])sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}",
                        "OpenAI/Anthropic-style API key").keywords("sk-").validate(NOT_FILLER).score(0.9),
                RegexDetector.of("google-api-key", CREDENTIAL, "\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])",
                        "Google API key").keywords("AIza").validate(NOT_FILLER).score(0.95),
                RegexDetector.of("jwt", CREDENTIAL,
                        "\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}",
                        "JSON Web Token").keywords("eyJ").score(0.95),
                RegexDetector.of("webhook-url", CREDENTIAL,
                        "\\b(?:https?://)?(?:hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,}"
                                + "|(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{20,}"
                                + "|[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9@/_-]{40,}"
                                + "|outlook\\.office(?:365)?\\.com/webhook/[A-Za-z0-9@/_-]{40,}"
                                // Zapier's catch hook, IFTTT's maker key and a Google Chat space's key and token
                                + "|hooks\\.zapier\\.com/hooks/catch/\\d+/[A-Za-z0-9]{5,}/?"
                                + "|maker\\.ifttt\\.com/(?:trigger/[\\w-]+/(?:json/)?with/)?key/[A-Za-z0-9_-]{16,}"
                                + "|chat\\.googleapis\\.com/v1/spaces/[\\w-]+/messages\\?\\S*token=[\\w%-]{20,})",
                        "Slack, Discord, Microsoft Teams, Zapier, IFTTT or Google Chat webhook URL")
                        .keywords("hooks.slack.com", "/api/webhooks/", ".webhook.office.com", "outlook.office",
                                "hooks.zapier.com", "maker.ifttt.com", "chat.googleapis.com").score(0.95),
                RegexDetector.of("npm-token", CREDENTIAL, "\\bnpm_[A-Za-z0-9]{36}\\b", "npm access token")
                        .keywords("npm_").validate(NOT_FILLER).score(0.95),
                // a token whose provider's word is inside it, not before it: a Telegram bot's id before ":AA", Mailchimp's
                // data centre after its key, a Terraform Cloud key's ".atlasv1."; prefixed ones are data (vendor-token)
                RegexDetector.of("vendor-token", CREDENTIAL,
                        "\\b(?:(?<![\\d:])\\d{8,10}:AA[A-Za-z0-9_-]{33}|[a-f0-9]{32}-us\\d{1,2}"
                                + "|[a-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_-])",
                        "vendor API token (Telegram bot, Mailchimp, Terraform Cloud)")
                        .keywords(":AA", "-us", ".atlasv1.").validate(NOT_FILLER).score(0.95),
                // no fixed word in it: it opens with the bot's numeric id in base64, and an id's first digit 1-9
                // encodes as one of these nine pairs
                RegexDetector.of("discord-bot-token", CREDENTIAL,
                        "(?<![\\w.-])(?:M[Tjz]|N[DTjz]|O[DT])[A-Za-z0-9]{22,24}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])",
                        "Discord bot token").keywords("MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT").score(0.95),
                RegexDetector.of("auth-header", CREDENTIAL,
                        "(?i)\\b(?<k>bearer|basic)\\s+(?<v>[A-Za-z0-9._~+/-]{8,}=*)",
                        "bearer token or Basic credentials, as in an Authorization header").keywords("bearer", "basic")
                        .validate(authValue()).score(0.9),
                // DATABASE_PASSWORD=..., export TWILIO_AUTH_TOKEN=...: the name is upper-case and '_' joins its
                // parts, so \\b cannot find the credential word in it; the name says what the value is
                RegexDetector.of("env-credential", CREDENTIAL,
                        "(?<![A-Za-z0-9_$])(?<k>[A-Z0-9_]*(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|AUTH"
                                + "|PRIVATE_KEY|ACCESS_KEY|CREDENTIAL|SIGNATURE)[A-Z0-9_]*"
                                // short parts at the end of a name: DB_PASS, LDAP_BIND_PW, APP_KEY, HMAC_KEY, WEBHOOK_SIG
                                + "|(?:[A-Z0-9]+_)+(?:PASS|PW|KEY|SIG)"
                                // the same in lower case as in YAML or .env files: db_password, api_key, client_secret,
                                // perhaps behind an upper-case prefix (TF_VAR_db_pass)
                                + "|(?:[A-Za-z0-9]+_)+(?:password|passwd|pwd|pass|pw|secret|token|api_?key|private_key"
                                + "|access_key)(?:_[a-z0-9]+)*"
                                // names that say it whole, as a service account's JSON key: "private_key": "MII..."
                                + "|(?:private_key|client_secret|secret_key|access_token|refresh_token)(?:_[a-z0-9]+)*"
                                // a bare "key_id: 7f3a9c2e1b4d8a6f" names a key's id, which is half the key when generated
                                + "|(?i:key[_-]id)"
                                + "|api_?key)[\"']?\\s*[=:]\\s*(?<q>[\"'])?(?<v>[^\\s\"'`,;<>]+)",
                        "credential in an environment variable whose name says it is one")
                        .keywords("PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "AUTH",
                                "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "SIGNATURE", "_PASS", "_PW", "_KEY", "_SIG",
                                "_password", "_passwd", "_pwd", "_pass", "_pw", "_secret", "_token", "api_key", "apikey",
                                "private_key", "_access_key", "client_secret", "secret_key", "access_token",
                                "refresh_token", "key_id", "key-id")
                        .validate(envValue(stopValues, Set.copyOf(words.get("env-name-not-secret")))).score(0.9),
                RegexDetector.of("key-named", CREDENTIAL,
                        "(?i)\\b(?:api[ _-]?key|access[ _-]?token|auth[ _-]?token|secret[ _-]?key)\\s+"
                                + "(?<v>[A-Za-z0-9][A-Za-z0-9_-]{15,})",
                        "key or token right after its name, without 'is' or ':'").keywords("key", "token")
                        .validate(Validator.value(v -> Checks.secretLike(v, 16, 3.0))).score(0.85),
                RegexDetector.of("aws-secret-key", CREDENTIAL,
                        "(?<![A-Za-z0-9/+=])(?<v>[A-Za-z0-9/+]{32,64})(?![A-Za-z0-9/+=])",
                        "AWS secret access key near 'secret'/'aws'")
                        // 40 characters as AWS gives them; a secret copied a character short or long is still one
                        // when its letters are as random as a key's
                        .validate(Validator.value(v -> v.length() == 40 ? Checks.secretLike(v, 40, 4.0)
                                : Checks.secretLike(v, 32, 4.5, 3)))
                        .near(words.get("aws-secret"), 80, 20).score(0.85),
                RegexDetector.of("credential-said", CREDENTIAL,
                        "(?iu)\\b"
                                // German and Dutch write what the password is for into the word: "Routerpasswort",
                                // "Mailpasswort", "wifiwachtwoord"
                                + "(?:\\p{L}{2,12}?(?=passw|kennw|wachtw))?"
                                + "(?<k>passwords|passw(?:ö|oe)rter|password|passwort|kennw(?:ö|oe)rter|kennwort"
                                + "|wachtwoorden|wachtwoord|senhas|senha|palavra-passe|passcode|passphrase|pass phrase"
                                + "|contraseña|contrasena|has[łl]o|has[łl]a|hase[łl]k[oa]|parola d['’]ordine"
                                + "|mots? de passe|motdepasse|mdp|pwd|p/w|pw|passwd|pin(?:[ -]?code)?|code pin|geheimzahl|token|secret"
                                + "|" + WIFI_KEY + "|" + KEY_WORD
                                + "|api[ _-]?key|access[ _-]?key|secret[ _-]?key|account[ _-]?key"
                                + "|shared[ _-]?access[ _-]?key|clave|(?<=\\bwith\\s)pass\\b"
                                // a network device's shared secrets: SNMP's community string, a RADIUS or TACACS+ key
                                + "|community[ _-]?string|snmp(?:[ _-]?v[123]c?)?[ _-]?community|radius[ _-]?secret|shared[ _-]?secret"
                                // "db pass = ...", "Key for the weather API is ...": bare words, strict about the value
                                // "pass for the router: …", "admin pass is …" (not a ticket's: pass-not-credential)
                                + "|pass(?=\\s*[:=]|\\s+(?:is|for|to|of)\\s)|key)"
                                // the word ends there: "SharedAccessKeyName=send;SharedAccessKey=…" names no key at first
                                + "s?(?!\\p{L})"
                                // what the password is for: "for the VPN", "du NAS", "des Routers", "della VPN", "van de
                                // NAS", "do banco", and in French and Spanish a bare name after the noun: "mot de passe
                                // Gmail est ..."
                                + "(?:(?:\\s+" + CREDENTIAL_FOR + "(?:\\s+[\\p{L}\\p{N}.@'’_-]+){1,3}?"
                                + "|(?<=passe|contraseña|contrasena)\\s+[\\p{L}\\p{N}._@-]+"
                                // any phrase of up to twelve words: "Passwort meines Routers:", "password I use everywhere:",
                                // "token for the staging app we are currently testing:": the value must then look like a secret
                                // ('is' and a word with a digit end it: "Password is Tb5Nq8Vr: keep it" says the value there)
                                + "|(?<fill>(?:\\s+(?!(?:is|ist|es|est|lautet|was|jest)\\s+[^\\s:]*\\d)[\\p{L}\\p{N}@'’_-]+(?:\\.[\\p{L}\\p{N}@_-]+)*(?![\\p{L}\\p{N}])){1,12}?))?"
                                // 'é' must be a word of its own: "mot de passe oublié pour ..." says no value
                                // a note in brackets: "Personal access token (Azure DevOps): ..."
                                + BRACKETED_NOTE
                                // a quoted name, as JSON and config files write it: "password": "..."
                                + "[\"']?"
                                // Polish "to" and "jest": "hasło do Jiry to Kasztan#88"
                                // "é:" and "is:" are one; "sigue siendo", "bleibt", "remains" say it as "is" does
                                + "\\s*(?<said>(?<![\\p{L}\\p{N}])(?:is|ist|lautet|es|est|era|was|è|é|to|jest|remains|bleibt"
                                + "|sigue(?:\\s+siendo)?|segue(?:\\s+sendo)?|continúa(?:\\s+siendo)?|reste|resta)\\b(?:\\s*:)?"
                                // "token for the plugin she is testing: …": a verb in -ing and ':' after 'is' make it part
                                // of what the token is for, and the ':' says the value
                                + "(?!\\s+\\p{L}+ing\\s*:)"
                                // a dash as a label's colon: "pwd — Hunter2x"
                                + "|=>|=|:|->|→|—)"
                                // "the intranet password? It's ...": weak, the value must look like a password
                                + "|\\s*\\?\\s*it(?:['’]s|\\s+is|\\s+was)\\b"
                                // "password for the VPN Hunter2x!": without 'is' or ':', what it is for ends right
                                // before a word with a digit or symbol
                                + "|(?<forwhat>\\s+" + CREDENTIAL_FOR + "(?:\\s+[\\p{L}\\p{N}.@'’_-]+){1,3}?)"
                                + "(?=\\s+[\"'“‘«]?[^\\s\"'”’»]*[\\d!#$%&*+=@^~?])"
                                + "|)\\s*(?:(?:is|ist|es|est)\\s+)?"
                                + "(?<still>(?:still|now|currently|also|again|immer noch|noch immer|noch|weiterhin|toujours|continua a essere"
                                + "|encore|ancora|sempre|todavía|aún|ainda)\\s+)?"
                                + "(?<q>[\"'“‘«])?\\s*(?<v>[^\\s\"'”’»]+)",
                        "credential said in words (password, PIN, token ...)")
                        // a word of every alternative above that has none of the others: "chave de API",
                        // "WLAN-Code", "code du wifi" name no password, key or token
                        .keywords("pass", "pw", "kennwort", "wachtwoord", "senha", "contrase", "mot de passe", "mdp",
                                "pin", "geheimzahl", "token", "secret", "key", "clave", "hasło", "haslo", "hasła",
                                "schlüssel", "schluessel", "chiave", "chave", "clé", "cle api", "wifi", "wi-fi", "wlan",
                                "wpa", "netzwerk-code", "netzwerkcode", "netzwerk code", "hasla", "digicode",
                                "motdepasse", "p/w", "kennw", "cle de api", "hasełk", "haselk", "parola d", "community")
                        .validate(credentialValue(stopValues, pointers, words.get("credential-task"),
                                words.get("passphrase-owner"), Set.copyOf(words.get("pass-not-credential"))))
                        .score(0.85),
                RegexDetector.of("login-pair", CREDENTIAL,
                        "(?iu)\\b(?:" + String.join("|", words.get("login-label")) + ")"
                                // "Zugangsdaten für Jira: ...": what the login is for, only before ':' or '='
                                + "(?:(?:\\s+" + CREDENTIAL_FOR
                                + "(?:\\s+[\\p{L}\\p{N}.@'’_-]+){1,3}?)?(?:(?:\\s+(?:are|is|was))?\\s*[:=]\\s*|\\s+(?:are|is|was)\\s+)"
                                + "|(?:\\s+(?:are|is|was))?\\s+)"
                                + "(?:(?:user(?:name)?|login)\\s*[:=]?\\s*)?[\\p{L}\\p{N}._@+-]{2,40}"
                                // "Credentials for Jenkins are admin and Sakura67#49": 'and' joins the pair too
                                + "(?:\\s*/\\s*|\\s+(?<and>and|und|et|y|e|i|en)\\s+"
                                + "|\\s*,?\\s+(?<k>pass(?:word)?|pw|pwd)\\s*[:=]?\\s*)(?<v>[^\\s,;]+)",
                        "password right after a user name: 'user deploy, pass ...', 'login admin / ...'")
                        .keywords(words.get("login-label-keywords"))
                        .validate(loginPassword(stopValues)).score(0.85),
                // no label at all ("Jira: vhoffmann / Sommer2024!"): a lower-case user name after a ':' and a value
                // shaped like a strong password, so that "Stack: React / TypeScript5" stays
                RegexDetector.of("login-pair-any-label", CREDENTIAL,
                        "(?::\\s*[a-z][a-z0-9._-]{1,39}|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})"
                                + "\\s*/\\s*(?<v>[^\\s,;]{8,})",
                        "strong password right after a user name and '/', behind any label")
                        .keywords("/").validate(strongPassword(stopValues)).score(0.8),
                // a product's or database's own user with no label: "admin:Grafana99x", "elastic / Elastic99x";
                // the value is no path ("root/child") and no scope ("admin:read"): letters and digits, mixed
                RegexDetector.of("default-user-password", CREDENTIAL,
                        "(?i)(?<![\\w.@/:-])(?:" + String.join("|", words.get("default-login-user")) + ")"
                                + "(?::| ?/ ?)(?<v>[^\\s,;/:@]{8,64})(?![^\\s,;.!?])",
                        "password right after a default user name such as admin or root")
                        // the user with its ':' or '/': "pi" or "root" alone is in too many words
                        .keywords(words.get("default-login-user").stream()
                                .flatMap(u -> Stream.of(u + ":", u + "/", u + " /")).toList())
                        .validate(defaultUserPassword(stopValues)).score(0.85),
                // <password>...</password> in Maven settings, Tomcat users and other XML configuration
                RegexDetector.of("xml-credential", CREDENTIAL,
                        "(?i)<" + XML_CREDENTIAL + ">\\s*(?<v>[^<\\s]{4,200})\\s*</" + XML_CREDENTIAL + ">",
                        "credential in an XML element named for one")
                        .keywords("<password>", "<passwd>", "<pwd>", "<passphrase>", "<secret>", "<token>", "<apikey>",
                                "<api_key>", "<api-key>", "<client", "<private")
                        .validate(Validator.value(v -> !v.matches("[$%{].*") && !stopValues.contains(v.toLowerCase(Locale.ROOT))))
                        .score(0.9),
                // a .pgpass line, host:port:database:user:password, with the port PostgreSQL listens on or '*'
                RegexDetector.of("pgpass-line", CREDENTIAL,
                        "(?<![\\w.-])[\\w.-]+:(?:5432|\\*):[\\w*.-]+:[\\w*.@-]+:(?<v>(?:[^\\s:\\\\]|\\\\.){3,})",
                        "password at the end of a .pgpass line").keywords(":5432:", ":*:").score(0.9),
                // a private key's body without its BEGIN line: OpenSSH's opens with "openssh-key-v1" in base64, PuTTY's
                // follows its Private-Lines count
                RegexDetector.of("private-key-body", CREDENTIAL,
                        "b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/=]{16,}|(?<=Private-Lines:\\s{0,3}\\d{1,3}\\s{1,3})[A-Za-z0-9+/=]{16,}",
                        "body of an OpenSSH or PuTTY private key")
                        .keywords("b3BlbnNzaC1rZXktdjE", "Private-Lines").score(0.95),
                // Twilio's API key: "SK" and 32 hex digits
                RegexDetector.of("twilio-key", CREDENTIAL, "\\bSK[0-9a-f]{32}\\b", "Twilio API key")
                        .keywords("SK").score(0.9),
                // Airtable's personal access token: "pat", 14 characters, a dot and 64 hex digits
                RegexDetector.of("airtable-token", CREDENTIAL, "\\bpat[A-Za-z0-9]{14}\\.[a-f0-9]{64}\\b",
                        "Airtable personal access token").keywords("pat").score(0.95),
                // an Azure DevOps PAT has no prefix: 52 lower-case base32 characters, said to be one nearby
                RegexDetector.of("azure-devops-pat", CREDENTIAL, "(?<![A-Za-z0-9])[a-z2-7]{52}(?![A-Za-z0-9])",
                        "Azure DevOps personal access token near 'PAT' or 'DevOps'")
                        .validate(Validator.value(v -> Checks.countDigits(v) >= 3))
                        .near(words.get("azure-devops-pat"), 60, 20).score(0.9),
                // "Hunter2024! is my bank password": the value first, then 'is', whose password it is and the word,
                // which ends the clause; the value must look like a password
                RegexDetector.of("password-before-word", CREDENTIAL,
                        "(?iu)(?<![^\\s\"'(])(?<v>[^\\s\"'()]{6,40})\\s+(?:is|was|ist|war|est|était|es|era|è|é|jest|to|="
                                // a value used as one: "Uses Chelsea1905 as the password for everything", "nutzt
                                // Katze!19 als Passwort", "usa Perrito#5 como contraseña"
                                + "|as|als|comme|como|come|jako)\\s+"
                                + "(?:[\\p{L}'’-]+\\s+){0,3}?(?:" + PASSWORD_NOUN + "|mot de passe|passcode)"
                                + "(?=\\s*(?:$|[.,;!)]|" + CREDENTIAL_FOR + "\\b))",
                        "password-shaped value said, or said to be used, before the word for it")
                        .keywords("passw", "kennwort", "wachtwoord", "senha", "contrase", "mot de passe", "hasło",
                                "haslo", "passcode")
                        .validate(Validator.value(v -> looksLikePassword(v, stopValues))).score(0.8),
                // "Uses the same password everywhere, namely Hunter26$07": later in the sentence, a value shaped as a
                // password policy asks (both cases, a digit and a symbol) is the password said
                RegexDetector.of("password-in-sentence", CREDENTIAL,
                        "(?iu)\\b(?:" + PASSWORD_NOUN + "|passw(?:ö|oe)rter|mots? de passe|parola d['’]ordine)"
                                + "\\b[^!?\\n]{1,60}?(?<=[\\s:(,])"
                                + "(?<v>(?=\\S{0,40}?(?-i:\\p{Lu}))(?=\\S{0,40}?(?-i:\\p{Ll}))(?=\\S{0,40}?\\d)"
                                + "(?=\\S{0,40}?[!#$%&*+=@^~?])[^\\s,;\"'()]{8,40})(?![^\\s,;.!?\"')])",
                        "password-shaped value later in a sentence about a password")
                        .keywords("passw", "kennwort", "wachtwoord", "senha", "contrase", "mot de passe", "mots de passe",
                                "hasło", "haslo", "parola d")
                        .validate(strongPassword(stopValues)).score(0.8),
                // Japanese and Chinese: the word touches its particle (no word boundary); the value is the run of
                // ASCII after it, and must look like a password ("パスワードはLastPassに保存" stays)
                RegexDetector.of("credential-said-cjk", CREDENTIAL,
                        // "Instagramのパスワード hanako1990": a space alone may stand for は or ':'
                        "(?:パスワード|パスコード|暗証番号|密码|密碼|API\\s?キー|ＡＰＩキー)(?:\\s*(?:[:：=]|は|是|为|為)|\\s)\\s*"
                                + "[「『“\"]?\\s*(?<v>[!-~]{4,64})(?![!-~])",
                        "password or API key said in Japanese or Chinese")
                        .keywords("パスワード", "パスコード", "暗証番号", "密码", "密碼", "キー")
                        .validate(cjkPassword(stopValues)).score(0.85),
                // the word for a password in other languages (password-word-other), perhaps what it is for, a word for
                // "is" or ':' (password-said-other) or nothing ("şifrem Ankara2024"); the value must look like a password
                RegexDetector.of("password-said-other", CREDENTIAL,
                        "(?iu)(?:" + alternatives(otherPasswordWords) + ")"
                                + "(?:(?:\\s+[\\p{L}\\p{N}@.'’_-]+){0,4}?\\s*(?:" + alternatives(words.get("password-said-other"))
                                + "))?\\s*[\"'“‘«「]?(?<v>[^\\s\"'”’»」]+)",
                        "password said in words in a language the detectors above do not spell out")
                        .keywords(otherPasswordWords).validate((text, start, end, m) -> {
                            int e = trimEnd(text, start, end);
                            String value = text.substring(start, e);
                            return looksLikePassword(value, stopValues) && !pointers.contains(value.toLowerCase(Locale.ROOT))
                                    ? withBang(text, e, end) : -1;
                        }).score(0.85),

                RegexDetector.of("code-said", CREDENTIAL,
                        "(?iu)\\b(?:(?<pin>passcode|pin(?:[ -]?code)?|code pin|pwd|password|passwort|kennwort|contraseña|puk"
                                // a PIN in Czech, Swedish, Danish and Finnish: "PIN kód", "pinkoden", "PIN-koodi"
                                + "|pin[ -]?k[óo]d|pinkod(?:en)?|pinkode(?:n)?|pin-?koodi"
                                + "|mot de passe|geheimzahl)|(?:access|door|alarm|gate|garage|(?<!-)safe|keypad|lockbox|entry) code"
                                + "|(?:haus)?tür[ -]?code|torcode|alarmcode|code d'accès|deurcode|poortcode"
                                // German compounds for a phone's, a building's or a safe's code; a card's code in French
                                + "|zugangscode|entsperrcode|sperrcode|tresorcode|iphone[- ]?code|handy-?code"
                                // a key safe's code: "Schlüsselsafe Code 3947", "Schlüsseltresor-Code"
                                + "|(?<!-)\\p{L}{0,12}(?:safe|tresor)[ -]?code"
                                + "|code (?:secret|confidentiel)|code (?:de (?:ma |la )?)?(?:carte(?: bleue| bancaire)?|cb)"
                                // "code du portail", "código de la puerta", "codice del cancello", "kod do bramy"
                                + "|code (?:du|de la|de l'|de l’)\\s?(?:portail|porte|immeuble|entrée|alarme|garage)"
                                + "|código de(?: la)? (?:puerta|portal|alarma|garaje)|codice del (?:cancello|portone|allarme)"
                                + "|kod do (?:drzwi|bramy|domofonu|alarmu)"
                                // a lock's: "the code for the bike lock is 4417", "padlock code: 0815", "locker combination 2291"
                                + "|code (?:for|to|of) (?:the |my |our )?(?:[\\p{L}-]+ )?(?:lock|padlock|locker|door|gate|safe|garage|keybox)"
                                + "|(?:lock|padlock|locker|bike lock)[ -]?(?:code|combination|combo))"
                                // "Türcode Haus: 5898", "Entsperrcode Handy 588424": a capitalised word saying which one
                                + "(?<which>\\s+(?!" + CODE_FOR + "\\b|" + CODE_IS + "\\b)\\p{L}[\\p{L}-]*)?"
                                // "door code to the office is 4711": words between only when 'is' or ':' follows them
                                + "(?:(?:\\s+" + CODE_FOR + "(?:\\s+\\p{L}[\\p{L}'’._-]*){1,3}?)?"
                                + "(?:\\s+" + CODE_IS + "\\s+|['’]s\\s+|\\s*[:=#]\\s*)|(?<bare>\\s+)"
                                // "Gate code to the garage 2580#": without 'is', only a code keyed in with '#' or '*'
                                + "|\\s+" + CODE_FOR + "(?:\\s+\\p{L}[\\p{L}'’._-]*){1,3}?\\s+(?=\\d{4,8}[#*]))"
                                // "4582B": a code may end in a letter
                                + "(?<v>\\d{4,8}(?:[#*](?![\\w#*])|(?-i:[A-Z])(?![\\w-]))?)(?![\\d:/-]|,\\d)" + FULL_STOP_ONLY,
                        "PIN or passcode said in words")
                        .keywords("pass", "pin", "pwd", "kennwort", "contrase", "mot de passe", "geheimzahl",
                                "access code", "door code", "alarm code", "gate code", "garage code", "safe code",
                                "keypad code", "lockbox code", "entry code", "türcode", "code d'accès", "torcode",
                                "alarmcode", "deurcode", "poortcode", "code du", "code de", "código de", "codice del",
                                "kod do", "safe-code", "safecode", "tresor", "zugangscode", "entsperrcode", "sperrcode",
                                "tresorcode", "iphone", "handycode", "handy-code",
                                "code secret", "code confidentiel", "code carte", "code cb", "tür code", "tür-code", "puk",
                                "code for", "code to", "code of", "lock", "locker")
                        .minDigits(4).validate((text, start, end, m) -> {
                            String v = text.substring(start, end);
                            boolean bare = m.group("bare") != null;
                            if (codeNotSecret.contains(Checks.wordBefore(text, m.start()))) {
                                return -1; // "error code for the lock service is 4012"
                            }
                            // "PIN Reset: 1200", "Türcode Service: 2024", "Entsperrcode Funktion 1234 Tests": after a word
                            // saying which, no PIN word, no year, and without ':' only a code that ends the clause
                            if (m.group("which") != null && (m.group("pin") != null || v.matches("(?:19|20)\\d{2}")
                                    || bare && !CLAUSE_END.matcher(text).region(end, text.length()).lookingAt())) {
                                return -1;
                            }
                            // "pin 20240315 of the toolchain": a dated build pinned, not a PIN
                            return bare && m.group("pin") != null && v.matches(DATE_COMPACT) ? -1 : end;
                        }).score(0.85),
                // "Garage: code 0871#", "Alarm: Code 4419*": a code keyed in ends in '#' or '*', whatever it opens
                RegexDetector.of("keypad-code", CREDENTIAL,
                        "(?iu)\\b(?:code|codes|código|codice|kod|digicode|keypad)\\s*[:=]?\\s*(?<v>\\d{4,8}[#*])(?![\\w#*])",
                        "code keyed in with '#' or '*'")
                        .keywords("code", "código", "codice", "kod", "keypad").minDigits(4)
                        .validate(notAfter(codeNotSecret)).score(0.85),
                RegexDetector.of("recovery-codes", CREDENTIAL,
                        "(?iu)\\b(?:(?:recovery|backup|2fa|mfa|scratch|one[- ]time)[\\s-]+codes?"
                                // French, Spanish, Portuguese, Italian, Polish and German names for them
                                + "|(?:codes?|c[óo]digos?)\\s+de\\s+(?:secours|r[ée]cup[ée]ration|recuperaci[óo]n|respaldo|recupera[çc][ãa]o)"
                                + "|codici\\s+di\\s+(?:backup|recupero)|kody\\s+(?:zapasowe|odzyskiwania)"
                                + "|wiederherstellungs(?:codes?|schlüssel)|herstel(?:codes?|sleutel))"
                                // what they are for: "backup codes for Google:", "Wiederherstellungsschlüssel für BitLocker:"
                                + "(?:\\s+(?:for|für|de|du|pour|para|per|do|dla|voor|van)\\s+[\\p{L}\\p{N}._-]+|(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}._-]*){1,2})?"
                                + "(?:\\s+(?:are|is|were|was))?\\s*[:=]?\\s*"
                                + "(?<v>" + RECOVERY_CODE + "(?:\\s*[,;]?\\s*(?:and\\s+)?" + RECOVERY_CODE + ")*)",
                        "recovery or backup codes")
                        .keywords("recovery", "backup", "2fa", "mfa", "scratch", "one-time", "one time", "secours",
                                "cup", "respaldo", "codici di", "kody", "wiederherstellungs", "herstel").minDigits(6).validate(Validator.value(v -> Checks.countDigits(v) >= 6))
                        .score(0.85),
                RegexDetector.of("otp-seed", CREDENTIAL,
                        "(?i)\\b(?:totp|otp|2fa|mfa|authenticator)(?:\\s+(?:app\\s+)?(?:seed|secret|setup key|key))"
                                + "(?:\\s+(?:for|of|de|du|für|per|voor|do|dla|para)(?:\\s+[\\p{L}\\p{N}.'’-]+){1,3}?(?=\\s+(?:is|was)\\s|\\s*[:=]))?"
                                + "(?:\\s+(?:is|was)\\s+|\\s*[:=]\\s*|\\s+)"
                                + "(?<v>(?-i:[A-Z2-7]{16,64}|[a-z2-7]{16,64}|(?:[A-Z2-7]{4} ){3,15}[A-Z2-7]{4}"
                                + "|(?:[a-z2-7]{4} ){3,15}[a-z2-7]{4}))(?![A-Za-z0-9])",
                        "TOTP (authenticator) seed in base32")
                        .keywords("totp", "otp", "2fa", "mfa", "authenticator")
                        .validate(Validator.value(v -> Checks.countDigits(v) > 0)).score(0.9),
                RegexDetector.of("seed-phrase", CREDENTIAL,
                        "(?iu)\\b(?:(?:seed|recovery|mnemonic|backup|secret)\\s+(?:phrase|words)|(?:12|24) words"
                                // Spanish, Portuguese, French, German, Italian: "frase semilla", "Wiederherstellungsphrase"
                                + "|frase\\s+(?:semilla|de\\s+recuperaci[óo]n|de\\s+recupera[çc][ãa]o|di\\s+recupero)"
                                + "|phrase\\s+de\\s+r[ée]cup[ée]ration|wiederherstellungsphrase|seed-?phrase)"
                                + "(?:\\s+(?:de|del|der|of)\\s+(?:la\\s+|my\\s+|the\\s+)?[\\p{L}\\p{N}-]+)?(?:\\s+(?:is|was|are|were))?"
                                + "\\s*[:=]?\\s*[\"'“]?(?<v>(?-i:\\p{Ll}{3,8}(?:,?\\s+\\p{Ll}{3,8}){11,23}))(?!\\p{L})",
                        "wallet seed or recovery phrase: twelve to twenty-four lower-case words")
                        .keywords("seed phrase", "recovery phrase", "mnemonic", "seed words", "backup phrase", "12 words",
                                "24 words", "frase", "phrase de", "wiederherstellungsphrase", "seedphrase", "seed-phrase",
                                "recovery words", "secret phrase", "backup words", "secret words")
                        .validate(seedPhrase()).score(0.9),
                // no label the detector above knows ("Ledger seed words (keep offline!) ...", "Herstelzin van mijn
                // wallet ...", numbered "1.advice 2.yellow ..."): twelve to twenty-four small words near a wallet's word
                RegexDetector.of("seed-phrase-near-wallet", CREDENTIAL,
                        // the run does not start at the wallet's word: "wallet words 1.orbit 2.salmon ..."
                        "(?iu)(?<![\\p{L}\\d.])(?!(?:" + alternatives(words.get("wallet")) + ")(?!\\p{L}))"
                                + "(?-i)(?<v>(?:\\d{1,2}[.):]\\s?)?\\p{Ll}{3,8}(?:[,;]?\\s+(?:\\d{1,2}[.):]\\s?)?\\p{Ll}{3,8}){11,23})(?!\\p{L})",
                        "twelve to twenty-four seed words near a word about a wallet or a seed")
                        .validate(seedPhrase()).near(words.get("wallet"), 80, 20).score(0.85),
                // no word about a wallet at all ("Written on the card in the safe: ..."): the BIP39 checksum proves it
                new SeedWordRun(words.get("seed-words-bip39")),
                // a private key's DER body in base64 without its BEGIN line: PKCS#1 RSA, PKCS#8 and EC keys open so
                RegexDetector.of("private-key-der-body", CREDENTIAL,
                        "(?<![A-Za-z0-9+/])(?:MII[A-Za-z0-9+/]{2}[AQgw]IBA(?:AKC|DAN)|MHcCAQEE)[A-Za-z0-9+/=]{16,}",
                        "body of an RSA, PKCS#8 or EC private key in base64")
                        .keywords("MII", "MHcCAQEE").score(0.95),
                // any long base64 run said to be (part of) a private key: "id_rsa contents ...", "klucz prywatny: ..."
                RegexDetector.of("private-key-fragment", CREDENTIAL,
                        "(?<![A-Za-z0-9+/])(?<v>[A-Za-z0-9+/]{40,}={0,2})(?![A-Za-z0-9+/=])",
                        "long base64 run near the words for a private key")
                        .validate(Validator.value(v -> Checks.secretLike(v, 40, 4.0))).near(words.get("private-key"), 60, 15)
                        .score(0.9),
                // Bitcoin's private key as a wallet exports it (WIF) or an extended private key: Base58Check proves it
                RegexDetector.of("wif-private-key", CREDENTIAL,
                        "(?<![A-Za-z0-9])(?:[5KL9c][1-9A-HJ-NP-Za-km-z]{50,51}|[xtyz]prv[1-9A-HJ-NP-Za-km-z]{100,108})(?![A-Za-z0-9])",
                        "Bitcoin private key (WIF or extended) with a valid Base58Check checksum")
                        .validate(Validator.value(Checks::base58Check)).score(0.95),
                // a password told as a recipe: "my password is the dog's name followed by 1987!"
                RegexDetector.of("password-recipe", CREDENTIAL,
                        "(?iu)\\b(?:" + PASSWORD_NOUN + "|mot de passe|parola d['’]ordine)\\b[^.;!?\\n]{0,30}?(?:\\s+(?:is|was|es|est|è|é|jest|to)\\b|:)\\s*"
                                + "(?<v>(?:the|my|her|his|our|their|el|la|su|mi|il|de|het|zijn|haar|mijn|moje|jej|jego)\\s+[^.;\\n]{1,40}?\\s"
                                + "(?:followed by|then|plus|and then|with|seguid[oa] de|seguit[oa] da|gevolgd door|daarna|a potem|potem|\\+)\\s+"
                                + "[^\\s,;]*[\\d!#$%&*+=@^~?][^\\s,;]*)",
                        "password told as a recipe: a thing of the user's followed by digits or symbols")
                        .keywords("passw", "kennwort", "wachtwoord", "senha", "contrase", "hasło", "haslo", "mot de passe",
                                "parola d").score(0.85),
                RegexDetector.of("hex-private-key", CREDENTIAL,
                        "(?iu)\\b(?:private[ _-]?key|priv[ _-]?key|chiave privata|cl[ée] priv[ée]e|clave privada|chave privada"
                                + "|privater? schlüssel|privatschlüssel"
                                // Polish, Dutch, Czech and Turkish: "Klucz prywatny portfela (hex): 0x..."
                                + "|klucz\\p{L}{0,2}\\s+prywatn\\p{L}*|prywatn\\p{L}*\\s+klucz\\p{L}*|priv[ée]-?sleutel"
                                + "|soukrom\\p{L}+\\s+klíč\\p{L}*|özel\\s+anahtar\\p{L}*)\\b[^\\n]{0,40}?(?<![0-9a-f])"
                                + "(?<v>(?:0x)?[0-9a-f]{64})(?![0-9a-f])",
                        "private key in hex (a wallet key) after the words for one")
                        .keywords("priv", "prywatn", "klíč", "özel").minDigits(8).score(0.95),
                RegexDetector.of("mailgun-key", CREDENTIAL, "(?<![\\w-])key-[0-9a-z]{32}(?![\\w-])",
                        "Mailgun API key").keywords("key-")
                        .validate(Validator.value(v -> Checks.countDigits(v) >= 3)).score(0.9),
                RegexDetector.of("url-secret-param", CREDENTIAL,
                        "(?i)[?&](?:pwd|password|passwd|pass|token|access_token|auth_token|api_key|apikey|key|secret"
                                // OpenWeather's appid, Azure's subscription-key: a key by another name
                                + "|client_secret|sig|signature|auth|appid|app_?key|subscription-key"
                                // a vendor's prefix: X-Amz-Signature, X-Goog-Signature, X-Amz-Security-Token
                                + "|[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:signature|sig|secret|password|security[-_]token"
                                + "|access[-_]?token|api[-_]?key))=(?<v>[^&\\s#\"']{4,})",
                        "password or token in a URL parameter")
                        .keywords("=").score(0.85),
                // after every credential detector: the rest of a token an export wrapped onto its next line
                new WrappedCredentialTail(),

                // ---- payment ----------------------------------------------------------------------------
                RegexDetector.of("iban", IBAN,
                        // any case for a country whose IBAN length is known ("Gb29NWBK...", "de89 3704 ..."), as
                        // people type it
                        "\\b(?<v>[A-Z]{2} ?\\d{2}(?:[ .-]?[A-Z0-9]){11,32}|[A-Za-z]{2} ?\\d{2}(?:[ .-]?[A-Za-z0-9]){11,32})",
                        "IBAN with valid mod-97 check digits, in any case")
                        .minDigits(8).validate((t, s, e, m) -> Checks.ibanEnd(t, s, e)).score(0.95),
                // mistyped ("FR76 3000 6000 0112 3456 7890 18", a digit short): the check digits fail, but it is an IBAN
                // all the same when printed in groups of four or said to be one (a word of iban-context near)
                RegexDetector.of("iban-mistyped", IBAN, "(?<![\\p{L}\\d])[A-Za-z]{2} ?\\d{2}"
                                // no run over the next words: an IBAN claimed before must not hide one after it
                                + "(?:[A-Za-z0-9]{10,32}|(?: [A-Za-z0-9]{4}){2}(?: [A-Za-z0-9]{1,4}){1,7})(?![A-Za-z0-9])",
                        "IBAN of a known country's length give or take two, its check digits failing")
                        // the check digits and two groups of four (or eight characters on), as the pattern has them:
                        // rare, where two letters start at every word
                        .minDigits(8).requires("\\d\\d ?[A-Za-z0-9]{4} ?[A-Za-z0-9]{4}")
                        .validate(notAfter(Stream.concat(words.get("identifier").stream(),
                                words.get("iban-not-after").stream()).collect(Collectors.toSet()),
                                mistypedIban(ibanContext))).score(0.8),
                // groups joined by spaces, '-' or '.' ("4539.5260.1815.9083"), one kind of separator throughout
                RegexDetector.of("payment-card", CARD, "(?<![\\d+,])(?<!\\d[.-])[2-6](?:(?:[ .-]?| {2,3}| - )\\d){11,18}(?!\\d)(?!\\.\\d)",
                        "Luhn-valid payment card number")
                        .minDigits(12).validate(Validator.value(v -> oneSeparator(v) && Checks.card(v))).score(0.95),

                // the numbers that go with a card: its security code, and a PIN said to be the card's or the bank's
                RegexDetector.of("card-cvc", CARD,
                        "(?iu)\\b(?:cvc2?|cvv2?|cvn|cav2|cid code|(?<=(?:amex|american express|card)[^\\n]{0,40})(?-i:CID)|card verification (?:code|value|number)"
                                + "|card security code|kartenprüfnummer|kartenpruefnummer|cryptogramme(?: visuel)?"
                                + "|kod (?:cvc|cvv))(?:\\s+(?:code|number|no\\.?|nr\\.?|nummer|numer))?"
                                // "CVC on the back of the card: 650", "CVC na odwrocie karty: 650": words only before ':'
                                + "(?:\\s+(?:on|of|for|der|auf|de|du|di|del|na|an|op)(?:\\s+\\p{L}[\\p{L}'’-]*){1,6}?"
                                // or a verb after them: "CVV on the Monzo card is 333"
                                + "(?:\\s*[:=]\\s*|\\s+(?:is|was|ist|est|es|è|é|to|jest)\\s+)"
                                + "|\\s+(?:is|was|ist|est|es|è|é|to|jest)\\s+|\\s*[:=#]\\s*|\\s+)"
                                + "(?<v>\\d{3,4})(?![\\d/:-]|[.,]\\d)",
                        "card security code (CVC, CVV)")
                        .keywords("cvc", "cvv", "cvn", "cav2", "cid code", "CID", "card verification", "card security code",
                                "prüfnummer", "pruefnummer", "cryptogramme", "kod cvc", "kod cvv")
                        .minDigits(3).score(0.9),
                RegexDetector.of("card-security-code", CARD,
                        "(?iu)\\b(?:security code|sicherheitscode|prüfziffer|código de seguridad|code de sécurité"
                                + "|codice di sicurezza|kod zabezpieczający)"
                                // "security code on the back of the debit card: 912": words between only before ':'
                                + "(?:(?:\\s+(?:on|of|for|der|auf|de|du|di|del|na)(?:\\s+\\p{L}[\\p{L}'’-]*){1,6}?)?"
                                + "(?:\\s+(?:is|was|ist|est|es|è|to|jest)\\s+|\\s*[:=#]\\s*)|\\s+)"
                                + "(?<v>\\d{3,4})(?![\\d,/:-]|\\.\\d)",
                        "card security code said with a card near")
                        .minDigits(3).near(words.get("card-context"), 60, 40).score(0.85),
                RegexDetector.of("card-pin", CREDENTIAL,
                        "(?iu)\\b(?:pin|pin-?code|pin-?nummer|kod pin|code pin|numéro pin|geheimzahl)"
                                // "PIN do karty 4821", "PIN der EC-Karte: 4821", "PIN for my debit card is 4821"
                                + "(?:\\s+(?:do|der|des|de|du|of|for|to|on|della|di|zur|zum|für|von|del|da|dla)"
                                + "(?:\\s+\\p{L}[\\p{L}'’-]*){1,3}?)?"
                                + "(?:\\s+(?:is|was|ist|est|es|è|é|to|jest|wynosi|lautet)\\s+|\\s*[:=]\\s*|\\s+)"
                                + "(?<v>\\d{4,6})(?![\\d,/:-]|\\.\\d)",
                        "PIN of a card or bank account")
                        .keywords("pin", "geheimzahl").minDigits(4).near(words.get("card-context"), 40, 30).score(0.9),

                // ---- government ids ---------------------------------------------------------------------
                // Mexican CURP: its structure and check digit are enough, in either case
                RegexDetector.of("mx-curp", GOVERNMENT_ID,
                        "(?<![A-Za-z0-9])[A-Za-z]{4}\\d{6}[HhMmXx][A-Za-z]{5}[A-Za-z0-9]\\d(?![A-Za-z0-9])",
                        "Mexican CURP with a valid check digit").minDigits(7).requires("\\d{6}[HhMmXx][A-Za-z]{5}")
                        .validate(Validator.value(Checks::curp)),
                // a patient's number at a hospital or practice, said as such, perhaps with where between the word and ':'
                RegexDetector.of("health-record-said", GOVERNMENT_ID,
                        "(?iu)\\b(?:medical\\s+record(?:\\s+(?:number|no\\.?|#))?|(?-i:MRN|NHC)|hospital\\s+(?:number|no\\.?|id)"
                                + "|patient\\s+(?:number|id|no\\.?)|pati[eë]ntnummer|patientennummer|patientnummer"
                                + "|n[uú]mero\\s+de\\s+(?:historia\\s+cl[ií]nica|paciente|prontu[aá]rio)|historia\\s+cl[ií]nica|prontu[aá]rio"
                                + "|(?:numero\\s+(?:della\\s+)?)?tessera\\s+sanitaria|cartella\\s+clinica|numer\\s+(?:karty\\s+)?pacjenta"
                                + "|カルテ番号|診察券番号|患者番号|(?-i:NHS)\\s+(?:number|no\\.?|nr\\.?|#))"
                                + "(?:(?:\\s+[\\p{L}'’.-]+){1,5}?\\s*[:=]|\\s+(?:is|es|è|é|ist|jest|was)\\b|\\s*[:=#])?\\s*"
                                + "(?:(?-i:MRN|NHC)\\s*[:#]?\\s*)?(?<v>(?-i:[A-Z]{0,3})\\d[\\d -]{4,22}\\d(?-i:[A-Z])?)(?![\\d-])",
                        "medical record or patient number said as such")
                        .keywords("medical record", "mrn", "nhc", "hospital", "patient", "paciente", "patiënt", "historia", "prontu",
                                "tessera", "cartella", "pacjenta", "カルテ", "診察券", "患者", "nhs")
                        .minDigits(6).validate(Validator.value(v -> Checks.countDigits(v) >= 6)).score(0.85),
                RegexDetector.of("us-ssn", GOVERNMENT_ID, "(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])",
                        "US social security number or ITIN").minDigits(9).validate(Validator.value(Checks::usTaxpayerNumber)),
                RegexDetector.of("us-ssn-said", GOVERNMENT_ID,
                        "(?i)\\b(?:ssn|ss(?=#)|social security(?:\\s+(?:number|no\\.?|#))?|social(?=\\s*(?:is|was|:|#)\\s*\\d)"
                                + "|(?-i:ITIN)|individual taxpayer identification number)"
                                + SAID + "(?<v>\\d{3}[ /-]?\\d{2}[ /-]?\\d{4})(?!\\d)",
                        "US social security number or ITIN after 'SSN' or 'ITIN'")
                        .keywords("ssn", "ss#", "social", "ITIN", "individual taxpayer")
                        .minDigits(9).validate(Validator.value(Checks::usTaxpayerNumber)),
                RegexDetector.of("uk-nino", GOVERNMENT_ID,
                        "\\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b",
                        "UK National Insurance number").minDigits(6),
                RegexDetector.of("uk-nino-said", GOVERNMENT_ID,
                        "(?i)\\b(?:ni|nino|national\\s+insurance)(?:\\s+(?:number|no\\.?|#))?" + SAID
                                // said as such, any two letters: an unissued prefix (QQ, the one HMRC's examples use) is no less someone's
                                + "(?<v>[a-z]{2}[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}[ -]?[a-d])\\b",
                        "UK National Insurance number in any case after 'NI'")
                        .keywords("ni", "national insurance").minDigits(6),
                RegexDetector.of("it-codice-fiscale", GOVERNMENT_ID,
                        // perhaps in the groups of its parts: "RSS MRA 85T10 A562S"
                        "\\b(?:[A-Z]{3} ?[A-Z]{3} ?\\d{2}[A-EHLMPR-T]\\d{2} ?[A-Z]\\d{3}[A-Z]"
                                + "|[a-z]{3} ?[a-z]{3} ?\\d{2}[a-ehlmpr-t]\\d{2} ?[a-z]\\d{3}[a-z])\\b",
                        "Italian codice fiscale with valid check letter")
                        .minDigits(7).validate(Validator.value(v -> Checks.codiceFiscale(v.replace(" ", "")))),
                RegexDetector.of("fr-nir", GOVERNMENT_ID,
                        // the key may follow a dash: "1 79 03 69 383 210 - 24"
                        "(?<!\\d)(?<!\\d )[12] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3}(?: ?- ?| )?\\d{2}(?!\\d)",
                        "French NIR (social security number) with valid key")
                        .minDigits(13).validate(Validator.value(v -> Checks.frenchNir(v.replace("-", "")))),
                // a passport of Russia, Ukraine or Belarus given as its series and number: "серия 4510 номер 123456",
                // "серія МК № 123456"; in English only beside the word passport ("series 4510 No. 123456")
                RegexDetector.of("passport-series-number", GOVERNMENT_ID,
                        "(?iu)(?<![\\p{L}])(?<label>сери[яиюей]|сері[яїює]|series)\\s*:?\\s*(?<v>(?:\\d{2}\\s?\\d{2}|(?-i:\\p{Lu}{2}))"
                                + "\\s*,?\\s*(?:номер|№|no\\.?|nr\\.?|number)?\\s*:?\\s*\\d{6})(?!\\d)",
                        "passport number given as its series and number")
                        .keywords("серия", "серии", "серию", "серие", "серий", "серія", "серії", "серію", "серіє", "series").minDigits(6)
                        .validate((text, start, end, m) -> !m.group("label").equalsIgnoreCase("series")
                                || passportBefore.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                                ? end : -1),
                // Japanese runs the number into its words ("旅券番号はTR7654321"): no letter or digit of its own script
                RegexDetector.of("passport-said", GOVERNMENT_ID, "(?<![A-Za-z0-9])(?<v>[A-Z]{0,3}\\d{6,9}[A-Z]?)(?![A-Za-z0-9])",
                        "passport number said as such")
                        .minDigits(6).near(words.get("passport"), 50, 25),
                RegexDetector.of("es-dni", GOVERNMENT_ID, "\\b(?:[XYZ][- ]?)?\\d{7,8}[- ]?[A-Z]\\b",
                        "Spanish DNI/NIE with valid check letter said as such")
                        .minDigits(7).validate(Validator.value(Checks::spanishDni)).near(nationalId, 50, 25),
                RegexDetector.of("se-personnummer", GOVERNMENT_ID, "(?<![\\d-])(?:19|20)?\\d{6}[-+ ]?\\d{4}(?![\\d-])",
                        "Swedish personnummer said as such")
                        .minDigits(10).validate(Validator.value(Checks::personnummer)).near(nationalId, 50, 25),
                RegexDetector.of("ca-sin", GOVERNMENT_ID, "(?<![\\d-])\\d{3}[ -]?\\d{3}[ -]?\\d{3}(?![\\d-])",
                        "Canadian social insurance number after 'SIN'")
                        .minDigits(9).validate(Validator.value(Checks::canadianSin)).near(words.get("sin"), 50, 25),
                RegexDetector.of("de-steuer-id", GOVERNMENT_ID, "(?<!\\d)(?<!\\d )[1-9](?: ?\\d){10}(?!\\d)",
                        "German Steuer-ID said as such")
                        .minDigits(11).validate(Validator.value(Checks::steuerId)).near(nationalId, 50, 25),
                RegexDetector.of("br-cpf", GOVERNMENT_ID,
                        "(?iu)\\b(?:CPF|chave(?:\\s+(?:do|de))?\\s+pix|pix)\\)?(?:\\s+(?:n[º°o]\\.?|number|número|numero))?"
                                // whose it is: "CPF da minha mãe 529...": the check digits make the words safe to skip
                                + "(?:\\s+\\p{L}+){0,3}?"
                                + "\\s*(?:(?:é|e|is|:|#|=)\\s*)?"
                                // "403 535 364 74", "504.408.423/95": groups as people type them
                                + "(?<v>\\d{3}[. ]?\\d{3}[. ]?\\d{3}[-./ ]?\\d{2})(?![\\d-])" + FULL_STOP_ONLY,
                        "Brazilian CPF with valid check digits said as such")
                        .keywords("cpf", "pix").minDigits(11).validate(Validator.value(Checks::cpf)),
                // written 000.000.000-00 and valid by both check digits, a CPF needs no word before it
                RegexDetector.of("br-cpf-formatted", GOVERNMENT_ID,
                        "(?<![\\d.])\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?![\\d-])" + FULL_STOP_ONLY,
                        "Brazilian CPF written with its dots and dash, with valid check digits")
                        .keywords("-").minDigits(11).validate(Validator.value(Checks::cpf)),
                // Mexican RFC: three or four letters, the date of birth (yymmdd) and three characters; "RFC personal: ..." too
                RegexDetector.of("mx-rfc", GOVERNMENT_ID,
                        "\\bRFC(?:\\s+(?:personal|propio|con\\s+homoclave|de\\s+persona\\s+f[ií]sica))?\\s*(?:[:#]|es)?\\s*(?<v>[A-ZÑ&]{3,4}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[A-Z0-9]{3})\\b",
                        "Mexican tax id (RFC) after 'RFC'").keywords("RFC").minDigits(6).score(0.85),
                // upper-case 'PAN' only ("the pan handles ..."), and the fourth letter is the holder type
                RegexDetector.of("in-pan", GOVERNMENT_ID,
                        "\\b(?:PAN(?:\\s+(?i:card|number|no\\.?|nr\\.?|#)){0,2}|(?i:pan)(?:\\s+(?i:card|number|no\\.?|nr\\.?|#)){0,2})"
                                + SAID + "(?<v>[A-Z]{3}[ABCFGHJLPT][A-Z]\\d{4}[A-Z]|[a-z]{3}[abcfghjlpt][a-z]\\d{4}[a-z])\\b",
                        "Indian PAN said as such (upper or lower case)").keywords("pan").minDigits(4),
                // numbers with a check digit: a word naming them anywhere near is enough
                // "TC: 28401937688", "TCKN 284 019 376 88": two check digits make a short word enough
                RegexDetector.of("tr-tckn", GOVERNMENT_ID, "(?<![\\d-])(?:\\d{11}|\\d{3} \\d{3} \\d{3} \\d{2})(?![\\d-])",
                        "Turkish T.C. kimlik number with valid check digits near 'TC' or 'kimlik'")
                        .minDigits(11).validate(Validator.value(Checks::turkishId)).near(words.get("tckn"), 40, 30),
                // Israeli identity number and Portuguese NIF: a check digit, so a word naming them near is enough
                RegexDetector.of("il-id", GOVERNMENT_ID, "(?<![\\d-])\\d{8,9}(?![\\d-])",
                        "Israeli identity number with a valid check digit near 'teudat zehut'")
                        .minDigits(8).validate(Validator.value(Checks::israeliId)).near(words.get("il-id"), 40, 30),
                RegexDetector.of("pt-nif", GOVERNMENT_ID, "(?<![\\d-])(?:\\d{9}|\\d{3} \\d{3} \\d{3})(?![\\d-])",
                        "Portuguese NIF (tax number) of a person with a valid check digit near 'NIF' or 'contribuinte'")
                        .minDigits(9).validate(Validator.value(Checks::portugueseNif)).near(words.get("pt-nif"), 60, 30),
                // ids with a check digit near one of their names, whatever words between: "СНИЛС мамы 112-233-445 95"
                RegexDetector.of("ru-snils", GOVERNMENT_ID, "(?<![\\d-])\\d{3}[- ]?\\d{3}[- ]?\\d{3}[- ]?\\d{2}(?![\\d-])",
                        "Russian SNILS with valid check digits near 'СНИЛС'")
                        .minDigits(11).validate(Validator.value(Checks::snils)).near(words.get("ru-snils"), 40, 30),
                RegexDetector.of("ru-inn", GOVERNMENT_ID, "(?<![\\d-])(?:\\d{12}|\\d{10})(?![\\d-])",
                        "Russian INN with valid check digits near 'ИНН'")
                        .minDigits(10).validate(Validator.value(Checks::russianInn)).near(words.get("ru-inn"), 40, 30),
                RegexDetector.of("ua-rnokpp", GOVERNMENT_ID, "(?<![\\d-])\\d{10}(?![\\d-])",
                        "Ukrainian RNOKPP (ІПН) with a valid check digit near 'РНОКПП' or 'ІПН'")
                        .minDigits(10).validate(Validator.value(Checks::ukrainianTaxNumber)).near(words.get("ua-rnokpp"), 40, 30),
                RegexDetector.of("gr-amka", GOVERNMENT_ID, "(?<![\\d-])\\d{11}(?![\\d-])",
                        "Greek AMKA with a birth date and a valid check digit near 'ΑΜΚΑ'")
                        .minDigits(11).validate(Validator.value(Checks::greekAmka)).near(words.get("gr-amka"), 40, 30),
                RegexDetector.of("gr-afm", GOVERNMENT_ID, "(?<![\\d-])\\d{9}(?![\\d-])",
                        "Greek AFM (tax number) with a valid check digit near 'ΑΦΜ'")
                        .minDigits(9).validate(Validator.value(Checks::greekAfm)).near(words.get("gr-afm"), 40, 30),
                RegexDetector.of("ro-cnp", GOVERNMENT_ID, "(?<![\\d-])[1-9]\\d{12}(?![\\d-])",
                        "Romanian CNP with a valid check digit near 'CNP'")
                        .minDigits(13).validate(Validator.value(Checks::romanianCnp)).near(words.get("ro-cnp"), 40, 30),
                RegexDetector.of("hu-taj", GOVERNMENT_ID, "(?<![\\d-])\\d{3}[ -]?\\d{3}[ -]?\\d{3}(?![\\d-])",
                        "Hungarian TAJ number with a valid check digit near 'TAJ'")
                        .minDigits(9).validate(Validator.value(Checks::hungarianTaj)).near(words.get("hu-taj"), 40, 30),
                RegexDetector.of("pl-pesel", GOVERNMENT_ID, "(?<![\\d-])(?:\\d{11}|\\d{6} \\d{5})(?![\\d-])",
                        "Polish PESEL with a valid date and check digit near 'PESEL'")
                        .minDigits(11).validate(Validator.value(Checks::pesel)).near(words.get("pesel"), 60, 30),
                RegexDetector.of("pl-nip", GOVERNMENT_ID,
                        "(?<![\\d-])(?:\\d{3}-?\\d{3}-?\\d{2}-?\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3})(?![\\d-])",
                        "Polish NIP (tax number) with a valid check digit near 'NIP'")
                                                .minDigits(10).validate(notCompanyNip(companyNip, Validator.value(Checks::polishNip)))
                        .near(words.get("nip"), 60, 30),
                RegexDetector.of("pl-id-card", GOVERNMENT_ID, "\\b(?<v>[A-Z]{3} ?\\d{6})\\b",
                        "Polish identity card number with a valid check digit near 'dowód'")
                        .minDigits(6).validate(Validator.value(Checks::polishIdCard)).near(words.get("pl-id-card"), 60, 30),
                RegexDetector.of("nl-bsn", GOVERNMENT_ID,
                        "(?<![\\d.-])(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3} \\d{3} \\d{3})(?![\\d-])" + FULL_STOP_ONLY,
                        "Dutch BSN (sofinummer) passing the 11-check near 'BSN'")
                        .minDigits(9).validate(Validator.value(Checks::bsn)).near(words.get("bsn"), 60, 30),
                RegexDetector.of("be-national-number", GOVERNMENT_ID,
                        "(?<![\\d.])\\d{2}\\.?\\d{2}\\.?\\d{2}[-.]?\\d{3}\\.?\\d{2}(?![\\d-])" + FULL_STOP_ONLY,
                        "Belgian national register number with a valid check near 'rijksregisternummer'")
                        .minDigits(11).validate(Validator.value(Checks::belgianNationalNumber))
                        .near(words.get("be-national-number"), 60, 30),
                // German pension insurance number: area, date of birth, initial, serial and check digit
                RegexDetector.of("de-rvnr", GOVERNMENT_ID,
                        "(?<![\\d])\\d{2} ?[0-3]\\d[01]\\d{3} ?[A-Z] ?\\d{2} ?\\d(?!\\d)",
                        "German social insurance number near 'Sozialversicherungsnummer'")
                        .minDigits(11).near(words.get("de-rvnr"), 60, 30),
                RegexDetector.of("jp-licence", GOVERNMENT_ID,
                        "(?:運転免許証?|免許証)(?:の)?(?:番号)?\\s*(?:[:：]|は)?\\s*(?<v>\\d{4}[ -]?\\d{4}[ -]?\\d{4})(?!\\d)",
                        "Japanese driving licence number after 運転免許証").keywords("免許").minDigits(12),
                RegexDetector.of("cn-resident-id", GOVERNMENT_ID,
                        "(?:身份证|身份證)(?:号码|號碼|号|號)?\\s*(?:[:：]|是|为|為)?\\s*(?<v>\\d{17}[\\dXx])(?![\\dA-Za-z])",
                        "Chinese resident identity number with valid check character after 身份证")
                        .keywords("身份").minDigits(17).validate(Validator.value(Checks::chineseId)),
                // a Japanese health insurance card's 記号 and 番号
                RegexDetector.of("jp-health-insurance", GOVERNMENT_ID, JP_MARK_AND_NUMBER,
                        "Japanese health insurance card number (記号 and 番号)")
                        .minDigits(4).near(List.of("保険証", "被保険者", "保険"), 40, 20).score(0.85),
                RegexDetector.of("jp-my-number", GOVERNMENT_ID,
                        "(?:マイナンバー|個人番号)(?:カード)?(?:の)?(?:番号)?\\s*(?:[:：]|は)?\\s*[（(]?\\s*"
                                + "(?<v>\\d{4}[ -]?\\d{4}[ -]?\\d{4})(?!\\d)",
                        "Japanese My Number after マイナンバー").keywords("マイナンバー", "個人番号").minDigits(12),
                RegexDetector.of("ch-ahv", GOVERNMENT_ID, "(?<![\\d.])756\\.\\d{4}\\.\\d{4}\\.\\d{2}(?!\\d)" + FULL_STOP_ONLY,
                        "Swiss AHV/AVS number with valid check digit").keywords("756.").minDigits(13)
                        .validate(Validator.value(Checks::ahv)),
                // 784 (the UAE's country code), the year of birth and a serial, Luhn over the fifteen: "784-1987-4829174-1"
                RegexDetector.of("ae-emirates-id", GOVERNMENT_ID, "(?<![\\d-])784-?(?:19|20)\\d{2}-?\\d{7}-?\\d(?![\\d-])",
                        "Emirates ID number with a valid check digit").keywords("784").minDigits(15)
                        .validate(Validator.value(v -> Checks.luhn(v.replace("-", "")))),
                RegexDetector.of("national-id-said", GOVERNMENT_ID,
                        "(?iu)\\b(?:national id(?:entity)?(?:\\s+(?:number|no\\.?|card))?|(?<generic>id)(?:\\s+(?:number|no\\.?|nr\\.?)|-nummer)"
                                + "|identity number|identification number|tax id(?:entification)?(?:\\s+number)?"
                                + "|tax number|tin|steuer[- ]?id|steuernummer|steuer-?identifikationsnummer|numéro fiscal"
                                + "|numéro d'identification|carte d['’]identit[ée]|cart[ãa]o de cidad[ãa]o"
                                + "|n[uú]mero de contribuinte|contribuinte|sozialversicherungs(?:nummer|-?nr\\.?)|sv-(?:nummer|nr\\.?)"
                                + "|kv-(?:nummer|nr\\.?)|n[uú]mero de (?:la )?seguridad social|curp"
                                + "|n[uú]mero de identificaci[oó]n|n[uú]mero de documento|documento de identidad"
                                + "|dni|nie|nif|cédula(?:\\s+de\\s+(?:ciudadan[ií]a|identidad))?|bsn|burgerservicenummer"
                                + "|pps(?:n|\\s+number)?|personnummer(?:et)?|codice fiscale"
                                // Turkish T.C. kimlik numarası and Argentine CUIT/CUIL (tax and labour ids)
                                + "|t\\.?\\s?c\\.?\\s+kimlik(?:\\s+(?:no\\.?|numara\\p{L}*))?|kimlik\\s+(?:no\\.?|numara\\p{L}*)|(?-i:CUIT|CUIL)"
                                + "|aadhaa?r(?:\\s+card)?(?:\\s+(?:number|no\\.?|nr\\.?|#))?|ahv(?:-?(?:nummer|nr\\.?))?"
                                + "|(?<passport>passport(?:\\s+(?:number|no\\.?))?|reisepass(?:nummer|-?nr\\.?)?|pasaporte|passeport"
                                // a Dutch identity card's number is letters and digits as a passport's
                                + "|numer\\s+paszportu|paszport|pass(?:-|\\.\\s?)?nr\\.?|passnummer|paspoort(?:nummer)?|passaport[eo]|id-kaart|identiteitskaart(?:nummer)?"
                                // a German identity card's number is letters and digits too: "Personalausweisnummer L01X00T47"
                                + "|personalausweis(?:-?nummer|-nr\\.?)?|ausweis(?:-?nummer|-nr\\.?)?|perso-?nr\\.?)"
                                // Polish, Italian, German, Dutch, Belgian and Brazilian ids said as such
                                + "|numer\\s+dowodu(?:\\s+osobistego)?|dow[oó]d(?:\\s+osobisty)?"
                                + "|(?:numero\\s+(?:della\\s+)?)?carta\\s+d['’]identit[àa]"
                                + "|kranken(?:versicherten|versicherungs)nummer|versichertennummer|sofi-?nummer"
                                + "|rijksregisternummer|(?-i:RG|EIN)"
                                + "|(?<licence>(?:driver(?:'s|’s|s)?|driving)\\s+licen[cs]e|führerschein(?:nummer)?|permis de conduire"
                                + "|licencia de conducir|carnet de conducir|carta de condução|patente di guida|rijbewijs"
                                + "|rijbewijsnummer|prawo jazdy|prawa jazdy|körkort|dl(?=\\s*#)|dl(?=\\s+(?:number|no\\b|nr\\b))|(?-i:DL)(?=\\s+[A-Z]\\d{5,}))(?:\\s+(?:number|no\\.?|nr\\.?|#|nummer|numéro|número))?"
                                // the state or country that issued it: "Driver's license NY 872841059"
                                + "(?:\\s+(?-i:[A-Z]{2})(?=\\s*[:#]?\\s*[A-Z]?\\d{5,}))?)"
                                + NATIONAL_ID_VALUE,
                        "national id, tax id, passport or driving licence number said as such")
                        .keywords("id", "tin", "tax", "steuer", "ausweis", "fiscal", "identifica", "documento",
                                "dni", "nie", "nif", "cédula", "bsn", "burgerservice", "pps", "aadhaar", "kimlik", "CUIT", "CUIL", "ahv", "personnummer", "pass", "licen",
                                "führerschein", "permis", "carnet", "carta de", "patente", "rijbewijs", "jazdy", "körkort", "dowod",
                                "dowód", "paszport", "pasaport", "carta d", "pass-nr", "versicherten", "versicherungsnummer", "sofi",
                                "rijksregister", "RG", "EIN", "carte d", "cartão", "cartao", "contribuinte",
                                "sozialversicherung", "sv-", "kv-", "seguridad social", "id-kaart", "identiteitskaart", "curp", "paspoort",
                                "passaport", "dl", "aadhar", "perso-", "personr")
                        .minDigits(1).validate((text, start, end, m) -> {
                            if (m.group("generic") != null && recordOwners.contains(Checks.wordBefore(text, m.start()))) {
                                return -1; // "Employee ID no. 204817", "Job ID number 48213377": a record's id
                            }
                            String licence = m.group("licence");
                            if (licence != null && licence.regionMatches(true, 0, "dl", 0, 2) && shipment.matcher(
                                    text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 60))).find()) {
                                return -1; // "DL F2519374 is the DHL parcel reference": a shipment's, not a licence
                            }
                            String v = text.substring(start, end);
                            // a licence number is often mostly letters (DOYLE801018J99AB), a passport number half
                            // (C4J7K9L2M); other ids are numbers
                            boolean ok = m.group("licence") != null ? v.length() >= 6 && v.length() <= 20
                                    : m.group("passport") != null ? v.length() >= 6 && v.length() <= 12
                                            && (Checks.countDigits(v) >= 2 || v.length() >= 8 && Checks.countDigits(v) == 1)
                                    : Checks.countDigits(v) >= 5;
                            return ok ? end : -1;
                        }).score(0.8),
                // ids of more countries said as such, apart from the table above so that its long pattern does not grow
                // (every word of a text tries it): Czech and Slovak, Finnish, Norwegian, Danish, Romanian, Korean, Chilean,
                // Singaporean, Hong Kong, South African, Israeli, Greek, Hungarian, French social security and US Medicare
                RegexDetector.of("national-id-said-more", GOVERNMENT_ID,
                        "(?iu)\\b(?:rodn[ée]\\s+[čc][ií]slo|(?-i:RČ)|[čc][ií]slo\\s+(?:(?-i:OP)|ob[čc]ansk[ée]ho\\s+pr[ůu]kazu|ob[čc]anky)"
                                + "|ob[čc]ank[ay]|henkilötunnu\\p{L}*(?:\\s+on)?|hetu|fødselsnummer(?:et)?|fødselsnr\\.?|fnr|cpr[-\\s]?n(?:r\\.?|ummer(?:et)?)|(?-i:CPR)|tckn"
                                + "|(?-i:CNP)|cod(?:ul)? numeric personal|주민등록번호|(?-i:RRN|RUT|RUN|NRIC|HKID|SA ID)"
                                + "|ic (?:number|no\\.?)|(?:my|her|his)\\s+(?-i:IC)|teudat\\s+zehut|israeli\\s+id|(?-i:ΑΜΚΑ|ΑΦΜ)|taj(?:\\s+szám)?"
                                + "|adóazonosító(?:\\s+jel\\p{L}*)?|személyi\\s+szám|num[ée]ro de s[ée]cu(?:rit[ée]\\s+sociale)?"
                                + "|medicare(?: (?:number|no\\.?|card(?: number)?|(?-i:MBI)))?"
                                // a health insurer's member id and the European health insurance card's number
                                + "|(?:(?:health|medical|dental)\\s+)?insurance\\s+member\\s+(?:id|number|no\\.?)"
                                + "|(?:health|medical|dental)\\s+insurance\\s+(?:card\\s+|policy\\s+)?(?:id|number|no\\.?)"
                                + "|(?-i:EHIC|GHIC)(?:\\s+card)?(?:\\s+(?:number|no\\.?))?"
                                // South Africa's and Taiwan's ids, Indonesia's NIK, Australia's TFN, Japan's My Number, New Zealand's IRD
                                + "|(?:south\\s+african|taiwan(?:ese)?)\\s+id(?:\\s+(?:number|no\\.?))?|(?-i:NIK|TFN|My Number)"
                                // Nigeria's NIN and BVN, Malaysia's MyKad, the Philippines' PhilSys and SSS, Vietnam's CCCD,
                                // Thailand's national id card
                                + "|(?-i:NIN|BVN|SSS|CCCD|CMND)(?:\\s+(?:number|no\\.?|số))?|mykad|philsys(?:\\s+(?:number|no\\.?|card))?"
                                + "|căn cước(?: công dân)?|เลข(?:บัตร|ประจำตัว)ประชาชน"
                                + "|tax\\s+file\\s+(?:number|no\\.?)|(?-i:IRD)(?:\\s+(?:number|no\\.?))?"
                                // Ukrainian, Russian, Bulgarian, Serbian, Croatian and Slovenian ids and tax numbers
                                + "|(?-i:РНОКПП|ІПН|ИНН|СНИЛС|ЕГН|ЈМБГ|JMBG|OIB|EMŠO)|ідентифікаційн\\p{L}*\\s+(?:код|номер)"
                                + "|податков\\p{L}*\\s+номер)" + NATIONAL_ID_VALUE,
                        "national id of more countries said as such")
                        .keywords("rodn", "RČ", "číslo", "cislo", "čislo", "císlo", "občank", "obcank", "henkilötunnu",
                                "hetu", "fødselsnummer", "fødselsnr", "fnr", "IC", "cpr", "tckn", "CNP", "numeric personal", "주민등록번호", "RRN",
                                "RUT", "RUN", "NRIC", "HKID", "SA ID", "ic number", "ic no", "teudat", "israeli", "ΑΜΚΑ", "ΑΦΜ",
                                "taj", "adóazonosító", "személyi", "ro de sécu", "ro de secu", "medicare", "insurance member",
                                "health insurance", "medical insurance", "dental insurance", "EHIC", "GHIC", "south african",
                                "taiwan", "NIK", "TFN", "My Number", "РНОКПП", "ІПН", "ИНН", "СНИЛС", "ЕГН", "ЈМБГ", "JMBG", "OIB",
                                "EMŠO", "ідентифікаційн", "податков", "tax file", "IRD", "NIN", "BVN", "SSS", "CCCD", "CMND",
                                "mykad", "philsys", "căn cước", "ประชาชน")
                        .minDigits(5).validate(Validator.value(v -> Checks.countDigits(v) >= 5)).score(0.8),

                // ids named by a label of the rules' list (national-id-label), the number straight after it: data, so a
                // country's id is a line of the rule file, not a branch of the patterns above
                RegexDetector.of("national-id-label", GOVERNMENT_ID,
                        "(?iu)" + LABEL_START + "(?:"
                                + labelAlternatives(words.get("national-id-label")) + ")(?![\\p{L}])"
                                // a language's article on it ("CNP-ul"), its own word for number ("AMKA number", "TAJ számom",
                                // "căn cước số", "شناختی کارڈ نمبر", "आधार नंबर")
                                + "(?:-\\p{L}{1,4})?(?:\\s+(?:(?:number|numbers|num|no|nr|numero|número|numéro|numer|nummer|номер|αριθμός|szám\\p{L}{0,3})\\b\\.?"
                                + "|(?:số|نمبر|شماره|नंबर|নম্বর|번호)(?![\\p{L}])))?"
                                // whose or what for, up to four words, before ':' or 'is': "TRN for the mortgage: …",
                                // "ΑΦΜ μου είναι …", "CNP-ul meu este …"
                                + "(?<mid>(?:\\s+[\\p{L}'’.-]+){1,4}?(?:(?=\\s*:)|(?=\\s+(?:is|es|est|é|è|ist|je|är|er|era|was)\\s))"
                                // 'is' in languages SAID does not know, perhaps right after the label: "isikukood on …"
                                + "|(?:\\s+[\\p{L}'’.-]+){0,4}?\\s+(?:on|yra|ir|е|είναι|este|jest|є|это)(?=\\s))?"
                                + NATIONAL_ID_VALUE,
                        "national id or tax number after its label")
                        .keywords(words.get("national-id-label")).minDigits(5)
                        .validate((text, start, end, m) -> {
                            String v = text.substring(start, end);
                            // with words between, an id's length: "TRN rollout for the region: 12000 users" is a count
                            int digits = Checks.countDigits(v);
                            Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16)));
                            boolean quantity = after.find() && (after.group(1).equals("%")
                                    || quantityAfter.contains(after.group(1).toLowerCase(Locale.ROOT)));
                            return digits >= (m.group("mid") != null ? 8 : 5) && !quantity ? end : -1;
                        }).score(0.8),

                // ---- a business's tax or registration number: after the government ids, which claim a person's ----
                // "Partita IVA dello studio: 04521870961", "ABN 51 824 753 556", "EIN for my LLC: 12-3456789": a
                // sole trader's number names its owner, so it is masked as a contact is; "ABN is on every invoice" has none
                RegexDetector.of("business-id", BUSINESS_ID,
                        "(?iu)(?<![\\p{L}\\p{N}])(?:" + businessLabels + ")(?![\\p{L}])"
                                // whose it is before ':' or 'is': "Partita IVA del ristorante:", "NIP mojej firmy:"
                                // a note in brackets may close them: "CNPJ do MEI dela (freelas de dashboard): …"
                                + "\\.?(?:(?:\\s+[\\p{L}'’.-]+){1,5}?" + BRACKETED_NOTE + "\\s*(?::|=|\\s(?:is|è|é|ist|es|est|jest|er|är)\\b)"
                                // or with no ':' when the number is long: "SIRET de ma micro-entreprise 732 829 320 00074"
                                + "|(?:\\s+(?!(?-i:[A-Z]{2})\\s)[\\p{L}'’-]+){1,3}?\\s+(?=[A-Z]{0,2} ?(?:\\d[ ./-]?){8})"
                                + "|\\s*(?:(?:no|nr|n|nº|n°|number|num|numer|nummer|numero|número|numéro)\\.?(?=[\\s:#\\d]))?"
                                + "\\s*(?:[:=#]|\\s(?:is|è|é|ist|es|est|jest|er|är)\\b)?)\\s*"
                                + "(?<v>(?-i:(?:[A-Z]{2} ?)?[A-Z0-9]*\\d[A-Z0-9]*(?:[ ./-][A-Z0-9]*\\d[A-Z0-9]*){0,6}))"
                                + "(?![\\p{L}\\p{N}])",
                        "business's tax or registration number after its name (VAT, ABN, EIN, Partita IVA, NIP ...)")
                        .keywords(words.get("business-id-label")).minDigits(6)
                        .validate(businessNumber(quantityAfter, phoneWord)).score(0.85),
                // ---- bank accounts ------------------------------------------------------------------------
                // Polish NRB: the IBAN without "PL", 26 digits valid by mod 97, or any 26 digits after 'rachunek'
                RegexDetector.of("pl-nrb", BANK_ACCOUNT, "(?<![\\d-])\\d{2}(?: ?\\d{4}){6}(?![\\d-])",
                        "Polish bank account number (NRB)")
                        .minDigits(26).validate(polishAccount(words.get("pl-account"))).score(0.9),
                // Czech account "19-2000145399/0800" or "2401587312/2010": a bank code the CNB issued and the mod-11
                // check of the number, so it is caught however many words sit between 'účet' and the value
                RegexDetector.of("cz-account", BANK_ACCOUNT, "(?<![\\d/.-])(?:\\d{1,6}-)?\\d{2,10}/\\d{4}(?![\\d/])",
                        "Czech bank account number with a bank code and valid check digits")
                        .minDigits(6).requires("\\d/\\d{4}").validate(Validator.value(v -> Checks.czechAccount(v, czBanks)))
                        .score(0.9),
                // Argentine CBU or CVU: 22 digits with two check digits, near a word about an account
                RegexDetector.of("ar-cbu", BANK_ACCOUNT, "(?<![\\d-])\\d{8}[ -]?\\d{14}(?![\\d-])",
                        "Argentine CBU or CVU with valid check digits").minDigits(22)
                        .validate(Validator.value(Checks::cbu)).near(words.get("ar-cbu"), 60, 30).score(0.9),
                RegexDetector.of("mx-clabe", BANK_ACCOUNT,
                        // a few words may say what it is for: "CLABE para pagos: ...", "CLABE de mi cuenta de nómina"
                        "(?i)\\bCLABE(?:\\s+\\p{L}{1,16}){0,5}" + SAID + "(?<v>\\d{3} ?\\d{3} ?\\d{11} ?\\d)(?!\\d)",
                        "Mexican CLABE after 'CLABE'").keywords("clabe").minDigits(18).score(0.9),
                RegexDetector.of("jp-bank-account", BANK_ACCOUNT,
                        "(?:口座番号|口座|普通預金|普通|当座預金|当座)\\s*(?:[:：]|は)?\\s*(?<v>\\d{7})(?!\\d)",
                        "Japanese bank account number (7 digits) after 口座 or 普通")
                        // 普通 alone is "usually" as well ("普通は1234567件"): a bank or branch must be named
                        .near(List.of("口座", "銀行", "支店"), 40, 20).minDigits(7)
                        .score(0.85),
                // Japan Post Bank writes an account as 記号 (five digits) and 番号 (up to eight)
                RegexDetector.of("jp-post-account", BANK_ACCOUNT, JP_MARK_AND_NUMBER,
                        "Japan Post Bank account (記号 and 番号)")
                        .minDigits(6).near(List.of("ゆうちょ", "貯金", "口座"), 40, 20).score(0.85),
                // Brazilian "Ag 1234-5 CC 47507-1": the branch (agência), then the account with its check digit
                RegexDetector.of("br-branch-account", BANK_ACCOUNT,
                        "\\b(?:Ag|AG|[Aa]g[êe]ncia)\\.?\\s*:?\\s*\\d{3,5}(?:-[\\dxX])?\\s*[,/]?\\s*"
                                + "(?:CC|C/C|c/c|[Cc]onta(?:\\s+[Cc]orrente)?)\\.?\\s*:?\\s*(?<v>\\d{3,12}-[\\dxX])(?![\\w-])",
                        "Brazilian branch and account number").keywords("Ag", "AG", "agência", "agencia")
                        .minDigits(6).score(0.85),
                RegexDetector.of("bank-account-said", BANK_ACCOUNT,
                        "(?iu)\\b(?:(?:bank\\s+)?account(?:\\s+(?:number|no\\.?|nr\\.?|#))?|(?:acct|acc|a/c)\\.?(?:\\s+(?:no\\.?|nr\\.?|#))?"
                                + "|routing(?:\\s+(?:number|no\\.?|#))?|(?-i:RTN)|aba(?:\\s+(?:routing\\s+)?number)?"
                                + "|sort\\s+code|bsb|(?-i:CCC)|kontonummer|kontonr\\.?|(?:giro|spar|privat|gehalts|tages|bank)?konto(?:\\s+nr\\.?)?"
                                + "|bankleitzahl|blz|nib|betaalrekening(?:\\s+nr\\.?)?"
                                + "|num[ée]ro\\s+de\\s+compte|n°\\s*de\\s+compte|compte(?:\\s+bancaire)?"
                                + "|n[uú]mero\\s+de\\s+cuenta|cuenta(?:\\s+bancaria)?|n[uú]mero\\s+da\\s+conta"
                                // Italian, Dutch, Portuguese: "conto n. 1000/12345678", "rekeningnummer", "conta corrente nº"
                                + "|numero\\s+di\\s+conto|(?:conto|conta)(?:\\s+(?:corrente|poupança))?"
                                + "(?:\\s+(?:n[º°.]?|nr\\.?|n[uú]mero))?|rekening(?:nummer|nr\\.?)?(?:\\s+(?:nr\\.?|nummer))?"
                                // Czech "číslo účtu 19-2000145399/0800", Hungarian "számlaszámom", Finnish "tilinumero"
                                + "|(?:[čc][ií]slo\\s+)?[úu][čc](?:et|tu)|(?:bank)?sz[áa]mlasz[áa]m\\p{L}*|tilinumero)"
                                // a branch and account joined by '/' ("1000/12345678"), not a year range ("2023/2024")
                                + SAID + "(?<v>\\d{2,6}/\\d{5,14}|\\d[\\d -]{4,22}\\d)(?!\\d)",
                        "bank account or routing number said as such")
                        .keywords("account", "acct", "routing", "RTN", "aba", "sort code", "bsb", "konto", "bankleitzahl",
                                "blz", "compte", "cuenta", "conta", "conto", "rekening", "acc", "a/c", "nib", "CCC", "účet", "účtu",
                                "učet", "učtu", "úcet", "úctu", "ucet", "uctu", "számlaszám", "szamlaszam", "számlaszam",
                                "szamlaszám", "tilinumero")
                        .minDigits(6).validate((text, start, end, m) -> {
                            int d = Checks.countDigits(text.substring(start, end));
                            // "AWS account 123456789012" is a cloud account's id, "Customer Acme's account number" a
                            // record's
                            String before = Checks.wordBefore(text, m.start());
                            boolean service = notBank.contains(before) || before.equals("s")
                                    && notBank.contains(Checks.wordBefore(text, ownerStart(text, m.start())));
                            // "Buchung auf Konto 480000", "GL account 610000": a ledger's account is a bare label and
                            // at most six plain digits; a bank's is longer, has a check digit, a label saying so, an
                            // owner or a bank account's kind right before ("my account 482913", "checking account ...")
                            boolean ledger = text.substring(start, end).matches("\\d{6}") && m.group()
                                    .substring(0, start - m.start()).matches("(?iu)(?:konto|account|compte)\\s*")
                                    && !ownAccount.contains(before);
                            // Portuguese NIB has 21 digits, Spanish CCC 20
                            return d >= 6 && d <= 21 && !service && !ledger ? end : -1;
                        }).score(0.85),

                // "Account 12345678 sort 60 16 13": a bare 'sort' only beside an account or a bank
                RegexDetector.of("sort-code", BANK_ACCOUNT,
                        "(?i)\\bsort(?:\\s*code)?(?:\\s+(?:is|was)\\s+|\\s*[:=#]\\s*|\\s+)"
                                + "(?<v>\\d{2}[- ]\\d{2}[- ]\\d{2}|\\d{6})(?![\\d-])",
                        "UK sort code beside an account or bank")
                        .keywords("sort").minDigits(6).near(words.get("sort-code-context"), 60, 40).score(0.85),

                // ---- birth dates --------------------------------------------------------------------------
                RegexDetector.of("birth-date", BIRTH_DATE, "(?iu)" + DATE, "date near a word about birth")
                        .minDigits(3).validate(notAnotherEvent(words.get("birth-date-other-event"),
                                words.get("born-not-person"), words.get("born-verb")))
                        .near(birth, 45, 30).score(0.85),
                // an abbreviation right before the date: "b. 03/11/1985", "Geb. 14.05.1990", "data ur. 14.05.1990"
                // "DN: 14/05/1990", "FdN 12/02/1988", "nacimiento 03/03/1988": a short label right before (birth-abbrev)
                RegexDetector.of("birth-date-abbrev", BIRTH_DATE,
                        "(?iu)(?<![\\p{L}\\d.])(?:(?:b|geb|ur|nac|nasc)\\.:?\\s+|(?:" + birthAbbrevs + ")[\"']?\\s*:?\\s*[\"']?)"
                                + "(?:(?:am|on|le|el|em|il)\\s+)?" + DATE,
                        "date right after an abbreviation of 'born' or 'date of birth'")
                        .keywords(Stream.concat(Stream.of("b.", "geb.", "ur.", "nac.",
                                "nasc."), birthAbbrev.stream()).toList()).minDigits(3).score(0.85),
                // the label farther from its date than the context reaches: "Date of birth (as on the old passport,
                // not the new one): 1990-05-14", "Geburtsdatum meines Sohnes Tim: ...", or the date in eight digits
                RegexDetector.of("birth-date-labelled", BIRTH_DATE,
                        "(?iu)(?<![\\p{L}])(?:" + birthLabels + ")(?:(?:,?\\s+[\\p{L}'’-]+){0,5}?\\s*\\([^()\\n]{1,120}\\))?"
                                + "(?:,?\\s+[\\p{L}'’-]+){0,8}?\\s*:\\s*(?:" + DATE + ")",
                        "date after a label about birth, however far").keywords(birth).requires(":").minDigits(3)
                        .score(0.85),
                RegexDetector.of("birth-date-compact", BIRTH_DATE,
                        "(?iu)(?<![\\p{L}])(?:" + birthLabels + ")\\s*:?\\s*(?<v>" + DATE_COMPACT + ")(?!\\d)",
                        "date in eight digits right after a label about birth").keywords(birth).minDigits(8).score(0.85),
                // "Lea (*14.05.1990)", "Opa: * 02.11.1941": the star is the sign for born
                // the date ends its note or the text: "Release notes (*14.05.2024 hotfix)" stays
                RegexDetector.of("birth-date-star", BIRTH_DATE,
                        "(?u)(?:\\(\\s?|\\p{L}:\\s?)\\*\\s?" + DATE + "(?=\\s*(?:$|[),;]|†))",
                        "date after the sign for born").keywords("*").minDigits(3).score(0.85),
                // the month and year only: "born in March 1988", "DOB 03/88", "nata a maggio del 1985"
                RegexDetector.of("birth-month-year", BIRTH_DATE,
                        "(?iu)(?<![\\p{L}\\d./-])(?<v>" + MONTH + "\\s+(?:of\\s+|de\\s+|del\\s+|van\\s+)?(?:19|20)\\d{2}"
                                + "|(?:0?[1-9]|1[0-2])[/.-](?:19|20)?\\d{2})(?![\\d./-])",
                        "month and year near a word about birth")
                        .minDigits(2).validate(notAnotherEvent(words.get("birth-date-other-event"), words.get("born-not-person"),
                                words.get("born-verb")))
                        // the word may follow: "im Mai 1990 geboren"
                        .near(birth, 25, 12).score(0.8),
                // a year alone right after a birth year's label or a word for born with the user as its subject, a
                // small word or two between: "Year of birth: 1986", "born in 1986", "née en 1984", "urodziłem się w
                // 1987"; not a thing's ("The company was born in 2008"), someone else's ("Kids born in 2015") or a
                // decade ("born in the 1980s")
                RegexDetector.of("birth-year", BIRTH_DATE,
                        "(?iu)(?<![\\p{L}])(?:" + asContextWords(birthYearLabels) + "|(?<born>"
                                + asContextWords(words.get("birth-year-born")) + "))\\s*:?\\s+"
                                + "(?:(?:in|en|em|el|nel|im|w|op|around|about|circa|ca\\.|c\\.|anno|ano|año|roku|se|się"
                                + "|year|the\\s+year|l'an)\\s+){0,2}(?<v>(?:19|20)\\d{2})(?![\\d./:,-]\\d|\\d|s\\b|\\p{L})",
                        "year right after a birth year's label or a word for the user's being born")
                        .keywords(Stream.concat(birthYearLabels.stream(), words.get("birth-year-born").stream()).toList())
                        .minDigits(4)
                        .validate((text, start, end, m) -> m.group("born") != null && !oneBirthSaid.test(text, m.start())
                                ? -1 : notThingBorn.end(text, start, end, m))
                        .score(0.8),
                // the year before the participle, as German and Dutch say it: "Bin 1992 geboren", "ik ben in 1991
                // geboren"
                // the year alone before the word for born, as Japanese and Chinese say it: "1988年生まれ", "1990年出生"
                RegexDetector.of("birth-year-cjk", BIRTH_DATE, "(?<!\\d)(?<v>(?:19|20)\\d{2}\\s?年)\\s?(?:生まれ|出生|生)(?![日年月])",
                        "year right before a Japanese or Chinese word for born").keywords("生").minDigits(4).score(0.8),
                RegexDetector.of("birth-year-before", BIRTH_DATE,
                        "(?iu)(?<![\\d./-])(?<v>(?:19|20)\\d{2})\\s+geboren\\b",
                        "year right before 'geboren' said by the user").keywords("geboren").minDigits(4)
                        .validate((text, start, end, m) -> oneBirthSaid.test(text, m.start()) ? notThingBorn.end(text, start, end, m) : -1)
                        .score(0.8),
                RegexDetector.of("birthday", BIRTH_DATE, "(?iu)" + DAY_MONTH, "day and month near a word about birth")
                        .minDigits(1).near(birth, 45, 30).score(0.8),

                // Chinese and Japanese: the word touches the date (no word boundary), so it is in the pattern; "我出生于1992年..."
                RegexDetector.of("birth-date-cjk", BIRTH_DATE,
                        "(?<=(?:出生日期|出生年月日|生年月日|誕生日|生日|生まれ|생년월일|생일|出生[于於在]|生[于於])[:：\\s]{0,3}(?:は|是|为|為|은|는)?\\s{0,2})"
                                + "(?:" + CJK_DATE + "|" + CJK_MONTH_DAY + ")"
                                + "|(?:" + CJK_DATE + "|" + CJK_MONTH_DAY + ")(?=\\s?(?:生まれ|出生))",
                        "date or birthday next to a Chinese, Japanese or Korean word about birth").keywords("生", "생")
                        .minDigits(2)
                        .score(0.85),

                // ---- e-mail -------------------------------------------------------------------------------
                // the '@' may be full-width ("kenji_t＠yahoo.co.jp") or have a space either side ("anna.schmidt87 @
                // gmx.de"); a spaced one only after a local part no word has ("meet @ cafe.de" stays)
                // accented letters in the address: "jörg.müller@gmx.de", "info@müller-bau.de"
                RegexDetector.of("email", EMAIL,
                        "(?<![\\p{IsLatin}\\p{N}_.+%/-])(?<local>[\\p{IsLatin}\\p{N}_.%+-]+)(?<at> ?[@＠] ?|&#64;|&commat;)"
                                + "[\\p{IsLatin}\\p{N}](?:[\\p{IsLatin}\\p{N}-]*[\\p{IsLatin}\\p{N}])?"
                                + "(?: ?\\. ?[\\p{IsLatin}\\p{N}](?:[\\p{IsLatin}\\p{N}-]*[\\p{IsLatin}\\p{N}])?)+",
                        // '@' as HTML writes it too, "jane&#64;example.org", copied from a page's source
                        "e-mail address").keywords("@", "＠", "&#64;", "&commat;").validate((text, start, end, m) -> {
                            String at = m.group("at");
                            String written = text.substring(start, end);
                            // "jdoe @ gmail . com": spaced dots only before a top-level domain; else the address ends
                            // before them ("anna@gmx.de. Next"). Spaced dots need no more of the local part.
                            java.util.regex.Matcher spaced = SPACED_DOT.matcher(written);
                            boolean spacedDots = false;
                            if (spaced.find()) {
                                // any top-level domain there is, in small letters: "priya @ yahoo . co . in" as much as
                                // "... . com"; "ping @ team . It was fine" ends a sentence
                                String tld = written.substring(written.lastIndexOf('.') + 1).strip();
                                spacedDots = tld.equals(tld.toLowerCase(Locale.ROOT))
                                        && DomainValidator.getInstance().isValidTld(tld);
                                if (!spacedDots) {
                                    end = start + spaced.start();
                                    written = written.substring(0, spaced.start());
                                }
                            }
                            if (at.indexOf(' ') >= 0 && !spacedDots
                                    && !m.group("local").matches("(?U).*\\w[._+\\d-]\\w.*|.*\\d")) {
                                return -1;
                            }
                            // git@github.com:team/repo.git is a repository's address, not a mailbox
                            if (end + 1 < text.length() && text.charAt(end) == ':' && !Character.isWhitespace(text.charAt(end + 1))) {
                                return -1;
                            }
                            // the validator knows ASCII addresses: letters of other scripts are checked as ASCII ones
                            String value = java.text.Normalizer.normalize(written.replace(at, "@").replace(" ", ""),
                                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^\\x00-\\x7F]", "a");
                            return emails.isValid(value) ? end : -1;
                        }),
                RegexDetector.of("email-spelled-out", EMAIL,
                        "(?i)(?<![\\w.+-])[\\w.+-]+\\s*[\\[({<]\\s*(?:at|" + SPOKEN_AT_WORDS + ")\\s*[\\])}>]\\s*[\\w-]+"
                                + "(?:\\s*(?:[\\[({<]\\s*(?:dot|" + String.join("|", SPOKEN_DOT_WORDS) + ")\\s*[\\])}>]|\\.)\\s*[\\w-]+)+",
                        "e-mail address written out with [at] and [dot], (at), {at}, <at> or (arroba)")
                        .keywords(Stream.concat(Stream.of("at]", "at)", "at}", "at>",
                                "at ]", "at )", "at }", "at >"), SPOKEN_AT_KEYWORDS.stream()).toList()).score(0.85),
                // "anna.schmidt@gmx (dot de)", "jdoe@gmail[dot]com": the '@' written, the last dot said in brackets
                RegexDetector.of("email-dot-in-brackets", EMAIL,
                        "(?i)(?<![\\w.+-])[\\w.+-]+\\s?[@＠]\\s?[\\w-]+(?:\\.[\\w-]+)*"
                                + "(?:\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*[\\w-]+|\\s*[\\[({<]\\s*dot\\s+[\\w-]+\\s*[\\])}>])",
                        "e-mail address with its last dot said in brackets")
                        .keywords("@", "＠").score(0.85),
                // "jdoe_at_gmail.com", "jdoe%gmail.com": '@' replaced by "_at_" or '%'; a URL's "%2F" is no '@'
                RegexDetector.of("email-at-replaced", EMAIL,
                        "(?i)(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._+-]*?(?:_at_|-at-|%(?!\\d[0-9a-f]|[a-f]\\d))"
                                + "[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*?\\.(?:" + String.join("|", words.get("email-tld"))
                                + ")(?![\\w@-]|\\.\\w)",
                        "e-mail address with '@' written as _at_ or %")
                        .keywords("_at_", "-at-", "%").score(0.85),
                // bare 'at': a lower-case local part and a domain ending in a known top-level domain; " at " is in
                // most memories, so the pattern runs only where a top-level domain or a spoken dot is
                RegexDetector.of("email-bare-at", EMAIL,
                        // a name's capital in the local part ("Anna.Schmidt at gmx.de") only where a dot joins two
                        "(?<local>[A-Za-z0-9][a-z0-9_+-]*(?:(?:" + SPOKEN_DOT + "|\\.)[A-Za-z0-9][a-z0-9_+-]*)*)"
                                // the domain in lower case as addresses are written: "QA lead at Booking.com" is a job
                                + SPOKEN_AT + "(?:[a-z0-9][a-z0-9_-]*(?:(?:" + SPOKEN_DOT + "|\\.)[a-z0-9][a-z0-9_-]*)*?(?:"
                                + SPOKEN_DOT + "|\\.)"
                                + "(?:" + String.join("|", words.get("email-tld")) + ")"
                                // or all in capitals, as typed with caps lock: "anna at GMX.DE"
                                + "|[A-Z0-9][A-Z0-9_-]*(?:\\.[A-Z0-9][A-Z0-9_-]*)*?\\.(?:" + String.join("|", words
                                        .get("email-tld").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList())
                                + "))(?![\\w-]|\\.\\w)",
                        "e-mail address written out with at and dot")
                        .keywords(tldKeywords(words.get("email-tld")))
                        .validate((text, start, end, m) -> start > 0 && isEmailChar(text.charAt(start - 1))
                                || notLocal.contains(m.group("local").toLowerCase(Locale.ROOT))
                                || !m.group("local").equals(m.group("local").toLowerCase(Locale.ROOT))
                                        && !m.group("local").matches("[A-Za-z0-9]+\\.[A-Za-z0-9].*") ? -1 : end)
                        .score(0.85),

                // a mail provider's name stands for its domain: "sophie.m at gmail", "k_ito at yahoo"; the local part
                // joins two parts or holds a digit, as a mailbox's does and "works at Yahoo" has none
                RegexDetector.of("email-at-provider", EMAIL,
                        "(?<![\\w.+-])(?<local>[a-z][a-z0-9_+-]*(?:\\.[a-z0-9_+-]+)*)" + SPOKEN_AT
                                + "(?:" + String.join("|", words.get("email-provider")) + ")(?![\\w.@-])",
                        "e-mail address as its local part at a mail provider's name")
                        .keywords(words.get("email-provider").stream().map(p -> " " + p).toList())
                        .validate((text, start, end, m) -> m.group("local").matches(".*[._\\d].*")
                                && !notLocal.contains(m.group("local")) ? end : -1)
                        .score(0.8),

                // an Indian UPI id pays into the holder's bank account: "ravi.kumar88@okaxis", "9876543210@ybl"; its
                // handle has no dot, so the e-mail detector leaves it
                RegexDetector.of("upi-id", BANK_ACCOUNT,
                        "(?i)(?<![\\w.+-])[a-z0-9._-]{2,64}@(?:" + String.join("|", words.get("upi-handle")) + ")(?![\\w.@-])",
                        "Indian UPI payment address").keywords("@").score(0.85),
                // a chat app's handle given to be reached by: "微信号 wxid_k8d2m4p9q1", "카톡 아이디 minjun_0312", "Telegram
                // @ravi_blr92", "LINE ID: somchai.k88"; a bot's handle ends in "bot" and names no person
                RegexDetector.of("messenger-handle", MESSENGER_ID,
                        "(?iu)" + LABEL_START + "(?:" + labelAlternatives(words.get("messenger-label")) + ")(?![\\p{L}])"
                                + "(?:\\s*(?:id|아이디|号|號|username|user name|handle))?\\s*(?:[:：=]|(?i:is)\\s|は|는|은)?\\s*"
                                + "(?<v>@[A-Za-z][A-Za-z0-9._-]{3,31}|[A-Za-z][A-Za-z0-9-]*[._\\d][A-Za-z0-9._-]*?)(?![\\w@-]|\\.\\w)",
                        "chat app handle (WeChat, LINE, KakaoTalk, Telegram ...) given as a contact")
                        .keywords(words.get("messenger-label"))
                        .validate(Validator.value(v -> v.length() >= 5 && v.length() <= 33
                                && !v.toLowerCase(Locale.ROOT).endsWith("bot")
                                // "Telegram is v10.2": a version; "ERROR LINE: main.py", "LINE: self.user_id": code, not a handle
                                && !NOT_HANDLE.matcher(v).matches())).score(0.8),

                // ---- home addresses -----------------------------------------------------------------------
                RegexDetector.of("address-said", HOME_ADDRESS,
                        "(?iu)(?<!ip |e-mail |email |mail |mac |web |server |wallet |memory |return |reply-to |url |office |company |business |work )"
                                + "\\b(?:home address|postal address|mailing address|billing address|address|addr\\.?"
                                + "|home|adresse|anschrift|wohnadresse|wohnanschrift|direcci[oó]n|domicilio|morada"
                                // the home said inside the word: "Privatadresse", "Huisadres", "Hemadress"
                                + "|privatadresse|privatanschrift|heimadresse|huisadres|thuisadres|hemadress|hjemmeadresse"
                                + "|endere[cç]o|indirizzo|adres|woonadres|adres\\s+domowy|adres\\s+zamieszkania"
                                // Czech, Finnish, Hungarian, Turkish and Russian: "adresa", "kotiosoite", "lakcímem", "adresim"
                                + "|adres[ay]|adrese|osoite|kotiosoite|osoitteeni(?:\\s+on)?|lakc[ií]m\\p{L}*|adresim|адрес"
                                // the address with its article (Norwegian, Danish, Swedish) and Finnish "at the address"
                                + "|adressen|adressa|osoitteessa)"
                                + "(?:(?:\\s+(?:is|ist|lautet|es|est|é|è|jest|er|je|är|este)\\b|\\s*[:=])\\s*"
                                // whose address, in a word or two before ':' in other languages than English:
                                // "adres rodziców: ...", "adresse de mes parents : ...", "Anschrift meiner Eltern: ..."
                                + "|(?<=adres|adresse|anschrift|direcci[oó]n|indirizzo|morada|endere[cç]o|adresa)"
                                + "(?:\\s+(?:de|di|del|della|dei|der|des|van|do|da|dos|das)(?:\\s+(?:mes|mis|meus|minha|mia|miei|mijn))?"
                                + "|\\s+(?:meiner|meines|meinen|mojej|moich))?\\s+\\p{L}+\\s*:\\s*"
                                // "Anschrift Zeil 5, ...", "adres domowy os. Tysiąclecia 12", "adresse Résidence les Pins,
                                // bât. B, appt 12", "indirizzo via Garibaldi 22": a label other than English "address" or
                                // "home" needs no ':' before a capital, a street's word or a Polish street's abbreviation
                                // and a few words to a house number ("Anschrift Feld ... Version 3.2" stays)
                                + "|(?<=anschrift|wohnadresse|wohnanschrift|woonadres|domowy|zamieszkania|adresse|adres|hemadress"
                                + "|direcci[oó]n|domicilio|morada|endere[cç]o|indirizzo|adresa|adrese|osoite|lakcímem|adresim"
                                + "|osoitteessa)\\s+"
                                + "(?=(?:(?-i:\\p{Lu})|(?:ul|al|os|pl)\\.|(?:via|viale|piazza|corso|rua|calle|rue|avenida|avenue"
                                + "|chemin|allée|plaza|praça)\\s)[\\p{L}.'’-]*(?:,?\\s+[\\p{L}.'’-]+){0,5}?,?\\s*\\d{1,4}[a-z]?"
                                + "(?![\\d.,]\\d)))(?<v>\\S)",
                        "address said as such, to the end of its clause")
                        .keywords("addr", "home", "adresse", "anschrift", "direcci", "domicilio", "morada", "endere",
                                "indirizzo", "adres", "osoite", "osoitteeni", "osoitteessa", "lakcím", "lakcim", "адрес")
                        // "Morada fiscal da empresa: Rua do Ouro 10": a company's address said as such is no home's
                        .minDigits(1).validate(notAreaOrDistance(addressValueNot, homeAddress)).toClauseEnd().score(0.8),
                // every branch starts with a digit or a capital, and a capitalised word starts a German one only when a
                // number or a street word follows it: the lookaheads turn most word starts away at once
                RegexDetector.of("street-address", HOME_ADDRESS,
                        "(?u)\\b(?=[\\d\\p{Lu}]|ul\\.|al\\.|os\\.|ulica\\s|aleja\\s|osiedle\\s)"
                                // "221 W 42nd St", "350 5th Avenue": a numbered street's ordinal is one of its names
                                + "(?<v>(?:(?:Flat|Apt\\.?|Apartment|Unit|Suite)\\s+\\w{1,4},?\\s+)?\\d{1,5}[A-Za-z]?,?\\s+"
                                + "(?:(?:[\\p{Lu}][\\p{L}'’.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}"
                                + "(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Park|Crescent|Cres|Way|Court|Ct"
                                + "|Boulevard|Blvd|Place|Pl|Terrace|Close|Square|Sq|Gardens|Grove|Highway|Hwy|Parkway"
                                + "|Pkwy|Circle|Cir|Trail|Row|Walk|Mews|Heights|View|Parade|Ridge|Rise|Hill|Esplanade"
                                + "|Promenade|Quay|Wharf|Loop|Green|Vale|Straße|Strasse|Weg|Allee"
                                // British closes and yards: "2 Mill Croft", "14 Tanner's Yard", "6 Priory Fold"
                                + "|Croft|Yard|Fold|Garth|Chase|Mead|Meadows?|Mount|Paddock|Wynd|Brow|Glade|Orchard"
                                + "|Dene|Villas|Cottages|Grange|Spinney|Causeway|Embankment|Circus|Approach|Hollow|Nook)\\b\\.?"
                                // French: "15 rue de la Paix", "40 bd Haussmann", "15 av. Victor Hugo", "5 cours Mirabeau"
                                + "|\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?i:rue|avenue|boulevard|bd|av\\.|cours|chemin|allée|impasse"
                                + "|quai|route|passage|faubourg|calle|rua|avenida)\\s+\\S"
                                + "|(?:Calle|C/|Carrer|Rua|Rue|Avenida|Avda\\.?|Av\\.|Via|Viale|Piazza|Praça|Largo|Ronda|Glorieta"
                                + "|Strada|Str\\.|Bulevardul|Calea|Ulica|Ulice"
                                + "|Travessa|Paseo|Plaza|Camino|Boulevard|Chemin|Gatan|Vägen|Vicolo|Piazzale|Lungotevere"
                                + "|Lungomare|Jl\\.|Jln\\.|Jalan)\\s+"
                                // no English verb or preposition inside a street's name: "Plaza Midwood is 9" is no address
                                + "(?:(?!(?:is|are|was|were|has|had|in|at|on|for|to|by)\\s)[\\p{L}'’.-]+\\s+){0,4}?\\d{1,5}\\b"
                                // Italian "Corso Vittorio Emanuele II 45": two capitalised names or more, since "corso" is
                                // a course too ("Corso di Python 3", "Corso Java 8")
                                + "|Corso\\s+(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){2,4}\\d{1,4}\\b(?![.,]\\d)"
                                // the number may touch the street where the clause ends after it: "Schillerstr.14",
                                // "Lindenstraße22, 50667 Köln", not "the Hauptstraße2 branch"
                                + "|[\\p{Lu}](?=[\\p{L}-]*\\.?\\s*\\d)[\\p{L}-]*(?:(?:straße|strasse|str\\.)"
                                + "(?:\\s+|(?=\\d{1,4}[a-z]?(?:\\s*$|[,;.]|\\s+in\\b)))|(?:weg|gasse|allee|platz"
                                // "Ostring 4", not the English words ending so: "Java 8 and Spring 4", "String 2"
                                + "|(?<![Ss]p|[Ss]t|[Bb]r|[Ww]r|[Kk]ey|[Ee]ar)ring"
                                + "|damm|ufer|gatan|vägen|gränd|straat|gracht|laan|plein|kade|singel|steeg"
                                + ")\\s+)\\d{1,4}\\s?[a-zA-Z]?\\b"
                                // Danish, Norwegian and Finnish streets written as one word, "Nørrebrogade 12", "Hämeenkatu 22 B
                                // 7", where the number ends the clause ("Renegade 2 is a board game"; no Finnish "-tie": German
                                // "Garantie 2 Jahre")
                                + "|[\\p{Lu}](?=[\\p{L}-]*\\s+\\d)[\\p{L}-]*(?:gade|vej|veien|gata|katu|kuja)\\s+\\d{1,4}(?:\\s?[A-Za-z](?:\\s+\\d{1,4})?)?"
                                + "(?=\\s*(?:$|[,;.(]))"

                                // Brazilian and Italian "Rua Augusta, 1500", "Via Roma, 10": a comma between the street
                                // and its number
                                + "|(?:Rua|Avenida|Av\\.|Travessa|Alameda|Calle|Carrer|Via|Viale|Piazza|Corso|Plaza|Paseo)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?[\\p{Lu}][\\p{L}'’.-]*,\\s*\\d{1,5}\\b"
                                // Colombian "Carrera 15 # 93-60", "Cl. 72 No. 10-34": the street's number, '#' and the cross street's
                                + "|(?:Carrera|Cra\\.?|Kra\\.?|Calle|Cl\\.|Avenida|Av\\.|Diagonal|Dg\\.|Transversal|Tv\\.)\\s*\\d{1,3}\\s?[A-Z]?(?:\\s+(?:Bis|Sur|Este))?"
                                + "\\s*(?:#|No\\.?|N[°º])\\s*\\d{1,3}\\s?[A-Z]?\\s*-\\s*\\d{1,3}\\b"
                                // Polish "ul. Marszałkowska 10/12"
                                // Polish street, avenue and estate, "al. Jerozolimskie 65/79", but not "et al. Nature 2019"
                                + "|(?:ul\\.|(?<!et\\s)al\\.|os\\.|ulica|aleja|osiedle)\\s?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3}?\\s+\\d{1,4}[a-zA-Z]?(?:/\\d{1,4})?\\b"
                                + "|[\\p{Lu}](?=[\\p{L}-]*\\s+[SWAPG])[\\p{L}-]*\\s+(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse)\\s+\\d{1,4}[a-z]?\\b)",
                        "street address, to the end of its clause")
                        .minDigits(1).validate(homeAddress)
                        .toClauseEnd().score(0.8),
                // a flat in a named building, as Indian and British addresses give it: "Flat 302, Sai Residency,
                // Koramangala", "Apartment 12, Rose Court"; only after a word about living there, as "Apartment 3,
                // Building A" may be a client's site
                RegexDetector.of("street-address-flat", HOME_ADDRESS,
                        "(?u)\\b(?<v>(?:Flat|Apt\\.?|Apartment|(?:House|Door|Plot)\\s+No\\.?)\\s*[A-Z]?-?\\d{1,5}[A-Za-z]?,\\s+"
                                + "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3})",
                        "flat in a named building after a word about living there, to the end of its clause")
                        .keywords("flat", "apt", "apartment", "house no", "door no", "plot no").minDigits(1)
                        .validate(orSaidAfter(residenceSaid(words.get("home-address"), homeAddress),
                                words.get("home-address-after"), homeAddress)).toClauseEnd().score(0.8),
                // the street's word apart and in small letters after its name: "Karl Johans gate 22", "Andrássy út 12"
                RegexDetector.of("street-address-word-after", HOME_ADDRESS,
                        // a Norwegian "gate" after a name in the genitive only: "Heathrow gate 22" is an airport's
                        "(?u)(?<![\\p{L}-])(?<v>[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*)?"
                                // Turkish writes its street words with a capital too, and "No:" before the number:
                                // "Bağdat Caddesi No: 12"
                                + "(?:s gate|\\s+(?:vei|vej|gade|út|utca|tér|(?iu:sokak|caddesi|cad\\.|sok\\.|sk\\.)))\\s+(?:No[:.]?\\s*)?"
                                + "\\d{1,4}[a-zA-Z]?\\b)",
                        "street address with its street word after the name, to the end of its clause")
                        .keywords("s gate ", " vei ", " vej ", " gade ", " út ", " utca ", " tér ", " sokak ",
                                " caddesi ", " cad. ", " sok. ", " sk. ").minDigits(1).validate(homeAddress).toClauseEnd().score(0.8),
                // the street's word in small letters where it means nothing else and a name follows ("vivo en la
                // calle Mayor 5", "moro na rua das Flores 12", "abito in viale Monza 7"); not "via" or "plaza"
                RegexDetector.of("street-address-lower-case", HOME_ADDRESS,
                        // Italian "via" is "by way of" too: only after "abito in", "vivo in"
                        "(?u)\\b(?<live>(?:abito|abita|abitiamo|vivo|viviamo|risiedo|risiede|residente)\\s+in\\s+)?"
                                // Czech and Slovak "bydlím v ulici Dlouhá 8"
                                + "(?<v>(?:calle|carrer|rua|avenida|viale|piazza|praça|travessa|via|ulici|ulice)\\s+"
                                + "(?:(?:de|del|della|das|do|da|dos|la|las|los)\\s+)*\\p{Lu}[\\p{L}'’.-]*"
                                + "(?:\\s+[\\p{L}'’.-]+){0,3}?,?\\s+\\d{1,5}\\b)",
                        "street address with its street word in small letters, to the end of its clause")
                        .keywords("calle", "carrer", "rua", "avenida", "viale", "piazza", "praça", "travessa", "via",
                                "ulici", "ulice")
                        .minDigits(1).validate((text, start, end, m) -> m.group("live") == null
                                && text.startsWith("via", start) ? -1 : homeAddress.end(text, start, end, m))
                        .toClauseEnd().score(0.8),
                // Italian, Portuguese and Spanish streets all in small letters, name and all ("abito in via dei mille
                // 24", "moro na rua do sol 45", "corso garibaldi 117, 10122 torino"): "via" and "corso" are words of prose
                // too, so only after a word about living there (residence-lower-case) or with a postcode or an "int." after
                // the number; not "via email 3 volte", "corso di python 3"
                RegexDetector.of("street-address-lower-case-lived", HOME_ADDRESS,
                        "(?iu)(?<![\\p{L}])(?<live>(?:" + String.join("|", words.get("residence-lower-case"))
                                + ")\\s*(?::\\s*|\\s+(?:in|a|al|alla|nel|nella|na|no|em|en(?:\\s+(?:la|el))?)\\s+))?"
                                + "(?<v>(?-i:via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|borgo|lungomare"
                                + "|vico|salita|lungarno|lungotevere|rua|avenida|travessa|praça|alameda|calle|carrer|paseo|plaza"
                                + "|camino|avinguda)\\s+(?:[\\p{L}'’.-]+\\s+){1,4}?\\d{1,4}(?:\\s?/\\s?[a-z]|[a-z])?)"
                                + "(?![\\d.:,]\\d|\\p{L})"
                                + "(?<cap>,?\\s*(?:int(?:erno)?\\.?\\s*\\d{1,3},?\\s*)?(?:\\d{5}|\\d{4}-\\d{3})(?!\\d)"
                                + "|,?\\s*int(?:erno)?\\.?\\s*\\d)?",
                        "street in small letters after a word about living there or before a postcode, to the end of its clause")
                        .keywords("via ", "viale ", "piazza ", "piazzale ", "corso ", "vicolo ", "largo ", "strada ",
                                "contrada ", "borgo ", "lungomare ", "vico ", "salita ", "lungarno ", "lungotevere ",
                                "rua ", "avenida ", "travessa ", "praça ", "alameda ", "calle ", "carrer ", "paseo ", "plaza ",
                                "camino ", "avinguda ")
                        .minDigits(1).validate((text, start, end, m) -> m.group("live") == null && m.group("cap") == null
                                ? -1 : homeAddress.end(text, start, end, m))
                        .toClauseEnd().score(0.8),
                // Dutch streets written as one word in small letters ("woon op de lindelaan 12", "kerkstraat 5, 1234 AB"):
                // only after a word about living there or before a postcode, as "het stadspark 3" may be prose
                RegexDetector.of("street-address-nl-lower-case", HOME_ADDRESS,
                        "(?u)(?<![\\p{L}-])(?<v>\\p{Ll}[\\p{Ll}-]*(?:straat|laan|weg|gracht|plein|kade|singel|dreef|hof|park"
                                + "|steeg|dijk|markt|plantsoen|wal)\\s+\\d{1,4}(?:\\s?[a-z](?!\\p{L}))?)(?![\\d.:,]\\d|\\p{L})"
                                + "(?!\\s*(?:minuten|min|km|meter|m|uur|jaar|dagen|keer|%)\\b)",
                        "Dutch street in small letters after a word about living there or before a postcode, to the end of its clause")
                        .keywords("straat ", "laan ", "weg ", "gracht ", "plein ", "kade ", "singel ", "dreef ", "hof ",
                                "park ", "steeg ", "dijk ", "markt ", "plantsoen ", "wal ")
                        .minDigits(1).validate(residenceSaid(words.get("residence-nl"), 5, DUTCH_POSTCODE, homeAddress))
                        .toClauseEnd().score(0.8),
                // Czech streets are a bare name and a number ("Žitná 25", "Vinohradská 1511/230"): only after a word
                // about living there
                RegexDetector.of("street-address-cz", HOME_ADDRESS,
                        "(?u)\\b(?<v>[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+)?\\s+\\d{1,4}(?:/\\d{1,4})?[a-z]?)\\b(?![.,:]\\d)",
                        "Czech street and number after a word about living there, to the end of its clause")
                        .minDigits(1).near(words.get("residence-cz"), 60, 0).validate(residenceSaid(words.get("residence-cz"), address))
                        .toClauseEnd().score(0.8),
                // German streets that start with a preposition ("Unter den Linden 77", "Am Kirchberg 3"): as common
                // as "am Montag 3 Termine" in ordinary text, so only after a word about living there or before a
                // postcode and town
                RegexDetector.of("street-address-de-prep", HOME_ADDRESS,
                        "(?u)\\b(?<v>(?i:unter\\s+den|unter\\s+der|am|an\\s+der|an\\s+den|auf\\s+dem|auf\\s+der"
                                + "|auf\\s+den|im|in\\s+der|in\\s+den|zum|zur|hinter\\s+dem|hinter\\s+der|vor\\s+dem|bei\\s+der"
                                + "|neben\\s+der)\\s+(?!(?:" + String.join("|", words.get("street-not-name")) + ")\\b)"
                                + "[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+)?\\s+\\d{1,3}[a-z]?)\\b(?![.,:]\\d)",
                        "German street starting with a preposition after a word about living there, to the end of its clause")
                        .keywords("am ", "an de", "auf de", "unter de", "im ", "in de", "zum ", "zur ", "hinter de",
                                "vor dem", "bei der", "neben der")
                        .minDigits(1).validate(residenceSaid(words.get("residence-de"), address)).toClauseEnd()
                        .score(0.8),
                // Polish "Mieszkam na Marszałkowskiej 10 m. 5", "Mieszka na ulicy Polnej 5", "przy ulicy Polnej 5"
                RegexDetector.of("street-address-pl", HOME_ADDRESS,
                        "(?iu)(?:\\b(?:za)?mieszka\\p{L}*\\s+(?:na|przy)\\s+(?:ulicy\\s+|ul\\.\\s*)?|\\b(?:na|przy)\\s+ulicy\\s+)"
                                + "(?<v>(?-i:\\p{Lu})[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3}?\\s+\\d{1,4}[a-z]?(?:/\\d{1,4})?"
                                + "(?:\\s+m\\.\\s*\\d{1,4})?)(?![\\d/])",
                        "Polish street said after 'mieszkam na' or 'ulicy', to the end of its clause")
                        .keywords("mieszka", "ulicy").minDigits(1).validate(address).toClauseEnd().score(0.8),
                // "Rose Cottage, Church Lane, Little Snoring NR21 0AB": a UK postcode after the lines of an address
                // with a dwelling in it or a word about living there (not an office's)
                RegexDetector.of("uk-postcode-address", HOME_ADDRESS,
                        "(?u)(?<![\\p{L}\\d])(?<v>(?:(?:\\d{1,4}[A-Za-z]?\\s+)?[\\p{Lu}][\\p{L}'’.-]*"
                                + "(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3},\\s*){1,4}(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}"
                                + "[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})(?![\\p{L}\\d])",
                        "address lines ending in a UK postcode")
                        // the postcode alone, found in few texts: the address lines before it are costly to try
                        .minDigits(2).requires("[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}")
                        .validate(ukHome(words.get("residence-uk"))).score(0.8),
                // Russian "ул. Ленина, д. 5", Chinese "建国路88号", Korean "강남구 테헤란로 152": a street and its house
                RegexDetector.of("street-address-more-scripts", HOME_ADDRESS,
                        "(?u)(?<v>(?:ул\\.|улица|пр-т|проспект|пер\\.|переулок|бульвар|б-р)\\s*\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}+)?,?\\s+"
                                + "(?:д\\.|дом)\\s*\\d{1,4}"
                                + "|\\p{IsHan}{1,10}(?:路|街|大道|胡同|巷|弄)\\s?\\d{1,5}\\s?号"
                                + "|(?:[가-힣]{1,6}(?:시|구|군|동)\\s+){1,3}[가-힣]{1,10}(?:로|길)\\s?\\d{1,5}(?:-\\d{1,4})?)",
                        "street and house number in Russian, Chinese or Korean, to the end of its clause")
                        .keywords("ул", "улиц", "пр-т", "проспект", "пер.", "переул", "бульвар", "б-р", "路", "街", "大道",
                                "胡同", "巷", "弄", "로", "길")
                        .minDigits(1).validate(homeAddress).toClauseEnd().score(0.8),
                RegexDetector.of("jp-address", HOME_ADDRESS, JP_ADDRESS,
                        "Japanese address: municipality, district and block numbers")
                        // no digit count: the block numbers may be kanji (三丁目); "本社は..." is a company's
                        .keywords("都", "道", "府", "県", "市", "区", "町", "村", "郡").validate(notAfterJapaneseWorkWord).score(0.8),
                // a Japanese address in Latin letters: "2-8-14 Nishi-Ikebukuro, Toshima-ku"
                RegexDetector.of("jp-address-latin", HOME_ADDRESS,
                        "(?<![\\d-])\\d{1,2}-\\d{1,2}(?:-\\d{1,4})?,?\\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*,?\\s+"
                                + "[A-Z][a-z]+-(?:ku|shi|cho|chō|machi|gun|mura)\\b",
                        "Japanese address in Latin letters: block numbers, district and ward or city, to the end of its clause")
                        .keywords("-ku", "-shi", "-cho", "-chō", "-machi", "-gun", "-mura").minDigits(2)
                        .validate(homeAddress).toClauseEnd().score(0.8),
                // a post office box is where a person's letters go as surely as a street: "PO Box 4471", "Postbus 4410"
                RegexDetector.of("po-box", HOME_ADDRESS,
                        "(?iu)\\b(?:p\\.?\\s?o\\.?\\s?box|post\\s+office\\s+box|postfach|postbus|apartado(?:\\s+de\\s+correos)?"
                                + "|apdo\\.|casella\\s+postale|skrytka\\s+pocztowa|bo[iî]te\\s+postale|caixa\\s+postal|私書箱)"
                                + "(?:\\s+(?:personal|privad[oa]|privat[ae]?|personale|eigen|prywatna))?"
                                + "(?:\\s+(?:is|es|è|ist|jest|é)(?:\\s+(?:el|la|de|il))?)?\\s*[:.]?"
                                + "(?:\\s*(?:n[°º.]|nr\\.?|no\\.?|núm\\.?|número|numero|#))?\\s*(?<v>\\d{1,6})(?!\\d)",
                        "post office box, to the end of its clause")
                        .keywords("box", "postfach", "postbus", "apartado", "apdo", "casella", "skrytka", "postale", "postal", "私書箱")
                        .minDigits(1).validate(homeAddress).toClauseEnd().score(0.8),

                // a Polish mobile in national form, nine digits in threes ("501 234 567"): libphonenumber's Polish region
                // would take any nine digits, so only the mobile ranges and only where a word says phone
                RegexDetector.of("pl-mobile", PHONE,
                        "(?<![\\d+.-])(?:\\+48[ -]?)?(?:45|5[0137]|6[069]|7[2389]|88)\\d(?:[ -]?\\d{3}){2}(?![\\d.-])",
                        "Polish mobile number near a word about phones")
                        .minDigits(9).near(words.get("phone-cue"), 40, 15).score(0.8),
                // ---- numbers read out digit by digit: "four one one seven ...", "oh seven seven double one ..." ----
                SpelledNumbers.from(words),

                // ---- phones last: never over a card, id or date already claimed ------------------------------
                phones));
        // the providers' prefixed token formats, read as data, claim right after the code's vendor tokens
        int vendor = table.indexOf(table.stream().filter(d -> d instanceof RegexDetector r && r.id().equals("vendor-token"))
                .findFirst().orElseThrow()) + 1;
        table.addAll(vendor, words.get("vendor-token").stream().map(Detectors::vendorToken).toList());
        // a template's placeholder where a credential goes ("<YOUR_PASSWORD>", "${DB_PASS}", "{{token}}") names no value
        Pattern placeholder = Pattern.compile("(?:" + String.join("|", words.get("placeholder-value")) + ")");
        table.replaceAll(d -> d instanceof RegexDetector r && r.kind().equals(CREDENTIAL) ? r.validate(notPlaceholder(placeholder, r.validator())) : d);
        return List.copyOf(table);
    }

    /**
     * A date right after another event ("birthday present ordered on 2024-05-10", "bought on", "party planned on the
     * first of June 2025") is that event's date, whatever birth word is near.
     */
    private static Validator notAnotherEvent(List<String> events, List<String> things, List<String> bornWords) {
        Pattern before = Pattern.compile("(?iu)\\b(?:" + String.join("|", events)
                + ")(?:\\s+(?:on|for|by|at|am|el|le|il|em|op|is|was))?(?:\\s+the)?\\s*[:,]?\\s*$");
        // "The project was born on 2019-04-01", "Il progetto è nato il 21 marzo", "The product was born on 2 July
        // 2019" (the month and year after a day): a thing's beginning, when "born" is the only birth word before;
        // "born-digital records", "born-again": a compound of "born" says no one's birth
        Pattern thingBorn = Pattern.compile("(?iu)\\b(?:" + String.join("|", things)
                + ")\\s+(?:(?:was|were|is|has\\s+been|est|a\\s+été|è|é|foi|fue|ist|wurde|wordt|werd|jest|został[aoy]?|se|s'est)\\s+){0,2}"
                + "(?:" + String.join("|", bornWords) + ")\\s+"
                + "(?:(?:on|in|il|el|le|em|en|nel|op|am|im|w)\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|º)?\\.?\\s+(?:of\\s+|de\\s+)?)?$"
                + "|\\bborn-\\p{L}[\\p{L}-]*(?:\\s+\\p{L}+){0,3}\\s*$");
        return (text, start, end, m) -> {
            String window = text.substring(Math.max(0, start - 40), start);
            return before.matcher(window).find() || thingBorn.matcher(window).find() ? -1 : end;
        };
    }

    /**
     * Not a company's or an office's address: a word from {@code work-address} earlier in the same sentence ("Office
     * address: Example AG, Seestrasse 12"), unless a word from {@code home-address} is there too; or the address said
     * to be one right after it ("Lindenstraße 5 is our new office").
     */
    private static Validator notWorkPlace(List<String> workWords, List<String> homeWords, Validator then) {
        // "AG" and "SAS" only in capitals, as the file's other case-sensitive words
        String workWord = anyWord(workWords.stream()
                .map(w -> w.equals(w.toLowerCase(Locale.ROOT)) ? "(?i:" + w + ")" : Pattern.quote(w))
                .toList());
        Pattern work = Pattern.compile("(?u)" + workWord);
        Pattern home = Pattern.compile("(?iu)" + anyWord(homeWords));
        // "Lindenstraße 5 is our new office address": the address said to be a work place right after it
        // or in brackets right after it: "Cargo Yard 4 (company premises)", "12 Mill Road (office)"
        Pattern isWork = Pattern.compile("(?u)^[\\s,]*(?:\\(\\s*(?:(?i:our|the|a|an|new)\\s+)?" + workWord + "|(?i:is|are|was|will be|ist|wird"
                + "|est|sera|es|será|è|sarà|é|wordt|is nu)\\s+(?i:(?:our|the|their|unser\\p{L}*|das|der|die|notre|le|la"
                + "|el|nuestr[ao]|il|nostr[ao]|onze|ons|het|de|o|a|nosso|nossa)\\s+)?(?i:(?:new|neue\\p{L}*|nouve(?:au|lle)"
                + "|nuev[ao]|nuov[ao]|nieuwe?|nov[ao]|main|future)\\s+)?" + workWord + ")");
        return (text, start, end, m) -> {
            if (isWork.matcher(text).region(end, text.length()).lookingAt()) {
                return -1;
            }
            int from = start;
            while (from > 0 && start - from < 80 && ";!?\n".indexOf(text.charAt(from - 1)) < 0
                    && !(text.charAt(from - 1) == ' ' && from > 1 && text.charAt(from - 2) == '.'
                            && from > 2 && Character.isLowerCase(text.charAt(from - 3)))) {
                from--;
            }
            String before = text.substring(from, start);
            if (work.matcher(before).find() && !home.matcher(before).find()) {
                return -1;
            }
            int e = then.end(text, start, end, m);
            // said to be a work place after its town and postcode: "..., Bristol BS1 6WP (company premises)"
            return e > end && isWork.matcher(text).region(e, text.length()).lookingAt() ? -1 : e;
        };
    }

    /**
     * A word about living there at most three words before ("Ich wohne seit 2019 Am Kirchberg 3", not "wohnt am Meer
     * und arbeitet im Team 4"), or a postcode and town right after.
     */
    private static Validator residenceSaid(List<String> cues, Validator then) {
        return residenceSaid(cues, 3, Pattern.compile("^,?\\s*\\d{5}\\s+\\p{Lu}"), then);
    }

    /** A Dutch postcode and town after a street: ", 3512 AB Utrecht". */
    private static final Pattern DUTCH_POSTCODE = Pattern.compile("^,?\\s*\\d{4}\\s?[A-Z]{2}\\b");

    /** As {@link #residenceSaid(List, Validator)}, with the words the cue may be back and the postcode after. */
    private static Validator residenceSaid(List<String> cues, int words, Pattern postcode, Validator then) {
        Pattern cue = Pattern.compile("(?iu)" + anyWord(cues)
                + "(?:\\s+(?!(?:und|aber|oder|and|but|en|maar|of)\\b)[^\\s.,;!?]+){0," + words + "}[\\s:,]*$");
        return (text, start, end, m) -> cue.matcher(text.substring(Math.max(0, start - 60), start)).find()
                || postcode.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()
                ? then.end(text, start, end, m) : -1;
    }

    /** As {@code first}, or a word about living there in the 60 characters after it, as Hindi puts its verb last. */
    private static Validator orSaidAfter(Validator first, List<String> cuesAfter, Validator then) {
        Pattern cue = Pattern.compile("(?iu)" + anyWord(cuesAfter));
        return (text, start, end, m) -> {
            int e = first.end(text, start, end, m);
            return e >= 0 || !cue.matcher(text).region(end, Math.min(text.length(), end + 60)).find() ? e
                    : then.end(text, start, end, m);
        };
    }

    /** A dwelling ("Cottage", "Flat") in the address or a word about living there before it; never an office or a stay. */
    private static Validator ukHome(List<String> cues) {
        Pattern cue = Pattern.compile("(?iu)" + anyWord(cues));
        Pattern work = Pattern.compile(
                "(?iu)\\b(?:office|offices|ltd|limited|plc|inc|headquarters|hq|company|works at|based at|premises"
                        + "|business park|industrial estate|trading estate|workshop|warehouse|factory|depot"
                        + "|visit(?:ed|ing)?|holiday|stay(?:ed|ing)?|hotel|airbnb|booked|rented)\\b");
        // a note in brackets right after the postcode says whose it is too: "... BS1 6WP (company premises)"
        Pattern bracketAfter = Pattern.compile("^\\s*\\([^()]{1,40}\\)");
        return (text, start, end, m) -> {
            Matcher note = bracketAfter.matcher(text).region(end, text.length());
            String around = text.substring(Math.max(0, start - 60), end) + (note.lookingAt() ? note.group() : "");
            return cue.matcher(around).find() && !work.matcher(around).find() ? end : -1;
        };
    }

    /** The words as alternatives matched as context words are: one with a capital only as written ("DDN"). */
    private static String asContextWords(List<String> words) {
        return String.join("|", words.stream().map(w -> Words.hasUpper(w)
                ? "(?-i:" + Pattern.quote(w) + ")" : Pattern.quote(w)).toList());
    }

    /** A pattern for any of the words, not as part of a longer word (letters of any script count). */
    /** Words (or signs) as alternatives of a pattern; a word must stand alone, a sign need not. */
    private static String alternatives(List<String> words) {
        return words.stream().map(w -> w.codePoints().anyMatch(Character::isLetter)
                ? "(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})" : Pattern.quote(w)).collect(Collectors.joining("|"));
    }

    /**
     * One line of {@code vendor-token}: "id prefix body", the prefix as written and the body a pattern of the token's
     * characters and length; the token starts where a word does and ends where its characters end.
     */
    static RegexDetector vendorToken(String line) {
        String[] f = line.split("\\s+");
        if (f.length != 3) {
            throw new IllegalStateException("vendor-token: expected 'id prefix body', got '" + line + "'");
        }
        return RegexDetector.of(f[0], CREDENTIAL, "(?<![A-Za-z0-9])" + Pattern.quote(f[1]) + f[2] + "(?![A-Za-z0-9_-])",
                        "API token of a provider's format (" + f[1] + "...)")
                .keywords(f[1]).validate(NOT_FILLER).score(0.95);
    }

    /** A value saying where home lies or how far ("in load-shedding block 16", "2 hours ahead") is no address. */
    private static Validator notAreaOrDistance(Pattern notAddress, Validator then) {
        return (text, start, end, m) -> notAddress.matcher(text).region(start, text.length()).lookingAt()
                ? -1 : then.end(text, start, end, m);
    }

    /** The word or '%' right after a number: an amount's currency or unit, or a rate's sign. */
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*(%|\\p{L}+)");

    /** A date, which a number after "VAT" may be ("VAT return 2024-05-01"), is no business's number. */
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");

    /**
     * A business's number: six digits or more, no date, and no amount or rate ("VAT 1 250 000 EUR", "IVA 22 %"): a
     * currency or unit from {@code quantity-after}, or '%', does not follow it; no word about phones before it.
     */
    private static Validator businessNumber(Set<String> quantityAfter, Pattern phoneWord) {
        return (text, start, end, m) -> {
            if (phoneWord.matcher(text).region(m.start(), start).find()) {
                return -1; // "VAT hotline 0300 200 3700": the number of a phone, which the phones claim
            }
            String v = text.substring(start, end);
            int digits = Checks.countDigits(v);
            if (digits < 6 || digits > 20 || DATE_ONLY.matcher(v).matches()) {
                return -1;
            }
            Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16)));
            return after.find() && (after.group(1).equals("%") || quantityAfter.contains(after.group(1).toLowerCase(Locale.ROOT)))
                    ? -1 : end;
        };
    }

    /** A tax number with a word saying a company's within 30 characters either side is that company's. */
    private static Validator notCompanyNip(Pattern company, Validator then) {
        // "PL8134127852": the EU VAT form of a NIP, which only a business has
        return (text, start, end, m) -> text.startsWith("PL", start - 2) || company.matcher(text.substring(Math.max(0, start - 30),
                Math.min(text.length(), end + 30))).find() ? -1 : then.end(text, start, end, m);
    }

    private static String anyWord(List<String> words) {
        return "(?<![\\p{L}])(?:" + String.join("|", words) + ")(?![\\p{L}])";
    }

    /**
     * A country's IBAN as typed, one or two characters short or over: in groups of four ("DE44 5001 0517 5407 3249
     * 3", five groups or more) or with a word about a bank account near; the value ends with its last group.
     */
    private static Validator mistypedIban(Pattern context) {
        return (text, start, end, m) -> {
            int i = start + 2 + (text.charAt(start + 2) == ' ' ? 1 : 0) + 2;
            int groups = 0;
            int valueEnd = i;
            if (i < text.length() && text.charAt(i) == ' ') {
                while (i < text.length() && text.charAt(i) == ' ') {
                    int g = i + 1;
                    while (g < text.length() && Character.isLetterOrDigit(text.charAt(g)) && text.charAt(g) < 0x80) {
                        g++;
                    }
                    int length = g - i - 1;
                    boolean digit = Checks.countDigits(text.substring(i + 1, g)) > 0;
                    if (length == 4 || length > 0 && length < 4 && digit && groups > 0) {
                        groups++;
                        valueEnd = g;
                    }
                    if (length != 4 || g < text.length() && !Character.isWhitespace(text.charAt(g))
                            && ".,;:)".indexOf(text.charAt(g)) < 0) {
                        break;
                    }
                    i = g;
                }
            } else {
                while (valueEnd < text.length() && Character.isLetterOrDigit(text.charAt(valueEnd))) {
                    valueEnd++;
                }
            }
            String compact = text.substring(start, valueEnd).replace(" ", "");
            int known = Checks.ibanLength(compact.substring(0, 2));
            if (known < 0 || Math.abs(compact.length() - known) > 2 || Checks.countDigits(compact) < 8
                    || Checks.countDigits(compact) * 2 < compact.length()
                    // one character throughout the account, "DE00 0000 0000 0000 0000 00": a form's or a test's filler
                    || compact.substring(4).chars().distinct().count() == 1) {
                return -1;
            }
            boolean printed = groups >= 4;
            return printed || context.matcher(text.substring(Math.max(0, start - 40),
                    Math.min(text.length(), valueEnd + 30))).find() ? valueEnd : -1;
        };
    }

    /** None of the two words before the match is one of {@code words} ("error code 4711#", "Part number AT12 ..."). */
    private static Validator notAfter(Set<String> words, Validator then) {
        return (text, start, end, m) -> {
            int at = m.start();
            for (int n = 0; n < 2; n++) {
                while (at > 0 && " :#.,".indexOf(text.charAt(at - 1)) >= 0) {
                    at--;
                }
                String word = Checks.wordBefore(text, at);
                if (words.contains(word)) {
                    return -1;
                }
                at -= word.length();
            }
            return then.end(text, start, end, m);
        };
    }

    private static Validator notAfter(Set<String> words) {
        return notAfter(words, Validator.ANY);
    }

    /** Where the name before a possessive 's starts: "Acme" in "Customer Acme's account". */
    private static int ownerStart(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || "'’".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    /** 26 digits valid as "PL" + digits by mod 97, or after a word for a bank account ("Numer rachunku"). */
    private static Validator polishAccount(List<String> labels) {
        Pattern label = Pattern.compile("(?iu)" + anyWord(labels));
        return (text, start, end, m) -> Checks.polishNrb(text.substring(start, end))
                || label.matcher(text.substring(Math.max(0, start - 40), start)).find() ? end : -1;
    }

    /**
     * Dotted digit groups only when dots join them all into three or more groups of 3 to 6 digits:
     * "4539.5260.1815.9083", not "4539 5260.1815.9083" or the decimal "4.111111111111111".
     */
    /**
     * A card's digits in groups of one length, the last perhaps shorter (4-4-4-4, 8-8, 4-4-4-4-3), or as Amex and
     * Diners print them (4-6-5, 4-6-4): "309-8246469-2469973" is an order number.
     */
    private static boolean cardGroups(String[] groups) {
        if (groups.length < 2 || groups[0].length() == 4 && groups[1].length() == 6 && groups.length == 3) {
            return true;
        }
        int length = groups[0].length();
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != length && (i < groups.length - 1 || groups[i].length() > length)) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneSeparator(String value) {
        if (!cardGroups(value.split("[ .-]+"))) {
            return false;
        }
        if (value.indexOf('.') < 0) {
            return true;
        }
        String[] groups = value.split("\\.");
        return value.chars().filter(c -> c < '0' || c > '9').distinct().count() == 1 && groups.length >= 3
                && java.util.Arrays.stream(groups).allMatch(g -> g.length() >= 3 && g.length() <= 6);
    }

    /** " dot " or ".tld" for each top-level domain: where a bare-'at' address can be. */
    private static List<String> tldKeywords(List<String> tlds) {
        List<String> keywords = new java.util.ArrayList<>(SPOKEN_DOT_WORDS.stream().map(w -> " " + w + " ").toList());
        tlds.forEach(tld -> keywords.add("." + tld));
        return keywords;
    }

    /**
     * The local part starts after a character that cannot be in one (the pattern has no look-behind, for speed); a
     * letter of another script can: "メールアドレスはtaro.yamada アットマーク gmail.com".
     */
    private static boolean isEmailChar(char c) {
        return Character.isLetterOrDigit(c) && !TextCase.writtenWithoutSpaces(c)
                || c == '.' || c == '+' || c == '-' || c == '_';
    }

    /**
     * The value of an environment variable named for a credential: not a placeholder ("<your key>", "${DB_PASSWORD}",
     * "changeme"), not a setting about the credential (TOKEN_LIMIT, AUTH_PROVIDER, MAX_TOKENS); a password may be a
     * plain word, any other value must have a digit or a symbol.
     */
    private static Validator envValue(Set<String> stopValues, Set<String> notSecretParts) {
        return (text, start, end, m) -> {
            String name = m.group("k");
            // a key's id ("private_key_id" of a service account's JSON key) is half the key when it looks generated
            boolean keyId = name.matches("(?i).*KEY[_-]ID") && Checks.secretLike(text.substring(start, end), 16, 3.0);
            // Terraform reads TF_VAR_<name> as the variable <name>: its own parts say nothing
            for (String part : name.replaceFirst("^TF_VAR_", "").split("_")) {
                if (notSecretParts.contains(part.toLowerCase(Locale.ROOT)) && !keyId) {
                    return -1;
                }
            }
            if (m.group("q") != null) {
                int close = Checks.closingQuote(text, m.start("q"), 200);
                if (close > start) {
                    end = close;
                }
            }
            int e = end;
            while (e > start && ".,;:)]}>".indexOf(text.charAt(e - 1)) >= 0) {
                e--; // a '!' stays: it ends passwords more often than sentences here
            }
            String value = text.substring(start, e);
            String lower = value.toLowerCase(Locale.ROOT);
            if (value.length() < 4 || stopValues.contains(lower) || notSecretParts.contains(lower)
                    || value.matches("(?i)x+|\\*+|\\.+|changeme|change_me|placeholder|todo|tbd|redacted|secret|password"
                            + "|token|true|false|null|none|yes|no|on|off|empty|required|optional|[$%{/~].*|\\w+://.*"
                            // a file that holds it: GOOGLE_APPLICATION_CREDENTIALS=sa-key.json
                            + "|[\\w.-]+\\.(?:json|ya?ml|pem|p12|pfx|crt|txt|env)")) {
                return -1;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            boolean password = upper.contains("PASS") || upper.contains("PWD") || upper.endsWith("_PW");
            // any name ends in _KEY (SORT_KEY=created_at, PRIMARY_KEY=id): its value must look generated
            if (upper.endsWith("_KEY") && !upper.matches(".*(?:API_?KEY|PRIVATE_KEY|ACCESS_KEY)")) {
                return Checks.secretLike(value, 16, 3.0) ? e : -1;
            }
            boolean mixed = value.chars().anyMatch(c -> Character.isDigit(c) || !Character.isLetterOrDigit(c));
            return (password && value.length() >= 4) || (mixed && value.length() >= 6) || Checks.secretLike(value, 12, 3.0)
                    ? e : -1;
        };
    }

    /** Words of ordinary prose that are not in the BIP39 word list: twelve words with one of these are a sentence. */
    private static final Set<String> NOT_SEED_WORDS = Set.of("the", "and", "for", "with", "that", "this", "from",
            "are", "was", "were", "her", "his", "its", "our", "their", "has", "had", "not", "but", "you", "she",
            "they", "them", "into", "than", "then", "when", "what", "where", "which", "who", "why", "how", "will",
            "would", "should", "could", "been", "being", "stored", "written", "kept", "saved", "paper", "safe");

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");

    /** Twelve to twenty-four seed words; the value is the first 12, 15, 18, 21 or 24 of them. */
    private static Validator seedPhrase() {
        return (text, start, end, m) -> {
            java.util.regex.Matcher w = LOWER_CASE_WORD.matcher(text).region(start, end);
            int count = 0;
            int lastEnd = -1;
            int cut = -1;
            while (w.find()) {
                if (NOT_SEED_WORDS.contains(w.group())) {
                    return -1;
                }
                count++;
                lastEnd = w.end();
                if (count % 3 == 0 && count >= 12 && count <= 24) {
                    cut = lastEnd;
                }
            }
            return cut;
        };
    }

    /** A bearer token looks generated; Basic credentials are base64 of "user:password". */
    private static Validator authValue() {
        return (text, start, end, m) -> {
            String value = text.substring(start, end);
            if (m.group("k").equalsIgnoreCase("bearer")) {
                return Checks.secretLike(value, 20, 3.0) ? end : -1;
            }
            return Checks.basicCredentials(value) ? end : -1;
        };
    }

    /** A template's slot where a value would go: "<your-password>", "<your password here>", "[password]". */
    private static boolean isPlaceholder(String text, int at) {
        char open = text.charAt(at);
        int close = open == '<' ? text.indexOf('>', at) : open == '[' ? text.indexOf(']', at) : -1;
        int lineEnd = text.indexOf('\n', at);
        return close > at + 1 && close - at <= 60 && (lineEnd < 0 || lineEnd > close);
    }

    /** The validator, unless the value starts with a template's placeholder. */
    private static Validator notPlaceholder(Pattern placeholder, Validator then) {
        return (text, start, end, m) -> placeholder.matcher(text).region(start, text.length()).lookingAt()
                ? -1 : then.end(text, start, end, m);
    }

    private static Validator credentialValue(Set<String> stopValues, Set<String> pointers, List<String> taskWords,
            List<String> passphraseOwners, Set<String> passTickets) {
        Set<String> owners = Set.copyOf(passphraseOwners);
        Pattern task = Pattern.compile("(?iu)" + anyWord(taskWords));
        return (text, start, end, m) -> {
            if (isPlaceholder(text, start)) {
                return -1; // "password=<your-password>" in a README's example names no value
            }
            String keyword = m.group("k").toLowerCase(Locale.ROOT);
            boolean said = m.group("said") != null;
            // java.util.regex may keep a capture from an attempt it backtracked out of: the phrase counts only when
            // 'is' or ':' comes right after it
            boolean filled = said && m.group("fill") != null && m.end("fill") <= m.start("said")
                    && text.substring(m.end("fill"), m.start("said")).isBlank();
            boolean wifi = WIFI_KEY_WORD.matcher(keyword).matches();
            boolean keyLike = !wifi && (keyword.equals("token") || keyword.contains("secret") || keyword.contains("key")
                    || KEY_WORD_PATTERN.matcher(keyword).matches());
            if (m.group("q") != null) {
                // a quoted value is the value whole, spaces and all: password: "S3cr3t Phrase!"
                int close = Checks.closingQuote(text, m.start("q"), 120);
                if (close > start && said) {
                    String quoted = text.substring(start, close);
                    return quoted.contains(" ") || !stopValues.contains(quoted.toLowerCase(Locale.ROOT)) ? close : -1;
                }
            }
            int e = end;
            while (e > start && ".,;:!?)]}>".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e <= start) {
                return -1;
            }
            String value = text.substring(start, e);
            int masked = withBang(text, e, end); // "Hunter2Chase!": the '!' is the password's
            if (keyword.equals("pwd") && value.matches("[/~].*|[A-Za-z]:\\\\.*")) {
                return -1; // PWD: /home/jane is the shell's working directory
            }
            if (keyword.equals("pass")) {
                // "Boarding pass: printed", "boarding pass for LH: LH123"; a record in capitals is no password either:
                // "the pass to production is PR-4521"
                return looksLikePassword(value, stopValues) && value.chars().anyMatch(Character::isLowerCase)
                        && !passTickets.contains(Checks.wordBefore(text, m.start("k"))) ? masked : -1;
            }
            if (keyword.equals("key")) {
                return Checks.secretLike(value, 16, 3.0) ? masked : -1; // "Key takeaway: ship smaller"
            }
            boolean pinWord = keyword.startsWith("pin") || keyword.equals("code pin") || keyword.equals("geheimzahl");
            if (said && m.group("said").equalsIgnoreCase("to")) {
                // also English "set the password to something longer": only a value that cannot be a word; a PIN's
                // digits ("pin the image to python:3.12" pins a version)
                // "hasło do wifi w domu to 84379722": eight digits, as short as a WPA key may be, are a password
                boolean longDigits = !keyLike && value.matches("\\d{8,}") && !UNIT_AFTER.matcher(text).region(e, text.length()).lookingAt();
                return pinWord ? (value.matches("\\d{4,8}") ? masked : -1)
                        : looksLikePassword(value, stopValues) || Checks.secretLike(value, 12, 3.0) || longDigits ? masked : -1;
            }
            boolean stop = stopValues.contains(value.toLowerCase(Locale.ROOT));
            if (said && pointers.contains(value.toLowerCase(Locale.ROOT))) {
                return -1; // "Passwort ändern: siehe Ticket OPS-1234": it says where to look, the ticket is no value
            }
            if (said && !hasDigitOrSymbol(value) && task.matcher(text.substring(m.end("k"), m.start("said"))).find()) {
                return -1; // "mot de passe oublié : lien dans le ticket": a heading about the password, a word after it
            }
            boolean passphrase = keyword.matches("pass(?:word|wort|phrase| phrase|wd)|pwd?|kennwort|wachtwoord|senha|palavra-passe");
            if (filled) {
                // "Passwort meines Routers: FritzBox#4471x": after any phrase, only a value that cannot be a word
                if (stop || !said) {
                    return -1;
                }
                // "Password expiry for service accounts is 3650 days", "Token usage for GPT-4o: 1.2M": numbers
                // "PIN karty: 7391": a PIN's four digits are enough after a word or two (not "PIN reset requests
                // this quarter: 1200")
                boolean pin = pinWord && text.substring(m.end("k"), m.start("said")).strip().split("\\s+").length <= 2;
                boolean digits = value.matches(pin ? "\\d{4,8}" : "\\d{6,}") && !keyLike
                        && !UNIT_AFTER.matcher(text).region(e, text.length()).lookingAt();
                // after a phrase a PIN is its digits: "PIN diode datasheet: BAP64-02" names a part
                boolean secret = !pinWord && (keyLike ? Checks.secretLike(value, 10, 3.0)
                        : looksLikePassword(value, stopValues) || Checks.secretLike(value, 12, 3.0));
                return digits || secret ? masked : -1;
            }
            if (!said) {
                // "PGP passphrase correct horse battery staple": only a passphrase of some key, four words or more
                boolean owned = owners.contains(Checks.wordBefore(text, m.start("k")).toLowerCase(Locale.ROOT));
                int phrase = keyword.contains("phrase") && owned ? Checks.passphraseEnd(text, start, 4, stopValues) : -1;
                if (phrase > 0) {
                    return phrase;
                }
                // "with password hunter2", "Jenkins password Winter2026": the word right after must look like one
                // "password 'Falcon42!b'": a quote may stand between the space and the value
                int before = m.group("q") != null ? m.start("q") : start;
                boolean spaced = before > m.end("k") && Character.isWhitespace(text.charAt(before - 1));
                // "... and token 0f9e8d7c...": a bare token or secret only when long, with letters and digits
                boolean bare = keyword.equals("token") || keyword.equals("secret");
                boolean generated = bare ? Checks.secretLike(value, 20, 3.0) && hasLetterAndDigit(value)
                        : Checks.secretLike(value, 16, 3.0);
                if (spaced && keyLike && generated) {
                    return masked; // "Azure AD client secret Xy8Q~...": a named key right before a generated value
                }
                if (spaced && strong(value, text.substring(start, masked), stopValues)) {
                    return masked; // "online banking PIN Xqz7!Pass": shaped as a password policy asks, after any name
                }
                // "password for the bind account svc_ldap01 expired": after what it is for, a name with a digit is
                // a password only with a symbol or at the end of its clause
                if (m.group("forwhat") != null && text.substring(start, masked).chars().noneMatch(c -> "!#$%&*+=@^~?".indexOf(c) >= 0)
                        && !CLAUSE_END.matcher(text).region(masked, text.length()).lookingAt()) {
                    return -1;
                }
                return spaced && PASSWORD_WORD.matcher(keyword).matches() && looksLikePassword(value, stopValues)
                        ? masked : -1;
            }
            if (passphrase && m.group("still") == null) {
                // "my password is correct horse battery staple": the rest of the clause, when it reads as one
                int phrase = Checks.passphraseEnd(text, start, stop ? 4 : 3, stopValues);
                if (phrase > 0) {
                    return phrase;
                }
            }
            boolean word = !keyLike && !keyword.startsWith("pin") && !keyword.equals("code pin")
                    && !keyword.equals("geheimzahl") && !keyword.equals("digicode");
            // "Passwort: Sommer 2024!", "Password: la solita, Gattino2019": a word, and a little later in the same
            // clause the part with a digit or symbol; the value is all of it
            boolean joins = RUN_STOPS.contains(value.toLowerCase(Locale.ROOT)); // "is in 1Password"
            int run = word && !joins && !hasDigitOrSymbol(value) ? valueRunEnd(text, e, stopValues) : -1;
            if (run > 0 && (value.length() >= 3 && !stop
                    || looksLikePassword(trimmedToken(text, e, run), stopValues))) {
                return run;
            }
            if (stop) {
                return -1;
            }
            if (m.group("still") != null && value.chars().allMatch(Character::isLetter)) {
                return -1; // "the password is still required"
            }
            if (keyword.startsWith("pin") || keyword.equals("code pin") || keyword.equals("geheimzahl")) {
                return value.matches("\\d{4,8}") ? e : -1;
            }
            if (keyword.equals("digicode")) {
                return Checks.countDigits(value) >= 2 && value.length() <= 10 ? masked : -1; // "4B17A"
            }
            if (keyLike) {
                // "the token is expired", "the secret is patience": ordinary words, not a credential
                return Checks.secretLike(value, 8, 2.5) || value.matches(".*[^\\p{L}\\p{N}].*\\p{N}.*") ? masked : -1;
            }
            return value.length() >= 3 ? masked : -1;
        };
    }

    /** A number followed by one of these is an amount, not a password. */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?iu)\\s*(?:days?|tage?n?|jours?|días?|giorni|months?|monate?n?|mois|years?|jahre?n?|ans?|hours?|stunden?"
                    + "|minutes?|minuten?|seconds?|sekunden?|characters?|chars?|zeichen|caractères|caracteres|caratteri"
                    + "|digits?|ziffern|chiffres|tokens?|words?|wörter|mots|requests?|users?|times?|mal|fois|%)\\b");

    private static final Pattern WIFI_KEY_WORD = Pattern.compile("(?iu)" + WIFI_KEY);
    private static final Pattern KEY_WORD_PATTERN = Pattern.compile("(?iu)" + KEY_WORD);

    /** Words that end a password's clause before any later part of it: "swordfish and nobody knows". */
    private static final Set<String> RUN_STOPS = Set.of("and", "und", "et", "y", "e", "but", "aber", "mais", "ma", "pero",
            "or", "oder", "ou", "o", "in", "im", "on", "at", "bei", "nel", "dans", "en", "em", "no", "na", "op", "with",
            "mit", "avec", "con", "com", "via", "from", "von", "for", "für", "pour", "per", "para", "which", "the", "to",
            "is", "ist", "est", "è", "was", "war", "since", "seit", "depuis", "until", "bis", "jusqu'au", "by", "als", "as");

    /**
     * After a value that is a plain word, the end of the first later token in the same clause with a digit or symbol
     * ("Sommer 2024!", "la solita, Gattino2019"), at most three tokens on and over at most one comma; -1 when there is
     * none or a joining word or the sentence's end comes first.
     */
    static int valueRunEnd(String text, int from, Set<String> stopValues) {
        int i = from;
        boolean comma = false;
        for (int tokens = 0; tokens < 3; tokens++) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
                    || text.charAt(i) == ',' && !comma)) {
                comma |= text.charAt(i) == ',';
                i++;
            }
            int s = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') {
                i++;
            }
            if (s == i) {
                return -1;
            }
            int e = i;
            while (e > s && ".;:)]}>\"'".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            String token = text.substring(s, e);
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.isEmpty() || RUN_STOPS.contains(lower) || stopValues.contains(lower) || e < i
                    && text.charAt(e) != ')' && text.charAt(e) != ']' && text.charAt(e) != '"') {
                return hasDigitOrSymbol(token) && !RUN_STOPS.contains(lower) && !stopValues.contains(lower)
                        && !token.isEmpty() ? e : -1; // a full stop or ';' after the token ends the clause
            }
            if (hasDigitOrSymbol(token)) {
                return e;
            }
        }
        return -1;
    }

    private static String trimmedToken(String text, int from, int end) {
        int s = end;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != ',') {
            s--;
        }
        return text.substring(s, end);
    }

    private static boolean hasLetterAndDigit(String value) {
        return value.chars().anyMatch(Character::isLetter) && value.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasDigitOrSymbol(String value) {
        return value.chars().anyMatch(c -> Character.isDigit(c) || "!#$%&*+=@^~?_-/\\|<>".indexOf(c) >= 0);
    }

    /** The end of a value with the '!' right after it, which belongs to the password more often than to the sentence. */
    private static int withBang(String text, int e, int end) {
        int i = e;
        while (i < end && text.charAt(i) == '!') {
            i++;
        }
        return i;
    }

    /** The words for a password itself (not a PIN, token or key), which may be followed straight by the value. */
    private static final Pattern PASSWORD_WORD =
            Pattern.compile(
                    "pass(?:word|wort|wd)?|pwd?|kennwort|wachtwoord|senha|palavra-passe|mot de passe|mdp|contrase[ñn]a"
                            + "|has[łl]o|hase[łl]ko|parola d['’]ordine");

    /**
     * A value with nothing but a space between it and "password" is one only when it cannot be an ordinary word:
     * letters with a digit or a symbol ("hunter2", "kR8!zzQ1"), not "every", "manager", "isn't" or "e-mails".
     */
    static boolean looksLikePassword(String value, Set<String> stopValues) {
        if (value.length() < 5 || stopValues.contains(value.toLowerCase(Locale.ROOT))
                || value.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        return value.chars().anyMatch(c -> Character.isDigit(c) || "!#$%&*+=@^~?".indexOf(c) >= 0);
    }

    /** Trailing sentence punctuation is not part of a value. */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:!?)]}>\"'」』”".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** After a Japanese or Chinese password word: a password (letters with a digit or symbol) or a PIN. */
    private static Validator cjkPassword(Set<String> stopValues) {
        return (text, start, end, m) -> {
            int e = trimEnd(text, start, end);
            String value = text.substring(start, e);
            return value.matches("\\d{4,8}") || looksLikePassword(value, stopValues) ? e : -1;
        };
    }

    /** Behind any label: letters in both cases, a digit and a symbol, as a password policy asks for. */
    private static Validator strongPassword(Set<String> stopValues) {
        return (text, start, end, m) -> {
            int e = trimEnd(text, start, end);
            return strong(text.substring(start, e), text.substring(start, end), stopValues) ? e : -1;
        };
    }

    /**
     * Eight characters or more with letters in both cases, a digit and a symbol, which may be the last character
     * (the sentence's punctuation trimmed off {@code value} but kept in {@code withEnd}): "Sommer2024!".
     */
    private static boolean strong(String value, String withEnd, Set<String> stopValues) {
        return value.length() >= 8 && value.chars().anyMatch(Character::isUpperCase)
                && value.chars().anyMatch(Character::isLowerCase) && value.chars().anyMatch(Character::isDigit)
                && withEnd.chars().anyMatch(c -> "!#$%&*+=@^~?".indexOf(c) >= 0)
                && !stopValues.contains(value.toLowerCase(Locale.ROOT));
    }


    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:$|[,;.!?)])");

    /** Words after which a value still ends its clause: "elastic / Elastic99x on https://...". */
    private static final Pattern CLAUSE_GOES_ON = Pattern.compile(
            "\\s*(?:$|[,;.!?()]|(?:on|at|for|in|auf|für|sur|pour|su|per|em|para|op|voor)\\b)");

    /**
     * After a default user: letters and digits in mixed case or with a symbol; a word with a number at its end
     * ("Dashboard2024", "Logstash2") only where the clause ends, since it names things too ("root:Permissions123 table").
     */
    private static Validator defaultUserPassword(Set<String> stopValues) {
        return (text, start, end, m) -> {
            String v = text.substring(start, end);
            boolean mixed = !v.equals(v.toLowerCase(Locale.ROOT)) && !v.equals(v.toUpperCase(Locale.ROOT))
                    || hasDigitOrSymbol(v.replaceAll("\\d", ""));
            if (!hasLetterAndDigit(v) || !mixed || stopValues.contains(v.toLowerCase(Locale.ROOT))) {
                return -1;
            }
            boolean wordAndNumber = v.matches("\\p{Lu}?\\p{Ll}+\\d+");
            return !wordAndNumber || CLAUSE_GOES_ON.matcher(text).region(end, text.length()).lookingAt() ? end : -1;
        };
    }

    /** After a user name: a password is not an ordinary word; after a bare '/' it is long and mixed too. */
    private static Validator loginPassword(Set<String> stopValues) {
        return (text, start, end, m) -> {
            int e = end;
            while (e > start && ".,;:!?)]}>".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            e = withBang(text, e, end); // "root / toor123!": the '!' is the password's
            String value = text.substring(start, e);
            boolean letter = value.chars().anyMatch(Character::isLetter);
            boolean other = value.chars().anyMatch(c -> !Character.isLetter(c));
            boolean mixedCase = !value.equals(value.toLowerCase(Locale.ROOT))
                    && !value.equals(value.toUpperCase(Locale.ROOT));
            if (stopValues.contains(value.toLowerCase(Locale.ROOT)) || value.length() < 4) {
                return -1;
            }
            if (m.group("and") != null && !hasLetterAndDigit(value)) {
                return -1; // "The credentials are admin and read-only": after 'and', a word is no password
            }
            if (m.group("k") == null) {
                return value.length() >= 8 && letter && other ? e : -1;
            }
            return other || mixedCase ? e : -1;
        };
    }
}
