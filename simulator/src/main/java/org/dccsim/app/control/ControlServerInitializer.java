package org.dccsim.app.control;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;

/** The control API's pipeline: HTTP codec, bodies up to {@link #MAX_BODY} (413 beyond), the handler. */
final class ControlServerInitializer extends ChannelInitializer<SocketChannel> {

  /** A scenario of a few thousand events fits; a control request has no business being larger. */
  static final int MAX_BODY = 1 << 20;

  private final EstateControl estate;

  ControlServerInitializer(EstateControl estate) {
    this.estate = estate;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    ch.pipeline()
        .addLast(new HttpServerCodec())
        .addLast(new HttpObjectAggregator(MAX_BODY))
        .addLast(new ControlHandler(estate));
  }
}
