package org.campuscareers.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Ministry-to-NACE mapping is printed in docs/OUTCOMES.md for the people who publish the
 * figures: the table there and {@link DestinationCategory} must say the same, row for row.
 */
class DestinationCategoryTest {

    static final Path DOC = Path.of("docs", "OUTCOMES.md");

    record Row(String ministry, String category, String nace, boolean placed, boolean evidence, boolean flexible) {}

    static List<Row> documented() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            if (!line.startsWith("| ") || !line.contains("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            if (cells.length != 6 || !cells[2].strip().startsWith("`")) {
                continue;
            }
            rows.add(new Row(
                    cells[0].strip(),
                    cells[1].strip().replace("`", ""),
                    cells[2].strip().replace("`", ""),
                    cells[3].strip().equals("yes"),
                    cells[4].strip().equals("yes"),
                    cells[5].strip().equals("yes")));
        }
        return rows;
    }

    @Test
    void shouldMapEveryMinistryCategoryToNaceAsTheDocumentedTableSays() throws IOException {
        List<Row> inCode = new ArrayList<>();
        for (DestinationCategory c : DestinationCategory.values()) {
            inCode.add(new Row(
                    c.ministryName(), c.name(), c.nace().name(), c.isPlaced(), c.needsEvidence(), c.isFlexible()));
        }
        assertThat(documented()).containsExactlyElementsOf(inCode);
    }

    @Test
    void shouldRequireProofExactlyForOtherEmploymentFreelanceAndResearchAssistants() {
        assertThat(DestinationCategory.where(DestinationCategory::needsEvidence))
                .containsExactly(
                        DestinationCategory.OTHER_EMPLOYMENT,
                        DestinationCategory.RESEARCH_ASSISTANT,
                        DestinationCategory.FREELANCE);
    }

    @Test
    void shouldCountEveryCategoryButSeekingAndNotSeekingAsPlaced() {
        assertThat(DestinationCategory.where(c -> !c.isPlaced()))
                .containsExactly(DestinationCategory.SEEKING, DestinationCategory.NOT_SEEKING);
        // NACE's positive outcomes are the placed categories: both rates count the same destinations.
        assertThat(DestinationCategory.where(c -> c.nace().isPositive()))
                .isEqualTo(DestinationCategory.where(DestinationCategory::isPlaced));
    }
}
