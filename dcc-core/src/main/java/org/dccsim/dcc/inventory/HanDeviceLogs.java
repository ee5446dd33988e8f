package org.dccsim.dcc.inventory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dccsim.smki.Eui64;

/**
 * The DCC's records of the HAN device logs, by Comms Hub Function or GPF: the devices last known
 * on each, which a replacement hub or GPF gets back when a User restores the log of the old one
 * (DUIS 8.12.1 / 8.12.2, GBCS CCS03 / GCS59). Thread-safe.
 */
public final class HanDeviceLogs {

  private final ConcurrentHashMap<Eui64, HanDeviceLog> logs = new ConcurrentHashMap<>();

  /** Records a whole log, e.g. a hub's or GPF's backup of it, replacing what was known. */
  public void record(Eui64 hubOrGpf, HanDeviceLog log) {
    logs.put(hubOrGpf, log);
  }

  public Optional<HanDeviceLog> find(Eui64 hubOrGpf) {
    return Optional.ofNullable(logs.get(hubOrGpf));
  }

  /** A device added to the log (or its entry updated), e.g. after a successful CCS01 or join. */
  public void add(Eui64 hubOrGpf, HanDeviceLogEntry entry) {
    logs.compute(hubOrGpf, (k, log) -> (log == null ? HanDeviceLog.of(List.of()) : log).with(entry));
  }

  /** A device removed from the log, e.g. after a successful CCS02 or unjoin. */
  public void remove(Eui64 hubOrGpf, Eui64 deviceId) {
    logs.computeIfPresent(hubOrGpf, (k, log) -> log.without(deviceId));
  }
}
