package org.campuscareers.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.campuscareers.common.EntityColumns;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word a search can hold is looked up by tokens, in any script: accented Latin, Cyrillic,
 * Greek, kana, Hangul as well as English and Chinese. A search with nothing to look up is refused,
 * so that no search reads every posting.
 */
@QuarkusTest
class SearchTokensTest {

    static final String SEARCH =
            "query($s: String, $e: ID) { postings(filter: {search: $s, employerId: $e}) { totalCount nodes { title } } }";

    @Inject
    EntityManager entityManager;

    /**
     * A page selects the columns the entity maps, not {@code p.*} with its search tokens; the
     * plan tests and the growth benchmark run the same select list.
     */
    @Test
    void shouldSelectTheColumnsThePostingMapsAndNotItsSearchTokens() {
        String columns = EntityColumns.of(entityManager, Posting.class, "p");
        assertThat(columns).isEqualTo(PostingSearchStatements.COLUMNS).doesNotContain("search_tokens");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "é ü ö ä ß ñ",
                "Straße",
                "ИНЖЕНЕР",
                "программист",
                "カタカナ",
                "ひらがな",
                "한국어",
                "μηχανικός",
                "naïve café",
                "東京タワー"
            })
    void shouldLookUpEveryWordOfAnyScriptByItsTokens(String search) {
        assertThat(coverTokens(search)).as(search).isNotEmpty();
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employer = Fixtures.verifiedEmployer(member, "Scripts " + UUID.randomUUID());
        String title = "Posting for " + search + " (" + UUID.randomUUID() + ")";
        Fixtures.publishedPosting(member, employer, title, "Description with " + search + " in it");
        Fixtures.publishedPosting(member, employer, "Other posting", "Nothing of the kind");

        Result found = anonymous(SEARCH, "s", search, "e", employer);
        assertThat(found.<List<String>>get("postings.nodes.title")).containsExactly(title);
        assertThat(found.<Integer>get("postings.totalCount")).isEqualTo(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"!!!", "-- ...", "🚀", "¿? ¡! «»", "。、"})
    void shouldRefuseASearchWithNothingToLookUp(String search) {
        Result refused = anonymous(SEARCH, "s", search);
        assertThat(refused.errorCode()).as(refused.body()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.errorField()).isEqualTo("filter.search");
    }

    @Test
    void shouldStillSearchWordsWithoutTokensBesideOnesWithTokens() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employer = Fixtures.verifiedEmployer(member, "Plus " + UUID.randomUUID());
        Fixtures.publishedPosting(member, employer, "C++ developer", "Systems work");
        Fixtures.publishedPosting(member, employer, "C developer", "Systems work");
        assertThat(anonymous(SEARCH, "s", "c++ developer", "e", employer).<Integer>get("postings.totalCount"))
                .isEqualTo(1);
    }

    /** Java's idea of a word that is one token (which skips the text check) is the database's. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"café", "straße", "инженер", "μηχανικός", "engineer", "化学", "化", "カタ", "한국", "科研助理", "c++"})
    void shouldAgreeWithTheDatabaseOnWordsThatAreOneToken(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        assertThat(PostingQuery.isOneToken(lower))
                .as(word)
                .isEqualTo(coverTokens(word).equals(List.of(lower)));
    }

    /** Every character Java lets a search through for gives the database a token to look up. */
    @Test
    void shouldNeverLetThroughASearchTheDatabaseFindsNoTokenIn() {
        List<?> indexable = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select c from generate_series(1, 65535) c where c not between 55296 and 57343"
                                        + " and campus_search_cover_tokens(chr(c)) <> '{}'")
                        .getResultList());
        java.util.Set<Integer> inDatabase = new java.util.HashSet<>();
        indexable.forEach(c -> inDatabase.add(((Number) c).intValue()));
        List<String> missing = new java.util.ArrayList<>();
        for (int c = 1; c <= 0xffff; c++) {
            if (!Character.isSurrogate((char) c)
                    && PostingQuery.isIndexable(String.valueOf((char) c))
                    && !inDatabase.contains(c)) {
                missing.add(String.format("U+%04X", c));
            }
        }
        assertThat(missing).isEmpty();
        assertThat(inDatabase).hasSizeGreaterThan(40_000);
    }

    private List<String> coverTokens(String search) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> tokens = entityManager
                    .createNativeQuery("select t from unnest(campus_search_cover_tokens(:s)) t order by t")
                    .setParameter("s", search)
                    .getResultList();
            return tokens.stream().map(String::valueOf).toList();
        });
    }
}
