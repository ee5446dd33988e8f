package org.dccsim.device.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.gbcs.wan.WanTransport;
import org.dccsim.smki.Eui64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process SM WAN and HAN. A command travels DCC → (WAN: its region's latency, loss and
 * cell) → the premises' Comms Hub → (HAN) → the device; a GSME's commands wait at the hub until
 * the meter next wakes. Whatever a device answers or raises travels back the same way. A premises
 * whose hub is offline, unpowered or without WAN coverage cannot be reached: the CSP reports the
 * command undeliverable (the DCC answers E20), and nothing from it arrives.
 *
 * <p>All timing is simulation time ({@link SimulationTime}), so a scenario can run accelerated, or
 * step by step in a test. Each cell's messages keep their order on one lane.
 */
public final class EmulatedWan implements WanTransport, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmulatedWan.class);

  private final DeviceDirectory directory;
  private final DeviceServices services;
  private final DeviceMessageListener dcc;
  private final WanSettings settings;
  private final SimulationTime time;
  private final Supplier<? extends RandomGenerator> random;
  private final Set<Eui64> offlineHubs = ConcurrentHashMap.newKeySet();
  private final WanStats stats = new WanStats();

  /**
   * @param services the devices' services; the WAN gives them its clock, its scheduler and itself
   *     as the uplink for alerts and as the HAN of each premises
   * @param random where latency and loss draw from (a seeded generator for repeatable tests)
   */
  public EmulatedWan(DeviceDirectory directory, DeviceServices services, DeviceMessageListener dcc,
      WanSettings settings, SimulationTime time, Supplier<? extends RandomGenerator> random) {
    this.directory = directory;
    this.dcc = dcc;
    this.settings = settings;
    this.time = time;
    this.random = random;
    this.services = services.withClock(time.clock()).withScheduler(time).withUplink(this::fromDevice)
        .withHan(this::overHan);
  }

  /** The services every device on this network uses. */
  public DeviceServices services() {
    return services;
  }

  public SimulationTime time() {
    return time;
  }

  public WanSettings settings() {
    return settings;
  }

  public WanStats stats() {
    return stats;
  }

  public DeviceDirectory directory() {
    return directory;
  }

  /** The device with this EUI-64 on the network. */
  public Optional<EmulatedDevice> device(Eui64 id) {
    Placement p = directory.locate(id);
    return Optional.ofNullable(p == null ? null : p.device());
  }

  /** Takes a Comms Hub off the WAN, or brings it back. */
  public void setOnline(Eui64 commsHub, boolean online) {
    if (online) {
      offlineHubs.remove(commsHub);
    } else {
      offlineHubs.add(commsHub);
    }
  }

  public boolean isOnline(Eui64 commsHub) {
    return !offlineHubs.contains(commsHub);
  }

  @Override
  public void send(Eui64 target, byte[] message) {
    stats.commandsSent.increment();
    Placement p = directory.locate(target);
    if (p == null) {
      time.schedule(time.now(), 0, () -> {
        stats.undeliverable.increment();
        dcc.onUndeliverable(target, message, "no device " + target + " on the network");
      });
      return;
    }
    RegionSettings region = settings.region(p.region());
    String unreachable = unreachable(p);
    if (unreachable != null) {
      // the CSP tries, then reports the failure
      time.after(region.latency().sample(random.get()), p.cell().lane, () -> {
        stats.undeliverable.increment();
        dcc.onUndeliverable(target, message, unreachable);
      });
      return;
    }
    if (lost(region)) {
      return;
    }
    long at = p.cell().reserve(nanos(time.now()) + region.latency().sample(random.get()).toNanos());
    time.schedule(instant(at), p.cell().lane, () -> atHub(p, message));
  }

  /**
   * A HAN-only command between two devices of one premises (same Comms Hub), answered at once:
   * the HAN is not the WAN, so it has no latency or loss modelled here [?].
   */
  private Optional<byte[]> overHan(Eui64 from, Eui64 to, byte[] message, DeviceServices s) {
    Placement sender = directory.locate(from);
    Placement recipient = directory.locate(to);
    if (sender == null || recipient == null || sender.gateway() != recipient.gateway()) {
      return Optional.empty();
    }
    return recipient.device().receive(message, s);
  }

  /** A device's unprompted message (an alert): back over the HAN and the WAN to the DCC. */
  public void fromDevice(Eui64 device, byte[] message) {
    Placement p = directory.locate(device);
    if (p == null) {
      log.warn("a message from {}, which is not on the network, is dropped", device);
      return;
    }
    stats.alerts.increment();
    toDcc(p, message);
  }

  /**
   * The CSP tells the DCC that a Comms Hub lost mains power at {@code since} (its last gasp), after
   * one WAN latency. Nothing is reported for a hub without WAN coverage.
   */
  public void reportPowerLost(EmulatedDevice commsHub, Instant since) {
    reportByCsp(commsHub, () -> dcc.onCommsHubPowerLost(commsHub.id(), since));
  }

  /** The CSP tells the DCC that a Comms Hub has mains power again since {@code at}. */
  public void reportPowerRestored(EmulatedDevice commsHub, Instant at) {
    reportByCsp(commsHub, () -> dcc.onCommsHubPowerRestored(commsHub.id(), at));
  }

  @Override
  public void close() {
    time.close();
  }

  // ------------------------------------------------------------------ internals

  private void reportByCsp(EmulatedDevice commsHub, Runnable report) {
    Placement p = directory.locate(commsHub.id());
    if (p == null || p.noWan() || offlineHubs.contains(commsHub.id())) {
      return;
    }
    RegionSettings region = settings.region(p.region());
    long at = p.cell().reserve(nanos(time.now()) + region.latency().sample(random.get()).toNanos());
    time.schedule(instant(at), p.cell().lane, report);
  }

  private void atHub(Placement p, byte[] message) {
    if (unreachable(p) != null) {
      // the hub went down while the command was in flight: it is lost, and the DCC times out
      stats.lost.increment();
      return;
    }
    if (p.device() == p.gateway()) {
      deliver(p, message);
      return;
    }
    Instant at = time.now().plus(settings.hanLatency());
    if (p.device().type() == DeviceType.GSME) {
      stats.heldForSleepyDevices.increment();
      at = nextWake(p.device().id(), at);
    }
    time.schedule(at, p.cell().lane, () -> deliver(p, message));
  }

  private void deliver(Placement p, byte[] message) {
    stats.commandsDelivered.increment();
    p.device().receive(message, services).ifPresent(response -> {
      stats.responses.increment();
      toDcc(p, response);
    });
  }

  private void toDcc(Placement p, byte[] message) {
    if (unreachable(p) != null) {
      stats.lost.increment();
      log.debug("{} cannot reach the DCC: {}", p.device().id(), unreachable(p));
      return;
    }
    RegionSettings region = settings.region(p.region());
    if (lost(region)) {
      return;
    }
    Duration han = p.device() == p.gateway() ? Duration.ZERO : settings.hanLatency();
    long at = p.cell().reserve(nanos(time.now().plus(han)) + region.latency().sample(random.get()).toNanos());
    time.schedule(instant(at), p.cell().lane, () -> dcc.onDeviceMessage(p.device().id(), message));
  }

  private String unreachable(Placement p) {
    EmulatedDevice gateway = p.gateway();
    if (p.noWan()) {
      return "Comms Hub " + gateway.id() + " has no WAN coverage (no-WAN install)";
    }
    if (offlineHubs.contains(gateway.id())) {
      return "Comms Hub " + gateway.id() + " is offline";
    }
    if (!gateway.condition().powered()) {
      return "Comms Hub " + gateway.id() + " has no mains power";
    }
    return null;
  }

  private boolean lost(RegionSettings region) {
    if (region.loss() > 0 && random.get().nextDouble() < region.loss()) {
      stats.lost.increment();
      return true;
    }
    return false;
  }

  /**
   * When a GSME next wakes at or after {@code t}: every wake interval, at a phase drawn from its
   * EUI-64, so that a population's meters do not all wake together.
   */
  Instant nextWake(Eui64 gsme, Instant t) {
    long interval = settings.gsmeWakeInterval().toNanos();
    long phase = Math.floorMod(mix(gsme.value()), interval);
    long tn = nanos(t);
    long k = Math.floorDiv(tn - phase + interval - 1, interval);
    return instant(phase + k * interval);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
