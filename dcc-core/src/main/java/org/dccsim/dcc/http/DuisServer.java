package org.dccsim.dcc.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The DUIS HTTP front end (DCC Boxed's port 8079): Netty event loops for I/O, a bounded pool of
 * worker threads for the CPU-bound work of each request.
 */
public final class DuisServer implements AutoCloseable {

  /** Limits and sizes of the front end. */
  public record Settings(int maxBodyBytes, int workerThreads, int workerQueue, int ioThreads) {
    public static Settings defaults() {
      int cores = Runtime.getRuntime().availableProcessors();
      return new Settings(1 << 20, cores, 1024, 1);
    }
  }

  private final EventLoopGroup bossGroup;
  private final EventLoopGroup ioGroup;
  private final ThreadPoolExecutor workers;
  private final Channel channel;

  private DuisServer(EventLoopGroup boss, EventLoopGroup io, ThreadPoolExecutor workers, Channel channel) {
    this.bossGroup = boss;
    this.ioGroup = io;
    this.workers = workers;
    this.channel = channel;
  }

  /** Binds and starts serving; port 0 picks a free port (see {@link #port()}). */
  public static DuisServer start(InetSocketAddress address, Settings settings, ServiceRequestProcessor processor)
      throws InterruptedException {
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("duis-accept", true), NioIoHandler.newFactory());
    EventLoopGroup io = new MultiThreadIoEventLoopGroup(settings.ioThreads(), new DefaultThreadFactory("duis-io", true), NioIoHandler.newFactory());
    ThreadPoolExecutor workers = new ThreadPoolExecutor(
        settings.workerThreads(), settings.workerThreads(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(settings.workerQueue()), new DefaultThreadFactory("duis-worker", true),
        new ThreadPoolExecutor.AbortPolicy());
    try {
      Channel ch = new ServerBootstrap()
          .group(boss, io)
          .channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 1024)
          .childHandler(new DuisServerInitializer(null, settings.maxBodyBytes(), processor, workers))
          .bind(address).sync().channel();
      return new DuisServer(boss, io, workers, ch);
    } catch (InterruptedException | RuntimeException e) {
      boss.shutdownGracefully();
      io.shutdownGracefully();
      workers.shutdownNow();
      throw e;
    }
  }

  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    bossGroup.terminationFuture().syncUninterruptibly();
    ioGroup.terminationFuture().syncUninterruptibly();
  }
}
