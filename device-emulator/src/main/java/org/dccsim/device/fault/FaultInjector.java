package org.dccsim.device.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dccsim.device.DeviceCondition;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.ppmid.Ppmid;
import org.dccsim.device.network.EmulatedWan;
import org.dccsim.device.network.NetworkDirectory;
import org.dccsim.device.population.DeviceSlot;
import org.dccsim.device.population.Population;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes things go wrong on the emulated network, as the DCC's test labs cannot: power outages over
 * whole regions (an alert storm when power returns), Comms Hubs dropping off the WAN, devices that
 * stop answering, drifting clocks, firmware that fails verification, tampering. Each event has the
 * effects a User would see: E20 for premises that cannot be reached, E21 for devices that do not
 * answer, device alerts, and the CSP's power reports that the DCC turns into DCC alerts.
 *
 * <p>Events act at once, on simulation time; a scenario ({@link ScenarioRunner}) schedules them.
 */
public final class FaultInjector {

  private static final Logger log = LoggerFactory.getLogger(FaultInjector.class);

  /** GBCS ECS80, the ESME's "supply outage restored" alert to the network operator. */
  public static final int SUPPLY_OUTAGE_RESTORED_MESSAGE_CODE = 0x0067;
  public static final int SUPPLY_OUTAGE_RESTORED = 0x8F35;
  public static final int SUPPLY_OUTAGE_RESTORED_3_MINUTES = 0x8F36;
  private static final Duration LONG_OUTAGE = Duration.ofMinutes(3);

  /** Physical tampering a meter can detect, with the alert it raises (critical, to the supplier). */
  public enum Tamper {
    TAMPER_DETECT(0x8F3F),
    BATTERY_COVER_REMOVED(0x8F73),
    METER_COVER_REMOVED(0x8F74),
    STRONG_MAGNETIC_FIELD(0x8F75),
    TERMINAL_COVER_REMOVED(0x8F76),
    OTHER(0x8F78);

    private final int alertCode;

    Tamper(int alertCode) {
      this.alertCode = alertCode;
    }

    public int alertCode() {
      return alertCode;
    }
  }

  private final EmulatedWan wan;
  private final NetworkDirectory directory;

  public FaultInjector(EmulatedWan wan, NetworkDirectory directory) {
    this.wan = wan;
    this.directory = directory;
  }

  /**
   * Cuts mains power to the selected premises: every device but the battery-powered GSME goes dark,
   * and each Comms Hub's last gasp reaches the DCC through its CSP.
   *
   * @return how many premises lost power
   */
  public int powerOff(PremisesSelection selection) {
    Instant now = wan.time().now();
    return forEachPremises(selection, devices -> {
      for (EmulatedDevice d : devices) {
        if (d.type() != DeviceType.GSME) {
          d.setCondition(d.condition().withPowered(false));
          mainsChanged(d, now);
        }
      }
      hubOf(devices).ifPresent(hub -> wan.reportPowerLost(hub, now));
    });
  }

  /**
   * Restores mains power to the selected premises, which lost it at {@code since}: the CSP reports
   * each Comms Hub back, and each ESME raises ECS80 to its network operator (8F36 after an outage of
   * three minutes or more, 8F35 after a shorter one).
   *
   * @return how many premises regained power
   */
  public int powerOn(PremisesSelection selection, Instant since) {
    Instant now = wan.time().now();
    int alertCode = Duration.between(since, now).compareTo(LONG_OUTAGE) >= 0
        ? SUPPLY_OUTAGE_RESTORED_3_MINUTES : SUPPLY_OUTAGE_RESTORED;
    return forEachPremises(selection, devices -> {
      for (EmulatedDevice d : devices) {
        d.setCondition(d.condition().withPowered(true));
        if (d instanceof Esme esme) {
          esme.mainsRestored(now, Duration.between(since, now), alertCode);
        }
      }
      hubOf(devices).ifPresent(hub -> wan.reportPowerRestored(hub, now));
      for (EmulatedDevice d : devices) {
        if (d.type() == DeviceType.ESME) {
          d.raiseAlert(RemotePartyRole.NETWORK_OPERATOR, SUPPLY_OUTAGE_RESTORED_MESSAGE_CODE,
              (at, counter) -> supplyOutageRestored(alertCode, at, counter, since, now), wan.services());
        }
      }
    });
  }

  /**
   * The billing date of the selected premises: each ESME captures its billing data log and sends the
   * latest entry to its supplier (ECS68, 8F0A, signed and encrypted).
   *
   * @return how many premises' meters billed
   */
  public int bill(PremisesSelection selection) {
    return forEachPremises(selection, devices -> {
      for (EmulatedDevice d : devices) {
        if (d instanceof Esme esme) {
          esme.bill(wan.services());
        }
      }
    });
  }

  /**
   * A consumer enters a UTRN at a PPMID, which sends it to the meter over the HAN.
   *
   * @return whether the meter answered (it refuses a UTRN that is invalid or used, and ignores a
   *     PPMID it has not joined)
   */
  public boolean ppmidTopUp(Eui64 ppmid, Eui64 meter, String utrn) {
    if (!(require(ppmid) instanceof Ppmid p)) {
      throw new IllegalArgumentException(ppmid + " is not a PPMID");
    }
    return p.topUp(meter, utrn, wan.services()).isPresent();
  }

