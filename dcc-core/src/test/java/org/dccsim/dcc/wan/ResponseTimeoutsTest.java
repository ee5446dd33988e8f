package org.dccsim.dcc.wan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.dccsim.gbcs.DeviceType;
import org.junit.jupiter.api.Test;

class ResponseTimeoutsTest {

  @Test
  void aSleepingGsmeWaitsLongerThanMainsPoweredDevices() {
    ResponseTimeouts t = ResponseTimeouts.of(Duration.ofSeconds(30)).with(DeviceType.GSME, Duration.ofSeconds(60));
    assertThat(t.forType(DeviceType.ESME)).isEqualTo(Duration.ofSeconds(30));
    assertThat(t.forType(DeviceType.GSME)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void acceleratedTimeShortensTheWallClockWaitButNeverToNothing() {
    ResponseTimeouts t = ResponseTimeouts.of(Duration.ofSeconds(30)).with(DeviceType.GSME, Duration.ofSeconds(60))
        .acceleratedBy(60);
    assertThat(t.forType(DeviceType.ESME)).isEqualTo(Duration.ofMillis(500));
    assertThat(t.forType(DeviceType.GSME)).isEqualTo(Duration.ofSeconds(1));
    assertThat(ResponseTimeouts.of(Duration.ofMillis(1)).acceleratedBy(1e6).forType(DeviceType.CHF))
        .isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> ResponseTimeouts.of(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseTimeouts.of(Duration.ofSeconds(1)).acceleratedBy(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
