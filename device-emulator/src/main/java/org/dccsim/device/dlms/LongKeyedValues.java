package org.dccsim.device.dlms;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A small map from long keys to values, kept as two sorted arrays: about 12 bytes an entry instead
 * of a HashMap's 40 or more, no boxing on lookup, and a binary search that beats hashing at the
 * sizes a device holds (a few to a few hundred written attributes). Not thread-safe: its device
 * guards it.
 */
final class LongKeyedValues<V> {

  private long[] keys = new long[4];
  private Object[] values = new Object[4];
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  @SuppressWarnings("unchecked")
  V get(long key) {
    int i = Arrays.binarySearch(keys, 0, size, key);
    return i >= 0 ? (V) values[i] : null;
  }

  void put(long key, V value) {
    int i = Arrays.binarySearch(keys, 0, size, key);
    if (i >= 0) {
      values[i] = value;
      return;
    }
    int at = -i - 1;
    if (size == keys.length) {
      int capacity = size + (size >> 1) + 1;
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    System.arraycopy(keys, at, keys, at + 1, size - at);
    System.arraycopy(values, at, values, at + 1, size - at);
    keys[at] = key;
    values[at] = value;
    size++;
  }

  /** @return true when the key was present */
  boolean remove(long key) {
    int i = Arrays.binarySearch(keys, 0, size, key);
    if (i < 0) {
      return false;
    }
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    values[size] = null;
    return true;
  }

  @SuppressWarnings("unchecked")
  void forEach(BiConsumer<Long, V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }
}
