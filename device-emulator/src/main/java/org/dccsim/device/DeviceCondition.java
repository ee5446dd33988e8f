package org.dccsim.device;

import java.time.Duration;
import java.util.Objects;

/**
 * What is wrong with a device, if anything: set by fault injection (the admin API, a scenario), read
 * by the device and the network. Immutable; healthy devices share {@link #NORMAL}.
 *
 * @param powered false while the premises has no mains power: the device neither receives nor sends
 *     (a GSME runs on its battery and stays powered)
 * @param answering false for a device that has stopped answering: it receives, executes nothing
 *     and stays silent (the DCC sees E21)
 * @param clockDrift how far the device's clock is from true time
 * @param firmwareFault true when the device's firmware image fails verification (it answers, but
 *     firmware activation fails and it raises the firmware alerts)
 */
public record DeviceCondition(boolean powered, boolean answering, Duration clockDrift, boolean firmwareFault) {

  public static final DeviceCondition NORMAL = new DeviceCondition(true, true, Duration.ZERO, false);

  public DeviceCondition {
    Objects.requireNonNull(clockDrift, "clockDrift");
  }

  public DeviceCondition withPowered(boolean on) {
    return normalised(new DeviceCondition(on, answering, clockDrift, firmwareFault));
  }

  public DeviceCondition withAnswering(boolean on) {
    return normalised(new DeviceCondition(powered, on, clockDrift, firmwareFault));
  }

  public DeviceCondition withClockDrift(Duration drift) {
    return normalised(new DeviceCondition(powered, answering, drift, firmwareFault));
  }

  public DeviceCondition withFirmwareFault(boolean fault) {
    return normalised(new DeviceCondition(powered, answering, clockDrift, fault));
  }

  public boolean isNormal() {
    return equals(NORMAL);
  }

  private static DeviceCondition normalised(DeviceCondition c) {
    return c.equals(NORMAL) ? NORMAL : c;
  }
}
