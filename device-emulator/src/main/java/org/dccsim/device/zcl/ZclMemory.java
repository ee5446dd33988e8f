package org.dccsim.device.zcl;

import java.util.List;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * What one device holds of the ZCL engine: the attribute values that differ from its type's
 * defaults, and the pins, faults, pinned answers and pending future-dated commands a User or a
 * test gave it. Every part is created on first use, so a device at rest holds only the reference
 * to this (or null).
 */
public final class ZclMemory {

  private IntKeyedOverlay<ZclValue> values;
  private IntKeyedOverlay<ZclValue> pins;
  private IntKeyedOverlay<Integer> attributeFaults;
  private IntKeyedOverlay<Integer> commandFaults;
  private IntKeyedOverlay<List<ZclResponse>> answers;
  private IntKeyedOverlay<Long> pending;

  ZclValue value(int key) {
    return values == null ? null : values.get(key);
  }

  void store(int key, ZclValue value) {
    if (values == null) {
      values = new IntKeyedOverlay<>();
    }
    values.put(key, value);
  }

  /** Forgets a stored value, so the attribute reads its default again. */
  void reset(int key) {
    if (values != null && values.remove(key) && values.isEmpty()) {
      values = null;
    }
  }

  ZclValue pin(int key) {
    return pins == null ? null : pins.get(key);
  }

  void pin(int key, ZclValue value) {
    if (pins == null) {
      pins = new IntKeyedOverlay<>();
    }
    pins.put(key, value);
  }

  void unpin(int key) {
    if (pins != null && pins.remove(key) && pins.isEmpty()) {
      pins = null;
    }
  }

  Integer attributeFault(int key) {
    return attributeFaults == null ? null : attributeFaults.get(key);
  }

  void failAttribute(int key, int status) {
    if (attributeFaults == null) {
      attributeFaults = new IntKeyedOverlay<>();
    }
    attributeFaults.put(key, status);
  }

  Integer commandFault(int key) {
    return commandFaults == null ? null : commandFaults.get(key);
  }

  void failCommand(int key, int status) {
    if (commandFaults == null) {
      commandFaults = new IntKeyedOverlay<>();
    }
    commandFaults.put(key, status);
  }

  void heal() {
    attributeFaults = null;
    commandFaults = null;
  }

  List<ZclResponse> answer(int key) {
    return answers == null ? null : answers.get(key);
  }

  void answer(int key, List<ZclResponse> replies) {
    if (answers == null) {
      answers = new IntKeyedOverlay<>();
    }
    answers.put(key, List.copyOf(replies));
  }

  /** The token of the future-dated command pending under {@code key}, or null. */
  Long pending(int key) {
    return pending == null ? null : pending.get(key);
  }

  void pending(int key, long token) {
    if (pending == null) {
      pending = new IntKeyedOverlay<>();
    }
    pending.put(key, token);
  }

  void clearPending(int key) {
    if (pending != null && pending.remove(key) && pending.isEmpty()) {
      pending = null;
    }
  }

  /** Whether nothing at all is held (the device could drop this object). */
  boolean isEmpty() {
    return values == null && pins == null && attributeFaults == null && commandFaults == null && answers == null
        && pending == null;
  }
}
