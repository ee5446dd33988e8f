package org.dccsim.device.population;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted choice among a few values, made from a uniformly distributed 64-bit number: the same
 * number always picks the same value, so a premises' make-up is a pure function of its index.
 */
public final class Weights<E extends Enum<E>> {

  private final List<E> values;
  private final double[] cumulative;
  private final Map<E, Double> shares;

  private Weights(Map<E, Double> shares) {
    double total = 0;
    for (double w : shares.values()) {
      if (w < 0 || Double.isNaN(w)) {
        throw new IllegalArgumentException("weights must be ≥ 0: " + shares);
      }
      total += w;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("at least one weight must be > 0: " + shares);
    }
    this.values = new ArrayList<>(shares.keySet());
    this.cumulative = new double[values.size()];
    double sum = 0;
    int i = 0;
    for (double w : shares.values()) {
      sum += w / total;
      cumulative[i++] = sum;
    }
    cumulative[cumulative.length - 1] = 1.0;
    this.shares = Map.copyOf(shares);
  }

  /** Weights over enum values, taken in declaration order, so every run picks alike. */
  public static <E extends Enum<E>> Weights<E> of(Map<E, Double> shares) {
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("no weights");
    }
    return new Weights<>(new EnumMap<>(shares));
  }

  /** One value, always. */
  public static <E extends Enum<E>> Weights<E> only(E value) {
    return of(Map.of(value, 1.0));
  }

  public E pick(long uniform) {
    double u = (uniform >>> 11) * 0x1.0p-53;
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

  public Map<E, Double> shares() {
    return shares;
  }
}
