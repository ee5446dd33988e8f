package org.dccsim.dcc.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.smki.Eui64;

/**
 * A Comms Hub Function's or GPF's device log as the DCC holds it, from the device's backups of it
 * (GBCS CS14, GCS62 alerts) and the outcomes of the commands that change it: its devices and, for
 * a Comms Hub once a backup has named it, the Extended PAN ID of the hub's network, which a
 * replacement hub restoring the log forms its network with (GBCS CCS03).
 */
public record HanDeviceLog(Optional<Eui64> extendedPanId, List<HanDeviceLogEntry> devices) {

  public HanDeviceLog {
    devices = List.copyOf(devices);
    Set<Eui64> seen = new HashSet<>();
    for (HanDeviceLogEntry e : devices) {
      if (!seen.add(e.deviceId())) {
        throw new IllegalArgumentException(e.deviceId() + " is in the log twice");
      }
    }
  }

  /** A Comms Hub's log with the Extended PAN ID of its network. */
  public static HanDeviceLog commsHub(Eui64 extendedPanId, List<HanDeviceLogEntry> devices) {
    return new HanDeviceLog(Optional.of(extendedPanId), devices);
  }

  /** A GPF's log, or a Comms Hub's whose network the DCC does not know. */
  public static HanDeviceLog of(List<HanDeviceLogEntry> devices) {
    return new HanDeviceLog(Optional.empty(), devices);
  }

  /** The log with this entry, replacing any of the same device. */
  public HanDeviceLog with(HanDeviceLogEntry entry) {
    List<HanDeviceLogEntry> next = new ArrayList<>(devices.size() + 1);
    for (HanDeviceLogEntry e : devices) {
      if (!e.deviceId().equals(entry.deviceId())) {
        next.add(e);
      }
    }
    next.add(entry);
    return new HanDeviceLog(extendedPanId, next);
  }

  /** The log without this device. */
  public HanDeviceLog without(Eui64 deviceId) {
    return new HanDeviceLog(extendedPanId, devices.stream().filter(e -> !e.deviceId().equals(deviceId)).toList());
  }
}
