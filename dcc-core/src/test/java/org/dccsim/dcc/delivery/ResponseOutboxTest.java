package org.dccsim.dcc.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseOutboxTest {

  private static final ResponseOutbox.RetryPolicy FAST =
      new ResponseOutbox.RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(2), 4);

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpServer receiver;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
    scheduler.shutdownNow();
  }

  @Test
  void aResponseWaitsWhileTheReceiverIsDownAndArrivesOnceItIsUp(@TempDir Path dir) throws Exception {
    int port = freePort();
    FileOutboxStore store = new FileOutboxStore(dir);
    try (ResponseOutbox outbox = new ResponseOutbox(store, URI.create("http://127.0.0.1:" + port + "/rrs"), scheduler, FAST)) {
      outbox.submit("<r>1</r>".getBytes(StandardCharsets.UTF_8));
      await(() -> outbox.failedAttempts() >= 2);
      assertThat(store.pending()).hasSize(1);

      startReceiver(port, 204);
      await(() -> outbox.delivered() == 1);
      assertThat(received).containsExactly("<r>1</r>");
      assertThat(outbox.waiting()).isZero();
      assertThat(store.pending()).isEmpty();
    }
  }

  @Test
  void messagesStoredByAnEarlierRunAreDeliveredOnStart(@TempDir Path dir) throws Exception {
    new FileOutboxStore(dir).append("<r>left over</r>".getBytes(StandardCharsets.UTF_8));
    int port = freePort();
    startReceiver(port, 200);
    try (ResponseOutbox outbox = new ResponseOutbox(new FileOutboxStore(dir), URI.create("http://127.0.0.1:" + port + "/"), scheduler, FAST)) {
      await(() -> outbox.delivered() == 1);
    }
    assertThat(received).containsExactly("<r>left over</r>");
  }

  @Test
  void aMessageTheReceiverRefusesIsSetAsideWithTheReason(@TempDir Path dir) throws Exception {
    int port = freePort();
    startReceiver(port, 400);
    FileOutboxStore store = new FileOutboxStore(dir);
    try (ResponseOutbox outbox = new ResponseOutbox(store, URI.create("http://127.0.0.1:" + port + "/"), scheduler, FAST)) {
      outbox.submit("<r>bad</r>".getBytes(StandardCharsets.UTF_8));
      await(() -> outbox.waiting() == 0);
      assertThat(outbox.delivered()).isZero();
    }
    assertThat(store.pending()).isEmpty();
    assertThat(Files.readString(dir.resolve("rejected/1.reason"))).contains("400");
    assertThat(Files.readString(dir.resolve("rejected/1.xml"))).isEqualTo("<r>bad</r>");
  }

  @Test
  void withoutAReceiverMessagesAreKeptNotDropped(@TempDir Path dir) {
    MemoryOutboxStore store = new MemoryOutboxStore();
    try (ResponseOutbox outbox = new ResponseOutbox(store, null, scheduler, FAST)) {
      outbox.submit(new byte[] {1});
      assertThat(outbox.waiting()).isEqualTo(1);
      assertThat(store.waitingCount()).isEqualTo(1);
    }
  }

  @Test
  void anAddressWithoutSchemeIsTakenAsHttp() {
    assertThat(ReceiveResponseServiceUrl.parse("192.168.0.5:1880/smartdcc/duis"))
        .isEqualTo(URI.create("http://192.168.0.5:1880/smartdcc/duis"));
    assertThat(ReceiveResponseServiceUrl.parse("https://user.example/duis").getScheme()).isEqualTo("https");
  }

  private void startReceiver(int port, int status) throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    receiver.createContext("/", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(10);
    }
  }
}
