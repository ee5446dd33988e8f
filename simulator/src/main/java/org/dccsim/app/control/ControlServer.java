package org.dccsim.app.control;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The control API's HTTP server (default port 8082, loopback): faults and events for the emulated
 * estate while it runs, and its state. One event loop does it all; nothing it does blocks.
 */
public final class ControlServer implements AutoCloseable {

  private final EventLoopGroup group;
  private final Channel channel;

  private ControlServer(EventLoopGroup group, Channel channel) {
    this.group = group;
    this.channel = channel;
  }

  /** Binds and serves; port 0 picks a free port. */
  public static ControlServer start(InetSocketAddress address, EstateControl estate) throws InterruptedException {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("control", true),
        NioIoHandler.newFactory());
    try {
      Channel ch = new ServerBootstrap()
          .group(group)
          .channel(NioServerSocketChannel.class)
          .childHandler(new ControlServerInitializer(estate))
          .bind(address).sync().channel();
      return new ControlServer(group, ch);
    } catch (InterruptedException | RuntimeException e) {
      group.shutdownGracefully();
      throw e;
    }
  }

  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
