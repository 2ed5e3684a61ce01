package org.campuscareers.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.EnginePatch;

/**
 * Whether each reach-into-a-library's-internals took hold on this replica (1) or a library upgrade
 * broke it and the service runs the slower way (0): {@code campus_engine_patch_active{patch=...}}.
 * DEV_MODE_DETECTION only matters under {@code quarkus:dev} and reads 0 elsewhere.
 */
@ApplicationScoped
public class EnginePatchMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        for (EnginePatch patch : EnginePatch.values()) {
            Gauge.builder("campus.engine.patch.active", patch, p -> p.isActive() ? 1 : 0)
                    .description("1 while the engine patch is in effect, 0 if a library change disabled it")
                    .tag("patch", patch.name())
                    .register(registry);
        }
    }
}
