package org.campuscareers.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The services every @QuarkusTest shares, started once per run: PostgreSQL and a mock OIDC
 * provider whose signing key {@link Tokens} uses.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {}
}
