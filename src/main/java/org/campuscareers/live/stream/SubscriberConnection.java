package org.campuscareers.live.stream;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.util.AttributeKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The websocket a subscription streams into, seen from below the GraphQL layer: since when the
 * client has not been taking data (Netty's writability, false once its unread data passes the
 * high-water mark, true again once it drains below the low one; watched exactly by a handler in
 * the channel's pipeline, one per connection whatever its subscriptions), and a way to close it
 * with a reason when it stalls or the server stops. Without a channel (another transport), it is
 * always writable and closing does nothing.
 */
public final class SubscriberConnection {

    private static final AttributeKey<AtomicLong> UNWRITABLE_SINCE = AttributeKey.valueOf("campus.unwritableSince");

    private final Channel channel;
    private final AtomicLong unwritableSince;

    public SubscriberConnection(Channel channel) {
        this.channel = channel;
        this.unwritableSince = channel == null ? new AtomicLong() : watch(channel);
    }

    /** The connection's writability clock, shared by all its subscriptions; installed once. */
    private static AtomicLong watch(Channel channel) {
        AtomicLong since = new AtomicLong();
        AtomicLong existing = channel.attr(UNWRITABLE_SINCE).setIfAbsent(since);
        if (existing != null) {
            return existing;
        }
        channel.pipeline().addFirst(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelWritabilityChanged(ChannelHandlerContext context) {
                since.set(context.channel().isWritable() ? 0 : System.nanoTime());
                context.fireChannelWritabilityChanged();
            }
        });
        if (!channel.isWritable()) {
            since.compareAndSet(0, System.nanoTime());
        }
        return since;
    }

    /** What tells connections apart (its channel), or null without one. */
    public Object key() {
        return channel;
    }

    /** How long the client has not been taking data; zero while it does. */
    public Duration stalledFor() {
        long since = unwritableSince.get();
        return since == 0 || isWritable() ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
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
