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
}
