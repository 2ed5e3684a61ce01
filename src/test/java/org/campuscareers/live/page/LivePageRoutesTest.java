package org.campuscareers.live.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What the page shell embeds from configuration cannot end its script element or attribute. */
class LivePageRoutesTest {

    @Test
    void shouldEmbedConfigurationThatCannotCloseItsScriptElement() {
        String brand = "</script><script>alert(1)</script><!--";
        String embedded =
                LivePageRoutes.scriptSafe(new JsonObject().put("brand", brand).encode());
        assertThat(embedded).doesNotContain("<").doesNotContain(">");
        // And it is still the same JSON for the page's script.
        assertThat(new JsonObject(embedded).getString("brand")).isEqualTo(brand);
    }

    @Test
    void shouldQuoteAStylesheetAddressAsAnAttribute() {
        assertThat(LivePageRoutes.attribute("/theme.css?a=1&b=\"x\"><script>"))
                .isEqualTo("/theme.css?a=1&amp;b=&quot;x&quot;&gt;&lt;script&gt;");
    }

    @Test
    void shouldAllowConnectionsToTheProvidersOriginOnly() {
        assertThat(LivePageRoutes.originOf("https://idp.example.edu/realms/campus"))
                .hasValue("https://idp.example.edu");
        assertThat(LivePageRoutes.originOf("http://127.0.0.1:18180/realms/campus"))
                .hasValue("http://127.0.0.1:18180");
        assertThat(LivePageRoutes.originOf("/theme.css")).isEmpty();
    }
}
