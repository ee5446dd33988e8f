package org.dccsim.app.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dccsim.device.fault.Scenario;
import org.dccsim.smki.Eui64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control API: {@code POST /control/events} takes a scenario ({@code {"events": [...]}}) or a
 * single event in the scenario format ({@code {"powerOutage": {...}}}, optionally with an
 * {@code at}) and schedules it from now; {@code GET /control/wan} gives the WAN's counts; {@code GET
 * /control/devices/EUI} a device's state. Answers are JSON; a mistake is a 4xx with the reason.
 * Everything it does is quick (events are scheduled, not run), so it runs on the event loop.
 */
final class ControlHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final Logger log = LoggerFactory.getLogger(ControlHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String EVENTS = "/control/events";
  static final String WAN = "/control/wan";
  static final String DEVICES = "/control/devices/";

  private final EstateControl estate;

  ControlHandler(EstateControl estate) {
    this.estate = estate;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    FullHttpResponse response;
    try {
      response = answer(request);
    } catch (RuntimeException e) {
      log.warn("control request {} {} failed", request.method(), request.uri(), e);
      response = error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error: " + e);
    }
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    HttpUtil.setKeepAlive(response, keepAlive);
    if (keepAlive) {
      ctx.writeAndFlush(response);
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  private FullHttpResponse answer(FullHttpRequest request) {
    String path = new QueryStringDecoder(request.uri()).path();
    if (path.equals(EVENTS)) {
      return request.method().equals(HttpMethod.POST)
          ? events(request.content().toString(StandardCharsets.UTF_8))
          : error(HttpResponseStatus.METHOD_NOT_ALLOWED, EVENTS + " takes POST");
    }
    if (!request.method().equals(HttpMethod.GET) && (path.equals(WAN) || path.startsWith(DEVICES))) {
      return error(HttpResponseStatus.METHOD_NOT_ALLOWED, path + " takes GET");
    }
    if (path.equals(WAN)) {
      return json(HttpResponseStatus.OK, JSON.valueToTree(estate.wanStats()));
    }
    if (path.startsWith(DEVICES)) {
      Eui64 eui;
      try {
        eui = Eui64.parse(path.substring(DEVICES.length()));
      } catch (IllegalArgumentException e) {
        return error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
      }
      return estate.device(eui)
          .map(d -> json(HttpResponseStatus.OK, JSON.valueToTree(d)))
          .orElseGet(() -> error(HttpResponseStatus.NOT_FOUND, "no device " + eui + " on the emulated network"));
    }
    return error(HttpResponseStatus.NOT_FOUND, "no such resource: " + path
        + " (POST " + EVENTS + ", GET " + WAN + ", GET " + DEVICES + "EUI)");
  }

  private FullHttpResponse events(String body) {
    Scenario scenario;
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || !root.isObject()) {
        return error(HttpResponseStatus.BAD_REQUEST, "the body is a JSON object: a scenario or one event");
      }
      String scenarioJson = root.has("events") ? body
          : JSON.writeValueAsString(Map.of("name", "control API", "events", new JsonNode[] {root}));
      scenario = Scenario.fromJson(scenarioJson);
    } catch (JsonProcessingException e) {
      return error(HttpResponseStatus.BAD_REQUEST, "not JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      return error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
    }
    int n = estate.schedule(scenario);
    ObjectNode reply = JSON.createObjectNode().put("scheduled", n);
    return json(HttpResponseStatus.ACCEPTED, reply);
  }

  private static FullHttpResponse json(HttpResponseStatus status, JsonNode body) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    FullHttpResponse r = new DefaultFullHttpResponse(request11(), status, Unpooled.wrappedBuffer(bytes));
    r.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
    return r;
  }

  private static FullHttpResponse error(HttpResponseStatus status, String reason) {
    return json(status, JSON.createObjectNode().put("error", reason));
  }

  private static io.netty.handler.codec.http.HttpVersion request11() {
    return io.netty.handler.codec.http.HttpVersion.HTTP_1_1;
  }
}
