package org.dccsim.dcc.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.dccsim.dcc.catalogue.DuisService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts DUIS POSTs on the three DCC Boxed paths and hands each body to the
 * {@link ServiceRequestProcessor} on a bounded worker executor, so that signature checks and
 * signing never run on an event loop. A full executor answers 503 at once (backpressure) rather
 * than queueing without limit.
 *
 * <pre>
 * HttpServerCodec → HttpObjectAggregator(max body) → DuisHttpHandler
 * </pre>
 */
public final class DuisHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final Logger log = LoggerFactory.getLogger(DuisHttpHandler.class);

  private final ServiceRequestProcessor processor;
  private final Executor workers;

  public DuisHttpHandler(ServiceRequestProcessor processor, Executor workers) {
    this.processor = processor;
    this.workers = workers;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (!request.decoderResult().isSuccess()) {
      reply(ctx, SyncReply.refused(400, "malformed HTTP request"), false);
      return;
    }
    String path = new QueryStringDecoder(request.uri()).path();
    Optional<DuisService> service = DuisService.forPath(path);
    if (service.isEmpty()) {
      reply(ctx, SyncReply.refused(404, "no DUIS service at " + path
          + " (use /api/v1/serviceS, /api/v1/serviceD or /api/v1/serviceT)"), keepAlive);
      return;
    }
    if (!HttpMethod.POST.equals(request.method())) {
      reply(ctx, SyncReply.refused(405, request.method() + " not allowed: DUIS services take POST"), keepAlive);
      return;
    }
    String contentType = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
    if (contentType != null && !isXml(contentType)) {
      reply(ctx, SyncReply.refused(415, "Content-Type " + contentType + " is not XML (send application/xml)"), keepAlive);
      return;
    }
    byte[] body = ByteBufUtil.getBytes(request.content());
    try {
      workers.execute(() -> {
        SyncReply r;
        try {
          r = processor.process(service.get(), body);
        } catch (RuntimeException e) {
          log.error("DUIS request processing failed unexpectedly", e);
          r = SyncReply.refused(500, "internal error: " + e);
        }
        SyncReply result = r;
        ctx.channel().eventLoop().execute(() -> reply(ctx, result, keepAlive));
      });
    } catch (RejectedExecutionException busy) {
      FullHttpResponse response = toHttp(SyncReply.refused(503, "dccsim is busy: retry later"));
      response.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
      send(ctx, response, keepAlive);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.debug("closing DUIS connection after {}", cause.toString());
    ctx.close();
  }

  private static boolean isXml(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/xml") || type.startsWith("text/xml");
  }

  private static void reply(ChannelHandlerContext ctx, SyncReply reply, boolean keepAlive) {
    send(ctx, toHttp(reply), keepAlive);
  }

  private static FullHttpResponse toHttp(SyncReply reply) {
    FullHttpResponse response = new DefaultFullHttpResponse(
        io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(reply.status()),
        Unpooled.wrappedBuffer(reply.body()));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
    return response;
  }

  private static void send(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
    if (!ctx.channel().isActive()) {
      response.release();
      return;
    }
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response);
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }
}
