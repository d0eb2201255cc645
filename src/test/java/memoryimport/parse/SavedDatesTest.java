package memoryimport.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedDatesTest {

    @Test
    void anExportReadsDayFirstUnlessOnlyMonthFirstWritingExplainsItsDates() {
        assertThat(SavedDates.dayFirstIn("[25/04/2024] - Uses Go\n[03/05/2024] - Prefers tabs")).isTrue();
        assertThat(SavedDates.dayFirstIn("[04/25/2024] - Uses Go\n[05/03/2024] - Prefers tabs")).isFalse();
        assertThat(SavedDates.dayFirstIn("[03.05.2024] - no number above 12 either way")).isTrue();
        assertThat(SavedDates.dayFirstIn("no dates at all")).isTrue();
    }

    @Test
    void onlyNumbersThatStartAWordCountAsDates() {
        // "v04/25/2024" and "x_04/25/24" are not dates; the date after them is day first
        assertThat(SavedDates.dayFirstIn("v04/25/2024 x_04/25/24 then 25/04/2024")).isTrue();
        assertThat(SavedDates.dayFirstIn("v25/04/2024 then 04/25/2024")).isFalse();
        // a date inside a longer number run is not one either: 104/25/2024 is no date
        assertThat(SavedDates.dayFirstIn("104/25/2024")).isTrue();
        // ends on a word boundary: 04/25/20245 is no date
        assertThat(SavedDates.dayFirstIn("04/25/20245")).isTrue();
        assertThat(SavedDates.dayFirstIn("(04/25/24)")).isFalse();
    }

    @Test
    void anIsoDateIsReadAsWrittenAndAnImpossibleOneIsUndated() {
        assertThat(SavedDates.parse("2024-05-01")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse(" 2024-02-29 ")).isEqualTo("2024-02-29");
        assertThat(SavedDates.parse("2023-02-29")).isNull();
        assertThat(SavedDates.parse("2024-13-01")).isNull();
        assertThat(SavedDates.parse("0000-01-01")).isNull();
        // the same date with other separators, a time or one-digit parts
        assertThat(SavedDates.parse("2024/05/01")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("2024-05-01T10:22Z")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("2024-5-1")).isEqualTo("2024-05-01");
    }

    @Test
    void aNumericDateValidInOnlyOneOrderIsReadInThatOrder() {
        assertThat(SavedDates.parse("5/13/2024", true)).isEqualTo("2024-05-13");
        assertThat(SavedDates.parse("12/25/2024")).isEqualTo("2024-12-25");
        assertThat(SavedDates.parse("13/5/2024", false)).isEqualTo("2024-05-13");
        // both orders valid: the export's order decides
        assertThat(SavedDates.parse("5/1/2024", true)).isEqualTo("2024-01-05");
        assertThat(SavedDates.parse("5/1/2024", false)).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("13/13/2024", false)).isNull();
    }

    @Test
    void aTimeAfterADateIsLetGo() {
        assertThat(SavedDates.parse("5/1/2024 10:22 AM", false)).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("12/3/2024, 9:05:17 PM", false)).isEqualTo("2024-12-03");
        assertThat(SavedDates.parse("01.05.2024 14:22")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("5/1/2024 10 AM", false)).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("1 May 2024, 10:22")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("5/1/2024 and more")).isNull();
    }

    @Test
    void monthNamesOfSevenLanguagesWithTheirAbbreviationsAndDe() {
        assertThat(SavedDates.parse("1 de mayo de 2024")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("12 de março de 2024")).isEqualTo("2024-03-12");
        assertThat(SavedDates.parse("2 de abr. de 2024")).isEqualTo("2024-04-02");
        assertThat(SavedDates.parse("1º de dezembro de 2024")).isEqualTo("2024-12-01");
        assertThat(SavedDates.parse("1 mei 2024")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("3 mrt 2024")).isEqualTo("2024-03-03");
        assertThat(SavedDates.parse("1 maggio 2024")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("7 ott. 2024")).isEqualTo("2024-10-07");
        assertThat(SavedDates.parse("12 janv. 2025")).isEqualTo("2025-01-12");
        assertThat(SavedDates.parse("1er juil. 2024")).isEqualTo("2024-07-01");
        assertThat(SavedDates.parse("12. Jan. 2025")).isEqualTo("2025-01-12");
        assertThat(SavedDates.parse("3. Mär. 2024")).isEqualTo("2024-03-03");
        assertThat(SavedDates.parse("septiembre de 2024")).isEqualTo("2024-09");
        assertThat(SavedDates.parse("Dez. 2024")).isEqualTo("2024-12");
        assertThat(SavedDates.isMonthName("févr")).isTrue();
    }

    @Test
    void monthNamesOfNorthernAndEasternLanguagesInTheFormADateTakes() {
        assertThat(SavedDates.parse("1. května 2024")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("14. října 2023")).isEqualTo("2023-10-14");
        assertThat(SavedDates.parse("12 maja 2024")).isEqualTo("2024-05-12");
        assertThat(SavedDates.parse("3 października 2024")).isEqualTo("2024-10-03");
        assertThat(SavedDates.parse("5 maj 2024")).isEqualTo("2024-05-05");
        assertThat(SavedDates.parse("7. marts 2024")).isEqualTo("2024-03-07");
        assertThat(SavedDates.parse("3 Mayıs 2024")).isEqualTo("2024-05-03");
        assertThat(SavedDates.parse("21 Şubat 2025")).isEqualTo("2025-02-21");
        assertThat(SavedDates.parse("2 сентября 2024")).isEqualTo("2024-09-02");
        assertThat(SavedDates.parse("1. tammikuuta 2025")).isEqualTo("2025-01-01");
        assertThat(SavedDates.parse("9 noiembrie 2024")).isEqualTo("2024-11-09");
        assertThat(SavedDates.parse("Ekim 2024")).isEqualTo("2024-10");
        assertThat(SavedDates.parse("listopad 2024")).isEqualTo("2024-11");
    }

    @Test
    void theWordSomeLanguagesPutBeforeADateIsReadPast() {
        assertThat(SavedDates.parse("le 3 mai 2024")).isEqualTo("2024-05-03");
        assertThat(SavedDates.parse("am 3. Mai 2024")).isEqualTo("2024-05-03");
        assertThat(SavedDates.parse("on May 3, 2024")).isEqualTo("2024-05-03");
        assertThat(SavedDates.parse("el 3 de mayo de 2024")).isEqualTo("2024-05-03");
        assertThat(SavedDates.parse("op 3 mei 2024")).isEqualTo("2024-05-03");
        assertThat(SavedDates.parse("am Montag")).isNull();
    }

    @Test
    void aStructuredExportsDateFieldMayHoldEpochSecondsOrMillisecondsAsDigits() {
        assertThat(SavedDates.parseStamp("1714953600", true)).isEqualTo("2024-05-06");
        assertThat(SavedDates.parseStamp("1714953600000", true)).isEqualTo("2024-05-06");
        assertThat(SavedDates.parseStamp("20240506", true)).isEqualTo("2024-05-06");
        assertThat(SavedDates.parseStamp("2024-05-06", true)).isEqualTo("2024-05-06");
        // a text export's numbers are not read so: a ten-digit number there may be anything
        assertThat(SavedDates.parse("1714953600")).isNull();
    }

    @Test
    void wordsThatAreNoMonthsOrRelativeDatesAreNoDates() {
        assertThat(SavedDates.parse("Mai Tanaka")).isNull();
        assertThat(SavedDates.parse("Spring 2024")).isNull();
        assertThat(SavedDates.parse("3 weeks ago")).isNull();
        assertThat(SavedDates.parse("1 de Tanaka de 2024")).isNull();
    }

    @Test
    void datesOfAsiaAndTheMiddleEastInTheirDigitsMonthNamesAndCalendars() {
        // Arabic-Indic and Persian digits; Arabic, Persian, Hindi, Thai, Indonesian, Swahili and Filipino month names
        assertThat(SavedDates.parse("٢٠٢٤-٠٥-٠١")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("١ مايو ٢٠٢٤")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("3 حزيران 2024")).isEqualTo("2024-06-03");
        assertThat(SavedDates.parse("12 जुलाई 2024")).isEqualTo("2024-07-12");
        assertThat(SavedDates.parse("3 มิถุนายน 2024")).isEqualTo("2024-06-03");
        assertThat(SavedDates.parse("12 Agustus 2024")).isEqualTo("2024-08-12");
        assertThat(SavedDates.parse("Machi 5, 2024")).isEqualTo("2024-03-05");
        assertThat(SavedDates.parse("Hulyo 12, 2024")).isEqualTo("2024-07-12");
        // Vietnamese numbers its months; Korean dots a year-first date
        assertThat(SavedDates.parse("Ngày 1 tháng 5 năm 2024")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("12 tháng 7, 2024")).isEqualTo("2024-07-12");
        assertThat(SavedDates.parse("tháng 5 năm 2024")).isEqualTo("2024-05");
        assertThat(SavedDates.parse("2024. 6. 3.")).isEqualTo("2024-06-03");
        // the Thai Buddhist era, with an abbreviated month; Japanese eras and Taiwan's Minguo years
        assertThat(SavedDates.parse("1 พ.ค. 2567")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("12/07/2567")).isEqualTo("2024-07-12");
        assertThat(SavedDates.parse("令和6年5月1日")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("平成元年1月8日")).isEqualTo("1989-01-08");
        assertThat(SavedDates.parse("民國113年5月1日")).isEqualTo("2024-05-01");
        // the Solar Hijri calendar: Persian digits or month names; Esfand 30 only in a leap year
        assertThat(SavedDates.parse("۱۴۰۳/۰۲/۱۲")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("۱۲ اردیبهشت ۱۴۰۳")).isEqualTo("2024-05-01");
        assertThat(SavedDates.parse("۱ فروردین ۱۴۰۳")).isEqualTo("2024-03-20");
        assertThat(SavedDates.parse("۱۳۹۹/۱۲/۳۰")).isEqualTo("2021-03-20");
        assertThat(SavedDates.parse("۱۴۰۲/۱۲/۳۰")).isNull();
        assertThat(SavedDates.parse("1 Mehr 1403")).isNull();
    }
}
