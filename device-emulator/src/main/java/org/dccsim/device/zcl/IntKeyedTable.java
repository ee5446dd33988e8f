package org.dccsim.device.zcl;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable map from int keys to values, looked up by binary search: the shared tables of a
 * device type (attributes, command handlers) without boxing on the hot path.
 */
final class IntKeyedTable<V> {

  private final int[] keys;
  private final Object[] values;

  IntKeyedTable(Map<Integer, V> entries) {
    TreeMap<Integer, V> sorted = new TreeMap<>(entries);
    keys = new int[sorted.size()];
    values = new Object[sorted.size()];
    int i = 0;
    for (Map.Entry<Integer, V> e : sorted.entrySet()) {
      keys[i] = e.getKey();
      values[i++] = e.getValue();
    }
  }

  @SuppressWarnings("unchecked")
  V get(int key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? (V) values[i] : null;
  }

  int size() {
    return keys.length;
  }
}
