package org.campuscareers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A list bound to one parameter becomes one parameter per element, in HQL and native SQL alike. */
class ConditionsTest {

    @Test
    void shouldBindEachElementOfAListAsItsOwnParameter() {
        Conditions where = new Conditions()
                .add("status in :statuses", "statuses", List.of("A", "B"))
                .add("p.kind in (:kinds)", "kinds", Set.of("FULL_TIME"))
                .add("(x = :statusesOther or y in :statuses)", "statusesOther", 7);

        assertThat(where.where())
                .isEqualTo("status in (:statuses__0, :statuses__1) and p.kind in (:kinds__0, :kinds__1)"
                        + " and (x = :statusesOther or y in (:statuses__0, :statuses__1))");
        // A list of one is two parameters: HQL takes the only item of an in-list for a list.
        assertThat(where.parameters())
                .isEqualTo(Map.of(
                        "statuses__0", "A",
                        "statuses__1", "B",
                        "kinds__0", "FULL_TIME",
                        "kinds__1", "FULL_TIME",
                        "statusesOther", 7));
    }

    @Test
    void shouldPadAListToTheNextPowerOfTwoWithItsLastElement() {
        Conditions where = new Conditions().add("id in :ids", "ids", List.of(1L, 2L, 3L));

        assertThat(where.where()).isEqualTo("id in (:ids__0, :ids__1, :ids__2, :ids__3)");
        assertThat(where.parameters()).isEqualTo(Map.of("ids__0", 1L, "ids__1", 2L, "ids__2", 3L, "ids__3", 3L));
        assertThat(List.of(1, 2, 3, 4, 5, 8, 9, 100).stream().map(Conditions::padded))
                .containsExactly(2, 2, 4, 4, 8, 8, 16, 128);
    }

    @Test
    void shouldExpandAListBoundAfterItsClauseAndLeaveArraysAndEmptyListsAsTheyAre() {
        Long[] owners = {1L, 2L};
        Conditions where = new Conditions()
                .add("(status in :public or id in :mine)", "public", List.of("VERIFIED"))
                .add("owner = any(:owners)", "owners", owners)
                .add("region in :regions", "regions", List.of());
        where.bind("mine", List.of(3L, 4L));

        assertThat(where.where())
                .isEqualTo("(status in (:public__0, :public__1) or id in (:mine__0, :mine__1))"
                        + " and owner = any(:owners) and region in :regions");
        assertThat(where.parameters())
                .containsEntry("public__0", "VERIFIED")
                .containsEntry("public__1", "VERIFIED")
                .containsEntry("mine__0", 3L)
                .containsEntry("mine__1", 4L)
                .containsEntry("owners", owners)
                .containsEntry("regions", List.of())
                .hasSize(6);
    }
}
