package org.dccsim.dcc.critical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class IssuedPreCommandsTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };

  @Test
  void aPreCommandCanBeClaimedExactlyOnce() {
    IssuedPreCommands issued = new IssuedPreCommands(clock, Duration.ofMinutes(30), 100);
    issued.issue(new IssuedPreCommand("a:b:1000", "7.1", new byte[] {1}, clock.instant()));
    assertThat(issued.claim("a:b:1000")).get().extracting(IssuedPreCommand::variant).isEqualTo("7.1");
    assertThat(issued.claim("a:b:1000")).isEmpty();
    assertThat(issued.claim("a:b:1001")).isEmpty();
  }

  @Test
  void anExpiredPreCommandCannotBeClaimedAndIsSweptWhenFull() {
    IssuedPreCommands issued = new IssuedPreCommands(clock, Duration.ofMinutes(30), 2);
    issued.issue(new IssuedPreCommand("a:b:1", "7.1", new byte[0], clock.instant()));
    issued.issue(new IssuedPreCommand("a:b:2", "7.1", new byte[0], clock.instant()));
    now.set(now.get().plus(Duration.ofMinutes(31)));
    issued.issue(new IssuedPreCommand("a:b:3", "7.1", new byte[0], clock.instant()));
    assertThat(issued.size()).as("both expired entries swept").isEqualTo(1);
    assertThat(issued.claim("a:b:1")).isEmpty();
    assertThat(issued.claim("a:b:3")).isPresent();
  }
}
