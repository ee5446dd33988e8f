package org.dccsim.app;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * Shows on the terminal how many population devices are built: one line rewritten in place on a
 * terminal, a line every few seconds otherwise (a log file should not fill with progress).
 * Builder threads report concurrently.
 */
final class BuildProgress implements LongConsumer, AutoCloseable {

  private final PrintStream out;
  private final boolean terminal;
  private final long intervalNanos;
  private final long started = System.nanoTime();
  private long lastShown;
  private long latest;
  private boolean shown;

  BuildProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
    this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
    this.lastShown = started;
  }

  @Override
  public synchronized void accept(long devicesBuilt) {
    latest = Math.max(latest, devicesBuilt);
    long now = System.nanoTime();
    if (now - lastShown >= intervalNanos) {
      lastShown = now;
      show(now);
    }
  }

  @Override
  public synchronized void close() {
    if (shown) {
      show(System.nanoTime());
      if (terminal) {
        out.println();
      }
      out.flush();
    }
  }

  private void show(long now) {
    String line = String.format("building population: %,d devices (%.1f s)", latest, (now - started) / 1e9);
    if (terminal) {
      out.print("\r" + line);
    } else {
      out.println(line);
    }
    out.flush();
    shown = true;
  }
}
