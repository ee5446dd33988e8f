package org.dccsim.device.network;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.gbcs.wan.WanTransport;
import org.dccsim.smki.Eui64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process SM WAN: delivers each GBCS message to its device after the configured latency
 * and hands whatever the device answers back to the DCC after the same latency. Each device's messages run on one of a
 * fixed set of single-threaded lanes chosen by its EUI, so they stay in order without a thread
 * per device.
 */
public final class EmulatedWan implements WanTransport, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmulatedWan.class);

  /** One-way latency of the network and the number of delivery lanes. */
  public record Settings(Duration latency, int lanes) {
    public static Settings defaults() {
      return new Settings(Duration.ofMillis(5), Math.max(2, Runtime.getRuntime().availableProcessors()));
    }
  }

  private final ConcurrentHashMap<Eui64, EmulatedDevice> devices = new ConcurrentHashMap<>();
  private final DeviceServices services;
  private final DeviceMessageListener dcc;
  private final Settings settings;
  private final ScheduledExecutorService[] lanes;

  public EmulatedWan(DeviceServices services, DeviceMessageListener dcc, Settings settings) {
    this.services = services;
    this.dcc = dcc;
    this.settings = settings;
    this.lanes = new ScheduledExecutorService[settings.lanes()];
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "wan-lane-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    for (int i = 0; i < lanes.length; i++) {
      lanes[i] = Executors.newSingleThreadScheduledExecutor(threads);
    }
  }

  public void attach(EmulatedDevice device) {
    devices.put(device.id(), device);
  }

  public Optional<EmulatedDevice> device(Eui64 id) {
    return Optional.ofNullable(devices.get(id));
  }

  public int deviceCount() {
    return devices.size();
  }

  @Override
  public void send(Eui64 target, byte[] gbcsMessage) {
    lanes[laneOf(target)].schedule(() -> deliver(target, gbcsMessage), settings.latency().toNanos(), TimeUnit.NANOSECONDS);
  }

  private int laneOf(Eui64 device) {
    return Math.floorMod(Long.hashCode(device.value()), lanes.length);
  }

  private void deliver(Eui64 target, byte[] message) {
    EmulatedDevice device = devices.get(target);
    if (device == null) {
      dcc.onUndeliverable(target, message, "no device " + target + " on the network");
      return;
    }
    try {
      device.receive(message, services).ifPresent(response -> lanes[laneOf(target)].schedule(
          () -> dcc.onDeviceMessage(target, response), settings.latency().toNanos(), TimeUnit.NANOSECONDS));
    } catch (RuntimeException e) {
      // a device fault must not stop the lane; the DCC sees no response and times out (E21)
      log.error("device {} failed on a message", target, e);
    }
  }

  @Override
  public void close() {
    for (ScheduledExecutorService lane : lanes) {
      lane.shutdownNow();
    }
  }
}
