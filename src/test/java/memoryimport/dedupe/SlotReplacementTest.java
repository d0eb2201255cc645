package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import memoryimport.model.Memory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlotReplacementTest {

    static Stream<Arguments> replaced() {
        return Stream.of(
                Arguments.of("Works at Ledgerly", "Works at Brightledger", "employer", "ledgerly", "brightledger"),
                Arguments.of("Is a senior backend engineer at Ledgerly", "Joined Brightledger in March", "employer", "ledgerly", "brightledger"),
                Arguments.of("Employed by Acme Corp", "Works for Globex", "employer", "acme corp", "globex"),
                // a product manager keeps its kind beside "pm" (rules/dedupe-aliases.txt), the value compared
                Arguments.of("Is a data analyst at Acme", "Is a product manager at Acme", "role", "data analyst", "product pm"),
                Arguments.of("Project manager at Acme", "PM at Globex", "employer", "acme", "globex"),
                Arguments.of("Job title is staff engineer", "Role is engineering manager", "role", "staff engineer", "engineering manager"),
                Arguments.of("Timezone is CET", "Timezone is PST", "timezone", "cet", "pst"),
                Arguments.of("Is on Pacific time", "Is on Eastern time", "timezone", "pacific", "eastern"),
                Arguments.of("Is on Central European Time", "Is on Pacific time", "timezone", "cet", "pacific"),
                Arguments.of("Reply in German", "Always reply in English", "reply_language", "german", "english"),
                Arguments.of("Works remotely from Lisbon", "Works from Berlin", "work_location", "lisbon", "berlin"));
    }

    static Stream<Arguments> notReplaced() {
        return Stream.of(
                Arguments.of("Works at Ledgerly", "Works at Ledgerly as a senior developer"),
                Arguments.of("Works at Ledgerly", "Prefers concise answers"),
                Arguments.of("Reply in German", "Reply in short sentences"),
                Arguments.of("Timezone is CET", "Works at Brightledger"),
                // a past value, a condition, someone else's value: not the user's current one
                Arguments.of("Works at Acme Corp as a staff engineer", "Previously worked at Initech as an intern"),
                Arguments.of("Works at Acme Corp", "Worked for Globex until 2021"),
                Arguments.of("Timezone is CET", "The customer's timezone is PST"),
                Arguments.of("Wants replies in English", "Wants replies in French when the user writes in French"));
    }

    @ParameterizedTest
    @MethodSource("replaced")
    void newerValueReplacesStoredOne(String stored, String incoming, String slot, String oldValue, String newValue) {
        UserMemory user = new UserMemory(List.of(memory("old", stored, "2023-05-01")));
        Optional<SlotReplacement> r = user.findReplaced(incoming, "work_role");
        assertThat(r).as(incoming).isPresent();
        assertThat(r.get().replaced().entryId()).isEqualTo("old");
        assertThat(r.get().slot()).isEqualTo(slot);
        assertThat(r.get().oldValue()).isEqualTo(oldValue);
        assertThat(r.get().newValue()).isEqualTo(newValue);
    }

    @ParameterizedTest
    @MethodSource("notReplaced")
    void sameValueOrOtherSlotIsNoReplacement(String stored, String incoming) {
        assertThat(new UserMemory(List.of(memory("old", stored, "2023-05-01"))).findReplaced(incoming, "work_role")).isEmpty();
    }

    @Test
    void contradictionIsNotAlsoARepeat() {
        UserMemory user = new UserMemory(List.of(memory("old", "Works at Ledgerly", "2023-05-01")));
        assertThat(user.findRepeat("Works at Brightledger")).isEmpty();
        assertThat(user.findReplaced("Works at Brightledger", "work_role")).isPresent();
    }

    @Test
    void memoriesKeptInThisRunOrSavedLaterAreNotReplaced() {
        UserMemory user = new UserMemory(List.of(memory("old", "Works at Ledgerly", "2024-06-01")));
        assertThat(user.findReplaced("Works at Initech", "work_role", "2024-01-01")).isEmpty();
        assertThat(user.findReplaced("Works at Initech", "work_role", "2024-07-01")).isPresent();

        UserMemory fresh = new UserMemory(List.of());
        fresh.add(memory("newest", "Works at Brightledger", "2024-06-01"));
        assertThat(fresh.findReplaced("Works at Ledgerly", "work_role")).isEmpty();
    }

    @Test
    void memoriesThisRunKeptBeforeARestartAreNotReplaced() {
        List<Memory> stored = List.of(memory("old", "Works at Ledgerly", "2023-05-01"));
        assertThat(Deduper.nearOnly().forUser(stored, "run-0").findReplaced("Works at Initech", "work_role")).isEmpty();
        assertThat(Deduper.nearOnly().forUser(stored, "run-1").findReplaced("Works at Initech", "work_role")).isPresent();
    }

    private static Memory memory(String id, String text, String savedAt) {
        return new Memory(id, "u1", text, "work_role", savedAt, "run-0");
    }
}
