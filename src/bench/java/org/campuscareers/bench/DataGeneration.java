package org.campuscareers.bench;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link DataGenerator} from Maven with the test classpath (not part of the test suite: its
 * name does not end in Test). Use {@code bench/generate.sh [jdbc-url] [scale] [seed]}, or
 * {@code ./mvnw test -Dtest=DataGeneration -Ddatagen.url=... -Ddatagen.scale=1.0} (add
 * {@code -Ddatagen.postings=1000000} or {@code -Ddatagen.graduates=300000} to set the number of
 * postings or graduates apart from the scale).
 */
class DataGeneration {

    @Test
    void generate() throws Exception {
        DataGenerator.generate(
                new DataGenerator.Options(
                        System.getProperty("datagen.url", "jdbc:postgresql://127.0.0.1:5432/campus_datagen"),
                        System.getProperty("datagen.user", "postgres"),
                        System.getProperty("datagen.password", ""),
                        Double.parseDouble(System.getProperty("datagen.scale", "1.0")),
                        Long.getLong("datagen.seed", DataGenerator.Options.DEFAULT_SEED),
                        System.getProperty("datagen.anchor") == null
                                ? DataGenerator.Options.generationDay()
                                : Instant.parse(System.getProperty("datagen.anchor")),
                        Integer.getInteger("datagen.postings", 0),
                        Integer.getInteger("datagen.graduates", 0)),
                System.out);
    }
}
