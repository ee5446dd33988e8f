package org.dccsim.dcc.wan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class PendingCommandsTest {

  private final Eui64 esme = Eui64.parse("00-DB-12-34-56-78-90-A0");
  private final Eui64 supplier = Eui64.parse("90-B3-D5-1F-30-01-00-00");

  @Test
  void aResponseCompletesItsCommandOnceAndCancelsTheTimeout() throws InterruptedException {
    CopyOnWriteArrayList<PendingCommand> timedOut = new CopyOnWriteArrayList<>();
    try (PendingCommands pending = new PendingCommands(Duration.ofMillis(100), timedOut::add)) {
      PendingCommand c = new PendingCommand(esme, supplier, 1000, RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000"), "4.1", "4.1.1");
      pending.register(c);
      assertThat(pending.complete(new PendingCommand.Key(esme, supplier, 1000))).contains(c);
      assertThat(pending.complete(c.key())).isEmpty();
      Thread.sleep(250);
      assertThat(timedOut).isEmpty();
    }
  }

  @Test
  void anUnansweredCommandTimesOutAndALateResponseFindsNothing() throws InterruptedException {
    CountDownLatch fired = new CountDownLatch(1);
    CopyOnWriteArrayList<PendingCommand> timedOut = new CopyOnWriteArrayList<>();
    try (PendingCommands pending = new PendingCommands(Duration.ofMillis(50), c -> { timedOut.add(c); fired.countDown(); })) {
      PendingCommand c = new PendingCommand(esme, supplier, 7, RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:7"), "4.1", "4.1.1");
      pending.register(c);
      assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(timedOut).containsExactly(c);
      assertThat(pending.complete(c.key())).isEmpty();
      assertThat(pending.size()).isZero();
    }
  }
}
