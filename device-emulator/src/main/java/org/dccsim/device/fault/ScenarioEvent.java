package org.dccsim.device.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dccsim.device.network.SimulationTime;
import org.dccsim.smki.Eui64;

/**
 * One thing that happens in a scenario (or at once, through the control API). Events with a
 * duration undo themselves when it has passed.
 */
public sealed interface ScenarioEvent {

  /** Applies the event now, scheduling its end on {@code time} where it has one. */
  void apply(FaultInjector faults, SimulationTime time);

  /** Mains power lost at the selected premises, back after {@code duration}. */
  record PowerOutage(PremisesSelection premises, Duration duration) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      Instant since = time.now();
      faults.powerOff(premises);
      time.after(duration, 0, () -> faults.powerOn(premises, since));
    }
  }

  /** The selected premises' Comms Hubs off the WAN, for {@code duration} or until told otherwise. */
  record CommsHubOffline(PremisesSelection premises, Optional<Duration> duration) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.setOnline(premises, false);
      duration.ifPresent(d -> time.after(d, 0, () -> faults.setOnline(premises, true)));
    }
  }

  /** The selected premises' Comms Hubs back on the WAN. */
  record CommsHubOnline(PremisesSelection premises) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.setOnline(premises, true);
    }
  }

  /**
   * The billing date of the selected premises' ESMEs: each captures its billing data log and sends
   * the latest entry to its supplier (ECS68, 8F0A), the monthly alert storm.
   */
  record Billing(PremisesSelection premises) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.bill(premises);
    }
  }

  /** A device stops answering, for {@code duration} or until healed. */
  record StopAnswering(Eui64 device, Optional<Duration> duration) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.setAnswering(device, false);
      duration.ifPresent(d -> time.after(d, 0, () -> faults.setAnswering(device, true)));
    }
  }

  /** A device's clock runs {@code drift} off true time (negative: behind). */
  record ClockDrift(Eui64 device, Duration drift) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.setClockDrift(device, drift);
    }
  }

  /** A device's firmware image fails verification. */
  record FirmwareFault(Eui64 device) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.setFirmwareFault(device, true);
    }
  }

  /** A meter detects physical tampering. */
  record Tamper(Eui64 device, FaultInjector.Tamper kind) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.tamper(device, kind);
    }
  }

  /**
   * A consumer tops up at the PPMID: it sends the UTRN (digits, as the supplier minted it) to the
   * meter over the HAN (PCS01 to a GSME).
   */
  record PpmidTopUp(Eui64 ppmid, Eui64 meter, String utrn) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.ppmidTopUp(ppmid, meter, utrn);
    }
  }

  /** Every condition of a device cleared. */
  record Heal(Eui64 device) implements ScenarioEvent {
    @Override
    public void apply(FaultInjector faults, SimulationTime time) {
      faults.heal(device);
    }
  }
}
