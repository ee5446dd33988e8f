package org.dccsim.dcc.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.Executor;

/** Assembles the DUIS pipeline for each accepted connection; TLS when an SslContext is given. */
public final class DuisServerInitializer extends ChannelInitializer<SocketChannel> {

  private final SslContext sslContext;
  private final int maxBodyBytes;
  private final ServiceRequestProcessor processor;
  private final Executor workers;

  public DuisServerInitializer(
      SslContext sslContext, int maxBodyBytes, ServiceRequestProcessor processor, Executor workers) {
    this.sslContext = sslContext;
    this.maxBodyBytes = maxBodyBytes;
    this.processor = processor;
    this.workers = workers;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    ChannelPipeline p = ch.pipeline();
    if (sslContext != null) {
      p.addLast(sslContext.newHandler(ch.alloc()));
    }
    p.addLast(new HttpServerCodec());
    // answers 413 itself when a body exceeds the limit, before any of it is parsed
    p.addLast(new HttpObjectAggregator(maxBodyBytes));
    p.addLast(new DuisHttpHandler(processor, workers));
  }
}
