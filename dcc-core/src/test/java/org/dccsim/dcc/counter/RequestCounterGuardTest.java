package org.dccsim.dcc.counter;

import static org.assertj.core.api.Assertions.assertThat;

import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class RequestCounterGuardTest {

  private final Eui64 supplier = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private final Eui64 operator = Eui64.parse("90-B3-D5-1F-30-02-00-00");
  private final RequestCounterGuard guard = new RequestCounterGuard();

  @Test
  void acceptsOnlyStrictlyIncreasingCountersPerOriginator() {
    assertThat(guard.advance(supplier, 1000)).isTrue();
    assertThat(guard.advance(supplier, 1000)).as("replay").isFalse();
    assertThat(guard.advance(supplier, 999)).as("stale").isFalse();
    assertThat(guard.advance(supplier, 1001)).isTrue();
    assertThat(guard.advance(operator, 5)).as("other originators count separately").isTrue();
    assertThat(guard.lastAccepted(supplier)).isEqualTo(1001L);
  }

  @Test
  void comparesCountersAsUnsigned64BitValues() {
    long big = Long.parseUnsignedLong("18446744073709551000");
    assertThat(guard.advance(supplier, 1_700_000_000_000L)).isTrue();
    assertThat(guard.advance(supplier, big)).isTrue();
    assertThat(guard.advance(supplier, 1_800_000_000_000L)).isFalse();
  }
}
