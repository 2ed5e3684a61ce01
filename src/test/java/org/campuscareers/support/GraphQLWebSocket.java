package org.campuscareers.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A GraphQL-over-websocket client for tests, speaking either subprotocol: graphql-transport-ws
 * (connection_init, subscribe, next, complete, ping/pong) or the older graphql-ws (connection_init,
 * start, data, complete, ka). The token goes in the connection_init payload, as browsers must.
 */
public final class GraphQLWebSocket implements AutoCloseable {

    public enum Protocol {
        TRANSPORT_WS("graphql-transport-ws", "subscribe", "next"),
        GRAPHQL_WS("graphql-ws", "start", "data");

        final String name;
        final String subscribeType;
        final String dataType;

        Protocol(String name, String subscribeType, String dataType) {
            this.name = name;
            this.subscribeType = subscribeType;
            this.dataType = dataType;
        }
    }

    private final Protocol protocol;
    private final WebSocketClient client;
    private final LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile WebSocket socket;
    private volatile String closeReason;

    private GraphQLWebSocket(Vertx vertx, Protocol protocol, int receiveBufferSize) {
        this.protocol = protocol;
        WebSocketClientOptions options = new WebSocketClientOptions().setMaxFrameSize(1 << 20);
        if (receiveBufferSize > 0) {
            options.setReceiveBufferSize(receiveBufferSize);
        }
        this.client = vertx.createWebSocketClient(options);
    }

    public static GraphQLWebSocket connect(Vertx vertx, URI uri, Protocol protocol, String token) {
        return connect(vertx, uri, protocol, token, 0);
    }

    /** Connects, sends connection_init (with the token if any) and waits for connection_ack. */
    public static GraphQLWebSocket connect(
            Vertx vertx, URI uri, Protocol protocol, String token, int receiveBufferSize) {
        GraphQLWebSocket ws = new GraphQLWebSocket(vertx, protocol, receiveBufferSize);
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(uri.getHost())
                .setPort(uri.getPort())
                .setURI("/graphql")
                .setSubProtocols(List.of(protocol.name));
        ws.socket = ws.client
                .connect(options)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        ws.socket.textMessageHandler(text -> ws.onMessage(new JsonObject(text)));
        ws.socket.closeHandler(v -> {
            ws.closeReason = ws.socket.closeReason();
            Short status = ws.socket.closeStatusCode();
            ws.closed.complete(status == null ? -1 : (int) status);
        });
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        ws.socket.writeTextMessage(init.encode());
        try {
            ws.acknowledged.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("No connection_ack within 10 s", e);
        }
        return ws;
    }

    private void onMessage(JsonObject message) {
        switch (message.getString("type")) {
            case "connection_ack" -> acknowledged.complete(null);
            case "ping" ->
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            case "ka", "pong" -> {}
            default -> messages.add(message);
        }
    }

    /** Starts a subscription and returns its operation id. */
    public String subscribe(String query, Map<String, Object> variables) {
        String id = String.valueOf(ids.incrementAndGet());
        socket.writeTextMessage(new JsonObject()
                .put("id", id)
                .put("type", protocol.subscribeType)
                .put("payload", new JsonObject().put("query", query).put("variables", new JsonObject(variables)))
                .encode());
        return id;
    }

    /** Ends a subscription from the client's side. */
    public void complete(String id) {
        String type = protocol == Protocol.TRANSPORT_WS ? "complete" : "stop";
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", type).encode());
    }

    /**
     * The data of the next {@code count} results of the subscription, failing if they do not come in
     * time or an error comes instead.
     */
    public List<JsonObject> next(String id, int count, Duration timeout) {
        return next(id, count, timeout, data -> true);
    }

    /** Like {@link #next(String, int, Duration)}, counting only the results {@code keep} accepts. */
    public List<JsonObject> next(
            String id, int count, Duration timeout, java.util.function.Predicate<JsonObject> keep) {
        List<JsonObject> results = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (results.size() < count) {
            JsonObject message;
            try {
                message = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            if (message == null) {
                throw new AssertionError("Got " + results.size() + " of " + count + " results: " + results);
            }
            if (!id.equals(message.getString("id"))) {
                continue;
            }
            String type = message.getString("type");
            if (type.equals(protocol.dataType)) {
                JsonObject payload = message.getJsonObject("payload");
                if (payload.getJsonArray("errors") != null) {
                    throw new AssertionError("Subscription error: " + payload.encode());
                }
                if (keep.test(payload.getJsonObject("data"))) {
                    results.add(payload.getJsonObject("data"));
                }
            } else {
                throw new AssertionError("Expected " + protocol.dataType + " but got " + message.encode());
            }
        }
        return results;
    }

    /** The next message for this operation, whatever it is, or null if none comes in time. */
    public JsonObject nextMessage(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject message;
            try {
                message = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            if (message == null || id.equals(message.getString("id"))) {
                return message;
            }
        }
    }

    /** Asserts that no result that {@code matters} arrives for the operation within the time. */
    public void expectSilence(String id, Duration time, java.util.function.Predicate<JsonObject> matters) {
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = nextMessage(id, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (message != null
                    && (message.getJsonObject("payload") == null
                            || matters.test(message.getJsonObject("payload").getJsonObject("data")))) {
                throw new AssertionError("Expected nothing but got " + message.encode());
            }
        }
    }

    /** Stops reading from the socket, like a phone whose app froze. */
    public void pause() {
        socket.pause();
    }

    public void resume() {
        socket.resume();
    }

    public int awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("The server did not close the connection in time", e);
        }
    }

    public String closeReason() {
        return closeReason;
    }

    public int pendingMessages() {
        return messages.size();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isClosed()) {
            socket.close();
        }
        client.close();
    }
}
