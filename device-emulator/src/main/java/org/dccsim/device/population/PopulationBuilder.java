package org.dccsim.device.population;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.common.DeviceJoins;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.PrepaymentTariff;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.device.gpf.Gpf;
import org.dccsim.device.gsme.Gsme;
import org.dccsim.device.hcalcs.Hcalcs;
import org.dccsim.device.ihd.Ihd;
import org.dccsim.device.ppmid.Ppmid;
import org.dccsim.smki.Eui64;

/**
 * Builds a population from its description, premises in parallel over the available cores. Every
 * device starts in working order with supply enabled, and with its alert counter at the build
 * time in milliseconds, so that its alerts keep counting up across restarts.
 */
public final class PopulationBuilder {

  /** How many premises a worker builds between two progress reports. */
  private static final int CHUNK = 16_384;

  private final Function<PremisesProfile, TrustAnchors> anchors;
  private final Clock clock;

  /**
   * @param anchors the trust anchors of a premises' devices (its supplier, network operator, the
   *     DCC's roles); return shared instances, as millions of devices hold them
   */
  public PopulationBuilder(Function<PremisesProfile, TrustAnchors> anchors, Clock clock) {
    this.anchors = anchors;
    this.clock = clock;
  }

  /**
   * @param progress told how many devices are built so far, about every {@value #CHUNK} premises
   */
  public Population build(PopulationDescription description, LongConsumer progress) {
    if (description.premises() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("at most " + (Integer.MAX_VALUE - 8) + " premises in one population");
    }
    int premises = (int) description.premises();
    EuiPlan plan = description.euiPlan();
    EmulatedDevice[][] bySlot = new EmulatedDevice[DeviceSlot.values().length][];
    for (DeviceSlot slot : DeviceSlot.values()) {
      if (mayHave(description, slot)) {
        bySlot[slot.ordinal()] = new EmulatedDevice[premises];
      }
    }
    long alertCounterStart = clock.millis();
    // made once, shared by every prepayment meter
    PrepaymentTariff.Installed tariff = description.prepaymentTariff() == null ? null
        : description.prepaymentTariff().installed();
    AtomicLong built = new AtomicLong();
    int chunks = (premises + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * CHUNK;
      int to = Math.min(premises, from + CHUNK);
      long n = 0;
      for (int i = from; i < to; i++) {
        PremisesProfile profile = description.profile(i);
        TrustAnchors a = anchors.apply(profile);
        for (DeviceSlot slot : DeviceSlot.values()) {
          if (profile.has(slot)) {
            EmulatedDevice d = create(slot, plan.eui(i, slot), a, profile, tariff);
            d.setAlertCounter(alertCounterStart);
            bySlot[slot.ordinal()][i] = d;
            n++;
          }
        }
        if (profile.has(DeviceSlot.PPMID)) {
          joinPpmid(bySlot, i, profile);
        }
      }
      progress.accept(built.addAndGet(n));
    });
    return new Population(description, bySlot, built.get());
  }

  /**
   * A premises' PPMID joined with its meters both ways, as an installer leaves it (without
   * certificates: each side is checked with the other's own certificate), so it can top them up.
   */
  private static void joinPpmid(EmulatedDevice[][] bySlot, int premises, PremisesProfile profile) {
    EmulatedDevice ppmid = bySlot[DeviceSlot.PPMID.ordinal()][premises];
    for (DeviceSlot meter : new DeviceSlot[] {DeviceSlot.ESME, DeviceSlot.GSME}) {
      if (profile.has(meter)) {
        EmulatedDevice m = bySlot[meter.ordinal()][premises];
        DeviceJoins.join(m, ppmid.id(), GbcsDeviceType.PPMID);
        DeviceJoins.join(ppmid, m.id(), meter == DeviceSlot.ESME ? GbcsDeviceType.ESME : GbcsDeviceType.GSME);
      }
    }
  }

  private static boolean mayHave(PopulationDescription d, DeviceSlot slot) {
    return switch (slot) {
      case CHF -> true;
      case ESME -> d.fuel().shares().keySet().stream().anyMatch(Fuel::electricity);
      case GSME, GPF -> d.fuel().shares().keySet().stream().anyMatch(Fuel::gas);
      case PPMID -> d.ppmidShare() > 0;
      case IHD -> d.ihdShare() > 0;
      case HCALCS -> d.hcalcsShare() > 0;
    };
  }

  private static EmulatedDevice create(DeviceSlot slot, Eui64 id, TrustAnchors anchors, PremisesProfile profile,
      PrepaymentTariff.Installed tariff) {
    return switch (slot) {
      case CHF -> new CommsHub(id, anchors);
      case ESME -> {
        Esme esme = new Esme(id, anchors, profile.esmeVariant(), SupplyState.ENABLED);
        if (profile.prepayment()) {
          esme.installInPrepayment(tariff);
        }
        yield esme;
      }
      case GSME -> new Gsme(id, anchors);
      case GPF -> new Gpf(id, anchors);
      case PPMID -> new Ppmid(id, anchors);
      case IHD -> new Ihd(id, anchors);
      case HCALCS -> new Hcalcs(id, anchors);
    };
  }
}
