package org.campuscareers.live.stream;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;

/**
 * The websocket a subscription streams into, seen from below the GraphQL layer: whether the
 * client still takes data (Netty's writability, false once its unread data passes the high-water
 * mark), and a way to close it with a reason when it falls too far behind or the server stops.
 * Without a channel (another transport), it is always writable and closing does nothing.
 */
public final class SubscriberConnection {

    private final Channel channel;

    public SubscriberConnection(Channel channel) {
        this.channel = channel;
    }

    public static SubscriberConnection none() {
        return new SubscriberConnection(null);
    }

    public boolean isWritable() {
        return channel == null || channel.isWritable();
    }

    public void close(int code, String reason) {
        if (channel != null && channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(written -> channel.close());
        }
    }
}
