package org.campuscareers.bench;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;

/**
 * The ceiling for live fan-out: a bare websockets-next endpoint that only holds connections, so
 * that {@link BenchRoutes} can broadcast the same frames a {@code sessionEvents} subscriber
 * receives, with no GraphQL, database or per-subscriber bookkeeping in between. Test code only.
 */
@WebSocket(path = "/bench/broadcast", endpointId = BroadcastEndpoint.ID)
public class BroadcastEndpoint {

    static final String ID = "bench-broadcast";

    /** Sent on open, as graphql-transport-ws sends connection_ack: the client counts itself connected. */
    static final String READY = "{\"type\":\"ready\"}";

    @OnOpen
    String onOpen() {
        return READY;
    }
}
