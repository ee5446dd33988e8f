package org.dccsim.device.esme;

import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * The stretches of time a meter's supply was not enabled (disabled or armed): no energy flows
 * then, so the consumption model's registers are reduced by what it drew in them, and its power is
 * 0 within them. A meter whose supply never left Enabled carries none of this.
 *
 * <p>Kept as a bare array of epoch-second pairs [from, to), the last one open (to = Long.MAX_VALUE)
 * while supply is off. [?] At most {@link #KEPT} are kept; the oldest ones are folded into a
 * constant deficit of every register after their end, so reads of times before them come out high.
 */
final class SupplyInterruptions {

  static final int KEPT = 32;

  /** [foldedUntil, foldedActive, foldedReactive, foldedSecondary, from0, to0, from1, to1, ...]. */
  private long[] gaps = {Long.MIN_VALUE, 0, 0, 0};

  private static final int HEAD = 4;

  boolean isOpen() {
    return gaps.length > HEAD && gaps[gaps.length - 1] == Long.MAX_VALUE;
  }

  /** Supply stops at {@code at}. */
  void open(Instant at, Esme esme) {
    if (isOpen()) {
      return;
    }
    if ((gaps.length - HEAD) / 2 == KEPT) {
      fold(esme);
    }
    long[] next = java.util.Arrays.copyOf(gaps, gaps.length + 2);
    next[gaps.length] = at.getEpochSecond();
    next[gaps.length + 1] = Long.MAX_VALUE;
    gaps = next;
  }

  /** Supply flows again from {@code at}. */
  void close(Instant at) {
    if (isOpen()) {
      gaps[gaps.length - 1] = Math.max(at.getEpochSecond(), gaps[gaps.length - 2]);
    }
  }

  /** Whether supply was off at {@code at}. */
  boolean off(Instant at) {
    long t = at.getEpochSecond();
    for (int i = HEAD; i < gaps.length; i += 2) {
      if (gaps[i] <= t && t < gaps[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** {@code register} at {@code at} less what it drew while supply was off; {@code folded} names its folded deficit. */
  long supplied(ToLongFunction<Instant> register, Instant at, int folded) {
    long t = at.getEpochSecond();
    long value = register.applyAsLong(at);
    if (t >= gaps[0]) {
      value -= gaps[folded];
    }
    for (int i = HEAD; i < gaps.length && gaps[i] < t; i += 2) {
      long to = Math.min(gaps[i + 1], t);
      value -= register.applyAsLong(Instant.ofEpochSecond(to)) - register.applyAsLong(Instant.ofEpochSecond(gaps[i]));
    }
    return value;
  }

  static final int ACTIVE = 1;
  static final int REACTIVE = 2;
  static final int SECONDARY = 3;

  /** Folds the oldest gap into the constant deficits. */
  private void fold(Esme esme) {
    long from = gaps[HEAD];
    long to = gaps[HEAD + 1];
    Instant f = Instant.ofEpochSecond(from);
    Instant e = Instant.ofEpochSecond(to);
    gaps[ACTIVE] += ConsumptionModel.activeImportWh(esme.seed(), e) - ConsumptionModel.activeImportWh(esme.seed(), f);
    gaps[REACTIVE] += ConsumptionModel.reactiveImportVarh(esme.seed(), e)
        - ConsumptionModel.reactiveImportVarh(esme.seed(), f);
    gaps[SECONDARY] += ConsumptionModel.secondaryActiveImportWh(esme.seed(), e)
        - ConsumptionModel.secondaryActiveImportWh(esme.seed(), f);
    gaps[0] = to;
    long[] next = new long[gaps.length - 2];
    System.arraycopy(gaps, 0, next, 0, HEAD);
    System.arraycopy(gaps, HEAD + 2, next, HEAD, gaps.length - HEAD - 2);
    gaps = next;
  }
}
