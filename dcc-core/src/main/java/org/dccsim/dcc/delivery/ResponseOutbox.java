package org.dccsim.dcc.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers signed DUIS responses, device alerts and DCC alerts to the User's Receive Response
 * Service by POST, as DCC Boxed does. Every message is stored before the first attempt; a
 * receiver that is down or answers 5xx is retried with exponential backoff (capped) for as long
 * as dccsim runs; a 2xx removes the message; a 4xx means the receiver refused this message (a bad
 * signature, say), so it is set aside and logged rather than retried forever. With no receiver
 * configured, messages are stored and wait (and the count says so).
 */
public final class ResponseOutbox implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ResponseOutbox.class);

  /** Backoff between attempts and the bound on concurrent POSTs. */
  public record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration requestTimeout, int maxInFlight) {
    public static RetryPolicy defaults() {
      return new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofSeconds(3), 64);
    }
  }

  private final OutboxStore store;
  private final URI receiver;
  private final HttpClient http;
  private final ScheduledExecutorService scheduler;
  private final RetryPolicy policy;
  private final Semaphore inFlight;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong waiting = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private volatile boolean closed;

  public ResponseOutbox(OutboxStore store, URI receiver, ScheduledExecutorService scheduler, RetryPolicy policy) {
    this.store = store;
    this.receiver = receiver;
    this.scheduler = scheduler;
    this.policy = policy;
    this.inFlight = new Semaphore(policy.maxInFlight());
    this.http = HttpClient.newBuilder().connectTimeout(policy.requestTimeout()).build();
    for (OutboxStore.Entry e : store.pending()) {
      waiting.incrementAndGet();
      if (receiver != null) {
        scheduler.execute(() -> attempt(e.id(), e.message(), policy.firstDelay()));
      }
    }
  }

  /** Accepts a message for delivery; it is stored before this returns. */
  public void submit(byte[] signedMessage) {
    long id = store.append(signedMessage);
    if (waiting.incrementAndGet() == 1 && receiver == null) {
      log.warn("no Receive Response Service configured (--rrs-url): responses wait in the outbox");
    }
    if (receiver != null) {
      scheduler.execute(() -> attempt(id, signedMessage, policy.firstDelay()));
    }
  }

  public long delivered() {
    return delivered.get();
  }

  /** Stored and not yet delivered or set aside. */
  public long waiting() {
    return waiting.get();
  }

  public long failedAttempts() {
    return failedAttempts.get();
  }

  /** The Receive Response Service, or null when none is configured. */
  public URI receiver() {
    return receiver;
  }

  private void attempt(long id, byte[] message, Duration nextDelay) {
    if (closed) {
      return;
    }
    if (!inFlight.tryAcquire()) {
      scheduler.schedule(() -> attempt(id, message, nextDelay), 10, TimeUnit.MILLISECONDS);
      return;
    }
    HttpRequest request = HttpRequest.newBuilder(receiver)
        .timeout(policy.requestTimeout())
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofByteArray(message))
        .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete((response, error) -> {
          inFlight.release();
          if (error == null && response.statusCode() / 100 == 2) {
            store.remove(id);
            waiting.decrementAndGet();
            delivered.incrementAndGet();
          } else if (error == null && response.statusCode() / 100 == 4) {
            String reason = "receiver answered " + response.statusCode() + ": " + response.body();
            log.error("Receive Response Service {} refused outbox message {}: {}", receiver, id, reason);
            store.reject(id, reason);
            waiting.decrementAndGet();
          } else {
            failedAttempts.incrementAndGet();
            String why = error != null ? error.toString() : "HTTP " + response.statusCode();
            log.warn("delivery of outbox message {} to {} failed ({}); retrying in {} ms", id, receiver, why, nextDelay.toMillis());
            Duration after = nextDelay.multipliedBy(2);
            Duration capped = after.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : after;
            if (!closed) {
              scheduler.schedule(() -> attempt(id, message, capped), nextDelay.toMillis(), TimeUnit.MILLISECONDS);
            }
          }
        });
  }

  /** Stops retrying; undelivered messages stay in the store for the next run. */
  @Override
  public void close() {
    closed = true;
  }
}