  /** Takes the selected premises' Comms Hubs off the WAN, or brings them back. */
  public int setOnline(PremisesSelection selection, boolean online) {
    return forEachPremises(selection, devices -> hubOf(devices).ifPresent(hub -> wan.setOnline(hub.id(), online)));
  }

  /** A device stops answering (it still receives and keeps its counters), or answers again. */
  public void setAnswering(Eui64 device, boolean answering) {
    EmulatedDevice d = require(device);
    d.setCondition(d.condition().withAnswering(answering));
  }

  /** Sets how far a device's clock is from true time. */
  public void setClockDrift(Eui64 device, Duration drift) {
    EmulatedDevice d = require(device);
    d.setCondition(d.condition().withClockDrift(drift));
  }

  /** Makes a device's firmware image fail verification, or pass again. */
  public void setFirmwareFault(Eui64 device, boolean fault) {
    EmulatedDevice d = require(device);
    d.setCondition(d.condition().withFirmwareFault(fault));
  }

  /**
   * A meter detects physical tampering and raises the alert for it to its supplier.
   *
   * @return false when the device cannot raise it (no generic alerts, or no supplier anchor)
   */
  public boolean tamper(Eui64 device, Tamper tamper) {
    return require(device).raiseGenericAlert(RemotePartyRole.SUPPLIER, tamper.alertCode(), wan.services());
  }

  /** Clears every condition of a device (power, answering, drift, firmware). */
  public void heal(Eui64 device) {
    EmulatedDevice d = require(device);
    d.setCondition(DeviceCondition.NORMAL);
    mainsChanged(d, wan.time().now());
  }

  /** A meter's registers stop while its mains are off (see {@link Esme#mainsChanged}). */
  private static void mainsChanged(EmulatedDevice d, Instant at) {
    if (d instanceof Esme esme) {
      esme.mainsChanged(at);
    }
  }

  // ------------------------------------------------------------------ internals

  static byte[] supplyOutageRestored(int alertCode, Instant at, long counter, Instant from, Instant to) {
    DlmsAlert alert = new DlmsAlert(alertCode, DeviceTime.cosem(at), List.of(
        DlmsData.octetString(DeviceTime.cosem(from).toByteArray()),
        DlmsData.octetString(DeviceTime.cosem(to).toByteArray())));
    return DlmsCodec.encode(alert.toNotification(LongInvokeIdAndPriority.forCounter(counter)));
  }

  private EmulatedDevice require(Eui64 device) {
    return wan.device(device).orElseThrow(() -> new IllegalArgumentException("no device " + device + " on the network"));
  }

  private static Optional<EmulatedDevice> hubOf(List<EmulatedDevice> devices) {
    return devices.stream().filter(d -> d.type() == DeviceType.CHF).findFirst();
  }

  private int forEachPremises(PremisesSelection selection, Consumer<List<EmulatedDevice>> action) {
    int[] count = {0};
    Consumer<List<EmulatedDevice>> counted = devices -> {
      action.accept(devices);
      count[0]++;
    };
    if (!selection.commsHubs().isEmpty()) {
      for (Eui64 hub : selection.commsHubs()) {
        List<EmulatedDevice> devices = premisesOfHub(hub);
        if (devices.isEmpty()) {
          throw new IllegalArgumentException("no Comms Hub " + hub + " on the network");
        }
        counted.accept(devices);
      }
      return count[0];
    }
    Population population = directory.population();
    if (population != null) {
      long to = Math.min(selection.toPremises(), population.premisesCount());
      for (long i = selection.fromPremises(); i < to; i++) {
        int p = (int) i;
        if (selection.region().isEmpty() || population.profile(p).region() == selection.region().get()) {
          counted.accept(devicesOf(population, p));
        }
      }
    }
    if (selection.fromPremises() == 0 && selection.toPremises() == Long.MAX_VALUE
        && (selection.region().isEmpty() || selection.region().get() == wan.settings().demoRegion())) {
      directory.forEachAddedPremises(counted);
    }
    log.info("{}: {} premises", selection, count[0]);
    return count[0];
  }

  private List<EmulatedDevice> premisesOfHub(Eui64 hub) {
    Population population = directory.population();
    if (population != null) {
      int p = population.premisesOf(hub);
      if (p >= 0 && population.plan().slotOf(hub) == DeviceSlot.CHF && population.device(p, DeviceSlot.CHF) != null) {
        return devicesOf(population, p);
      }
    }
    List<List<EmulatedDevice>> found = new ArrayList<>();
    directory.forEachAddedPremises(devices -> {
      if (devices.stream().anyMatch(d -> d.id().equals(hub))) {
        found.add(devices);
      }
    });
    return found.isEmpty() ? List.of() : found.get(0);
  }

  private static List<EmulatedDevice> devicesOf(Population population, int premises) {
    List<EmulatedDevice> devices = new ArrayList<>(7);
    for (DeviceSlot slot : DeviceSlot.values()) {
      EmulatedDevice d = population.device(premises, slot);
      if (d != null) {
        devices.add(d);
      }
    }
    return devices;
  }
}
