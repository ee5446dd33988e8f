package org.dccsim.app.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dccsim.device.fault.Scenario;
import org.dccsim.device.fault.ScenarioEvent;
import org.dccsim.device.network.WanStats;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The control API's handler on an EmbeddedChannel, with paranoid leak detection. */
class ControlHandlerTest {

  private static final Eui64 KNOWN = Eui64.parse("02-DC-C5-00-00-00-00-01");

  private final List<Scenario> scheduled = new ArrayList<>();
  private final EstateControl estate = new EstateControl() {
    @Override
    public int schedule(Scenario scenario) {
      scheduled.add(scenario);
      return scenario.events().size();
    }

    @Override
    public WanStats.Snapshot wanStats() {
      return new WanStats.Snapshot(10, 9, 8, 7, 1, 1, 2);
    }

    @Override
    public Optional<DeviceView> device(Eui64 eui) {
      return eui.equals(KNOWN)
          ? Optional.of(new DeviceView(KNOWN.toString(), "ESME", false, true, "PT0S", false, Map.of("SUPPLIER", 12L), 3, 0,
              Map.of("supply", "ENABLED")))
          : Optional.empty();
    }
  };
  private final EmbeddedChannel channel = new EmbeddedChannel(new ControlHandler(estate));

  @BeforeAll
  static void paranoid() {
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
  }

  @AfterEach
  void nothingLeftOrLeaked() {
    assertFalse(channel.finishAndReleaseAll());
  }

  @Test
  void aSingleEventIsScheduledAsAScenarioOfOne() {
    assertStatus(exchange(post(ControlHandler.EVENTS,
        "{\"at\": \"PT1M\", \"powerOutage\": {\"region\": \"north\", \"duration\": \"PT10M\"}}")), 202, "\"scheduled\":1");
    assertThat(scheduled).hasSize(1);
    Scenario.TimedEvent e = scheduled.get(0).events().get(0);
    assertThat(e.at()).isEqualTo(Duration.ofMinutes(1));
    assertThat(e.event()).isInstanceOf(ScenarioEvent.PowerOutage.class);
  }

  @Test
  void aWholeScenarioIsScheduled() {
    assertStatus(exchange(post(ControlHandler.EVENTS, "{\"name\": \"two\", \"events\": ["
        + "{\"commsHubOffline\": {\"commsHubs\": [\"02-DC-C5-00-00-00-00-00\"]}},"
        + "{\"at\": \"PT5M\", \"heal\": {\"device\": \"02-DC-C5-00-00-00-00-01\"}}]}")), 202, "\"scheduled\":2");
    assertThat(scheduled.get(0).name()).isEqualTo("two");
  }

  @Test
  void mistakesAreRefusedWithTheReasonAndScheduleNothing() {
    assertStatus(exchange(post(ControlHandler.EVENTS, "{\"powerOutage\": ")), 400, "not JSON");
    assertStatus(exchange(post(ControlHandler.EVENTS, "[1]")), 400, "JSON object");
    assertStatus(exchange(post(ControlHandler.EVENTS, "{\"meltdown\": {}}")), 400, "meltdown");
    assertStatus(exchange(post(ControlHandler.EVENTS, "{\"powerOutage\": {\"region\": \"east\"}}")), 400, "east");
    assertThat(scheduled).isEmpty();
  }

  @Test
  void wanStatsAndDeviceStateAreJson() {
    FullHttpResponse wan = exchange(get(ControlHandler.WAN));
    assertThat(wan.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/json");
    assertStatus(wan, 200, "\"commandsSent\":10");
    assertStatus(exchange(get(ControlHandler.DEVICES + KNOWN)), 200, "\"powered\":false");
    assertStatus(exchange(get(ControlHandler.DEVICES + "02-DC-C5-00-00-00-00-09")), 404, "no device");
    assertStatus(exchange(get(ControlHandler.DEVICES + "not-an-eui")), 400, "not-an-eui");
  }

  @Test
  void wrongMethodsAndPathsAreNamed() {
    assertStatus(exchange(get(ControlHandler.EVENTS)), 405, "POST");
    assertStatus(exchange(post(ControlHandler.WAN, "{}")), 405, "GET");
    assertStatus(exchange(get("/control/elsewhere")), 404, "/control/events");
  }

  private FullHttpResponse exchange(FullHttpRequest request) {
    channel.writeInbound(request);
    channel.runPendingTasks();
    return channel.readOutbound();
  }

  private static FullHttpRequest post(String path, String json) {
    FullHttpRequest r = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, path,
        Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
    r.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    return r;
  }

  private static FullHttpRequest get(String path) {
    return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, path);
  }

  private static void assertStatus(FullHttpResponse response, int status, String fragment) {
    try {
      assertThat(response.status().code()).as(response.content().toString(StandardCharsets.UTF_8)).isEqualTo(status);
      assertThat(response.content().toString(StandardCharsets.UTF_8)).contains(fragment);
    } finally {
      response.release();
    }
  }
}
