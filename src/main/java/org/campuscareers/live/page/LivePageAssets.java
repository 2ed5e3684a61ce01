package org.campuscareers.live.page;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jboss.logging.Logger;

/**
 * The livestream page's built files (src/main/live, bundled by src/main/live/build.mjs into
 * {@code live-page/} on the classpath), held in memory with their gzipped form: a few dozen KB.
 *
 * <p>In {@code quarkus:dev} files are read from target/classes/live-page on disk, and the page is
 * bundled again there when a source under src/main/live changed since it was built (or when it is
 * missing): an edit shows at the next reload in the browser, with no restart.
 */
@ApplicationScoped
public class LivePageAssets {

    private static final Logger LOG = Logger.getLogger(LivePageAssets.class);
    private static final Path DEV_OUTPUT = Path.of("target", "classes", "live-page");
    private static final Path DEV_SOURCES = Path.of("src", "main", "live");
    private static final Path LOCK_FILE = Path.of("package-lock.json");

    /** A file as served: its bytes, gzipped bytes and media type. */
    public record Asset(byte[] bytes, byte[] gzipped, String contentType) {}

    private final boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
    private volatile Map<String, Asset> assets = Map.of();
    private volatile String page;
    private volatile long builtAt = -1;

    /** The page shell (page.html with the hashed asset names), or null when the page was not built. */
    public String page() {
        if (dev) {
            synchronized (this) {
                rebuildIfStale();
            }
        }
        if (builtAt < 0) {
            synchronized (this) {
                if (builtAt < 0) {
                    load();
                }
            }
        }
        return page;
    }

    /** A file under /live/assets/, or null. */
    public Asset asset(String name) {
        if (builtAt < 0) {
            page();
        }
        return assets.get(name);
    }

    private void load() {
        long built = dev ? lastModified(DEV_OUTPUT.resolve("manifest.json")) : 0;
        String manifestText = read("manifest.json");
        String shell = read("page.html");
        if (manifestText == null || shell == null) {
            LOG.warn("The livestream page is not built (no live-page/manifest.json): /live answers 503."
                    + " ./mvnw package builds it; it needs Node.js 20+.");
            page = null;
            assets = Map.of();
            builtAt = Math.max(0, built);
            return;
        }
        JsonObject manifest = new JsonObject(manifestText);
        Map<String, Asset> loaded = new ConcurrentHashMap<>();
        for (String key : new String[] {"js", "css"}) {
            String name = manifest.getString(key);
            byte[] bytes = readBytes("assets/" + name);
            if (bytes == null) {
                throw new IllegalStateException("live-page/assets/" + name + " named by the manifest is missing");
            }
            loaded.put(name, new Asset(bytes, gzip(bytes), contentTypeOf(name)));
        }
        assets = Map.copyOf(loaded);
        page = shell;
        // Last: a reader that sees builtAt set sees the files it goes with.
        builtAt = Math.max(0, built);
    }

    private void rebuildIfStale() {
        if (!Files.isDirectory(DEV_SOURCES)) {
            return;
        }
        long sources = Math.max(newestIn(DEV_SOURCES), lastModified(LOCK_FILE));
        long built = lastModified(DEV_OUTPUT.resolve("manifest.json"));
        if (built >= sources && builtAt == Math.max(0, built)) {
            return;
        }
        if (built < sources) {
            LOG.info("Bundling the livestream page (src/main/live) into " + DEV_OUTPUT);
            try {
                Process process = new ProcessBuilder(
                                "node", DEV_SOURCES.resolve("build.mjs").toString(), DEV_OUTPUT.toString())
                        .inheritIO()
                        .start();
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    LOG.error("Bundling the livestream page failed; see the output above");
                    return;
                }
            } catch (IOException e) {
                LOG.error("Cannot run node to bundle the livestream page (Node.js 20+ must be on the PATH): " + e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        load();
    }

    private String read(String name) {
        byte[] bytes = readBytes(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] readBytes(String name) {
        try {
            if (dev && Files.isDirectory(DEV_OUTPUT)) {
                Path file = DEV_OUTPUT.resolve(name);
                return Files.exists(file) ? Files.readAllBytes(file) : null;
            }
            try (InputStream in =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream("live-page/" + name)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String contentTypeOf(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static long lastModified(Path file) {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long newestIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(LivePageAssets::lastModified)
                    .max()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
