package org.dccsim.dcc.wan;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Commands awaiting device responses. Each has a deadline on a timer wheel (cheap for hundreds of
 * thousands of outstanding commands); a command whose response does not arrive in time is handed
 * to the timeout handler (which answers E21), and a late response then finds nothing.
 */
public final class PendingCommands implements AutoCloseable {

  private final ConcurrentHashMap<PendingCommand.Key, Entry> pending = new ConcurrentHashMap<>();
  private final HashedWheelTimer timer;
  private final Duration responseTimeout;
  private final Consumer<PendingCommand> onTimeout;

  public PendingCommands(Duration responseTimeout, Consumer<PendingCommand> onTimeout) {
    this.responseTimeout = responseTimeout;
    this.onTimeout = onTimeout;
    this.timer = new HashedWheelTimer(new io.netty.util.concurrent.DefaultThreadFactory("response-timeout", true),
        10, TimeUnit.MILLISECONDS, 512);
  }

  public void register(PendingCommand command) {
    register(command, responseTimeout);
  }

  /** Registers a command that waits {@code timeout} for its response. */
  public void register(PendingCommand command, Duration timeout) {
    Entry e = new Entry(command);
    pending.put(command.key(), e);
    e.timeout = timer.newTimeout(t -> {
      if (pending.remove(command.key(), e)) {
        onTimeout.accept(command);
      }
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The command this response answers, removed from the pending set; empty when unknown or timed out. */
  public Optional<PendingCommand> complete(PendingCommand.Key key) {
    Entry e = pending.remove(key);
    if (e == null) {
      return Optional.empty();
    }
    Timeout t = e.timeout;
    if (t != null) {
      t.cancel();
    }
    return Optional.of(e.command);
  }

  public int size() {
    return pending.size();
  }

  @Override
  public void close() {
    timer.stop();
  }

  private static final class Entry {
    final PendingCommand command;
    volatile Timeout timeout;

    Entry(PendingCommand command) {
      this.command = command;
    }
  }
}
