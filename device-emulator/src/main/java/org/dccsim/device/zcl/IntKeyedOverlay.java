package org.dccsim.device.zcl;

import java.util.Arrays;

/**
 * A device's own entries over its type's defaults (values, pins, faults): a few at most, so
 * parallel arrays searched in order cost less memory than any map.
 */
final class IntKeyedOverlay<V> {

  private int[] keys = new int[2];
  private Object[] values = new Object[2];
  private int size;

  @SuppressWarnings("unchecked")
  V get(int key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  void put(int key, V value) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size++] = value;
  }

  boolean remove(int key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        size--;
        keys[i] = keys[size];
        values[i] = values[size];
        values[size] = null;
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }
}
