package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.DlmsData;

/**
 * What one device holds of its COSEM objects beyond the defaults its type shares: the attributes
 * written to it (copy-on-write: an attribute never written costs nothing), the values pinned by a
 * user, and the faults injected. Each part is created on first use. Guarded by its device's lock.
 */
public final class CosemMemory {

  private LongKeyedValues<DlmsData> written;
  private LongKeyedValues<DlmsData> pins;
  private LongKeyedValues<Integer> faults;

  DlmsData written(long key) {
    return written == null ? null : written.get(key);
  }

  void write(long key, DlmsData value) {
    if (written == null) {
      written = new LongKeyedValues<>();
    }
    written.put(key, value);
  }

  void forget(long key) {
    if (written != null) {
      written.remove(key);
    }
  }

  DlmsData pinned(long key) {
    return pins == null ? null : pins.get(key);
  }

  void pin(long key, DlmsData value) {
    if (pins == null) {
      pins = new LongKeyedValues<>();
    }
    pins.put(key, value);
  }

  void unpin(long key) {
    if (pins != null) {
      pins.remove(key);
    }
  }

  /** The fault result of an attribute or method; 0 when none. */
  int fault(long key) {
    if (faults == null) {
      return AccessResult.SUCCESS;
    }
    Integer r = faults.get(key);
    return r == null ? AccessResult.SUCCESS : r;
  }

  void fail(long key, int result) {
    if (faults == null) {
      faults = new LongKeyedValues<>();
    }
    faults.put(key, result);
  }

  void repair(long key) {
    if (faults != null) {
      faults.remove(key);
    }
  }

  /** How many attributes were written to the device. */
  public int writtenCount() {
    return written == null ? 0 : written.size();
  }
}
