package org.campuscareers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.campuscareers.common.Keyset.KeyType;
import org.junit.jupiter.api.Test;

/** The one paging mechanism, on its own: the predicates it writes and the cursors it accepts. */
class KeysetTest {

    record Row(boolean pinned, OffsetDateTime at, long id) {}

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-28T10:15:30.123456Z");

    final Keyset<Row> newestFirst = Keyset.<Row>of("rows", "AT", "DESC")
            .desc("at", KeyType.TIMESTAMP, Row::at)
            .thenId("id", true, Row::id);
    final Keyset<Row> pinnedThenOldest = Keyset.<Row>of("rows", "AT", "ASC")
            .desc("pinned", KeyType.BOOLEAN, Row::pinned)
            .asc("at", KeyType.TIMESTAMP, Row::at)
            .thenId("id", false, Row::id);

    @Test
    void shouldCompareKeysOfOneDirectionAsOneRowValue() {
        Conditions page = newestFirst.after(new Conditions().add("x = 1"), newestFirst.cursorOf(new Row(false, AT, 7)));

        assertThat(page.where()).isEqualTo("x = 1 and (at, id) < (:keysetAfter0, :keysetAfter1)");
        assertThat(page.parameters()).containsEntry("keysetAfter0", AT).containsEntry("keysetAfter1", 7L);
        assertThat(newestFirst.orderBy()).isEqualTo("at desc, id desc");
    }

    @Test
    void shouldContinueAmongEqualRowsWhereTheDirectionChanges() {
        Conditions page = pinnedThenOldest.after(new Conditions(), pinnedThenOldest.cursorOf(new Row(true, AT, 7)));

        assertThat(page.where())
                .isEqualTo(
                        "(pinned < :keysetAfter0 or (pinned = :keysetAfter0 and (at, id) > (:keysetAfter1, :keysetAfter2)))");
        assertThat(page.parameters())
                .containsEntry("keysetAfter0", true)
                .containsEntry("keysetAfter1", AT)
                .containsEntry("keysetAfter2", 7L);
        assertThat(pinnedThenOldest.orderBy()).isEqualTo("pinned desc, at asc, id asc");
    }

    @Test
    void shouldLeaveTheListsOwnConditionsAloneForItsCount() {
        Conditions where = new Conditions().add("x = 1");
        newestFirst.after(where, newestFirst.cursorOf(new Row(false, AT, 7)));
        assertThat(where.where()).isEqualTo("x = 1");
        assertThat(newestFirst.after(where, null).where()).isEqualTo("x = 1");
    }

    @Test
    void shouldRefuseCursorsOfAnotherListOrOrderAndAnythingElse() {
        String ofOtherOrder = pinnedThenOldest.cursorOf(new Row(true, AT, 7));
        String ofOtherList = Keyset.<Row>of("others", "AT", "DESC")
                .desc("at", KeyType.TIMESTAMP, Row::at)
                .thenId("id", true, Row::id)
                .cursorOf(new Row(false, AT, 7));
        String wrongValue = Cursor.encode("rows/AT/DESC", "yesterday", "7");
        for (String after :
                new String[] {ofOtherOrder, ofOtherList, wrongValue, "bm90IGEgY3Vyc29y", "%%%", "x".repeat(500)}) {
            assertThatThrownBy(() -> newestFirst.after(new Conditions(), after))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                        assertThat(e.field()).isEqualTo("after");
                    });
        }
    }

    @Test
    void shouldFetchOneRowMoreThanAskedToKnowWhetherAnotherPageFollows() {
        PageRequest two = PageRequest.of(2, null);
        assertThat(Keyset.limit(two)).isEqualTo(3);
        Page<Row> page = newestFirst.page(
                java.util.List.of(new Row(false, AT, 3), new Row(false, AT, 2), new Row(false, AT, 1)), two, () -> 3);
        assertThat(page.items()).extracting(Row::id).containsExactly(3L, 2L);
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.hasPreviousPage()).isFalse();
        assertThat(page.endCursor()).isEqualTo(newestFirst.cursorOf(new Row(false, AT, 2)));
    }

    @Test
    void shouldRefuseMoreThanAHundredRowsOrANegativeCountInOnePlace() {
        assertThat(PageRequest.of(null, null).first()).isEqualTo(20);
        assertThat(PageRequest.of(0, "").after()).isNull();
        for (int first : new int[] {-1, 101}) {
            assertThatThrownBy(() -> PageRequest.of(first, null))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.field()).isEqualTo("first"));
        }
    }
}
