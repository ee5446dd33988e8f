package org.dccsim.dcc.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.dccsim.dcc.catalogue.DuisService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuisHttpHandlerTest {

  private final List<DuisService> seen = new ArrayList<>();
  private final ServiceRequestProcessor echo =
      (service, body) -> {
        seen.add(service);
        return SyncReply.duis(("<ok>" + new String(body, StandardCharsets.UTF_8) + "</ok>").getBytes(StandardCharsets.UTF_8));
      };
  private EmbeddedChannel channel;

  @BeforeEach
  void paranoidLeakDetection() {
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
  }

  @AfterEach
  void noMessagesLeftOrLeaked() {
    assertFalse(channel.finishAndReleaseAll());
  }

  @Test
  void postsToEachDuisPathReachTheProcessorAndItsReplyIsReturnedAsXml() {
    channel = new EmbeddedChannel(new DuisHttpHandler(echo, Runnable::run));
    for (DuisService service : DuisService.values()) {
      FullHttpResponse response = exchange(post(service.path(), "application/xml", "<x/>"));
      assertThat(response.status().code()).isEqualTo(200);
      assertThat(response.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/xml");
      assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo("<ok><x/></ok>");
      response.release();
    }
    assertThat(seen).containsExactly(DuisService.values());
  }

  @Test
  void anUnknownPathIs404AndAWrongMethodIs405AndNotXmlIs415() {
    channel = new EmbeddedChannel(new DuisHttpHandler(echo, Runnable::run));
    assertStatus(exchange(post("/api/v1/serviceX", "application/xml", "<x/>")), 404, "/api/v1/serviceX");
    assertStatus(exchange(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/serviceS")), 405, "POST");
    assertStatus(exchange(post("/api/v1/serviceS", "application/json", "{}")), 415, "not XML");
    assertThat(seen).isEmpty();
  }

  @Test
  void aQueryStringDoesNotHideThePath() {
    channel = new EmbeddedChannel(new DuisHttpHandler(echo, Runnable::run));
    FullHttpResponse response = exchange(post("/api/v1/serviceD?x=1", "text/xml; charset=UTF-8", "<x/>"));
    assertThat(response.status().code()).isEqualTo(200);
    response.release();
    assertThat(seen).containsExactly(DuisService.NON_DEVICE);
  }

  @Test
  void aFullWorkerQueueAnswers503WithRetryAfter() {
    Executor full = task -> { throw new RejectedExecutionException("full"); };
    channel = new EmbeddedChannel(new DuisHttpHandler(echo, full));
    FullHttpResponse response = exchange(post("/api/v1/serviceS", "application/xml", "<x/>"));
    assertThat(response.headers().get(HttpHeaderNames.RETRY_AFTER)).isEqualTo("1");
    assertStatus(response, 503, "busy");
  }

  @Test
  void aProcessorFailureBecomes500NotASilentDrop() {
    channel = new EmbeddedChannel(new DuisHttpHandler((s, b) -> { throw new IllegalStateException("boom"); }, Runnable::run));
    assertStatus(exchange(post("/api/v1/serviceS", "application/xml", "<x/>")), 500, "boom");
  }

  @Test
  void anOversizeBodyIsRefusedWith413BeforeTheHandler() {
    channel = new EmbeddedChannel(new HttpObjectAggregator(16), new DuisHttpHandler(echo, Runnable::run));
    io.netty.handler.codec.http.DefaultHttpRequest head =
        new io.netty.handler.codec.http.DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/v1/serviceS");
    head.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 100);
    channel.writeInbound(head);
    channel.runPendingTasks();
    HttpResponse response = channel.readOutbound();
    assertThat(response.status().code()).isEqualTo(413);
    ReferenceCountUtil.release(response);
    assertThat(seen).isEmpty();
  }

  private static FullHttpRequest post(String uri, String contentType, String body) {
    FullHttpRequest r = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri,
        Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
    return r;
  }

  private FullHttpResponse exchange(FullHttpRequest request) {
    channel.writeInbound(request);
    channel.runPendingTasks();
    return channel.readOutbound();
  }

  private static void assertStatus(FullHttpResponse response, int status, String reasonFragment) {
    try {
      assertThat(response.status().code()).isEqualTo(status);
      assertThat(response.content().toString(StandardCharsets.UTF_8)).contains(reasonFragment);
    } finally {
      response.release();
    }
  }
}
