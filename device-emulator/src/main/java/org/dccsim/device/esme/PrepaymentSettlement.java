package org.dccsim.device.esme;

import org.dccsim.device.DeviceServices;
import java.time.Instant;
import java.util.List;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * What a prepayment meter charges as it runs: since the last settlement, the energy imported (from
 * the consumption model) at the active price matrix's rate, and the active standing charge pro
 * rata per day, both debited from the meter balance; then supply is disabled if credit fell below
 * the disablement threshold. In credit mode nothing is debited. The time of the last settlement is
 * the meter balance's manufacturer-specific attribute 128 (GBCS capture-time seconds since 2000).
 *
 * <p>Amounts follow the unit charges' scales: a price p with commodity scale c and price scale s
 * costs p·10^s pounds per 10^c Wh, and the balance counts 10^-5 pounds. The energy is charged by
 * TOU rate and block ({@link EnergyCharge}).
 */
final class PrepaymentSettlement {

  static final int LAST_SETTLEMENT = 128;
  /** Manufacturer attribute of the meter balance: seconds since 2000 of the settlement pending, 0 for none. */
  static final int NEXT_SETTLEMENT = 129;
  private static final PendingWakeUp WAKE_UP = new PendingWakeUp(EsmeObjectModel.METER_BALANCE, NEXT_SETTLEMENT);
  private static final long HALF_HOUR = 1_800;
  static final ObisCode STANDING_CHARGE = Obis.of("0-0:19.20.4.255");
  private static final long SECONDS_PER_DAY = 86_400;

  private PrepaymentSettlement() {}

  /** Settles consumption up to {@code now}; a meter never settled only starts counting. */
  static void settle(Esme esme, Instant now) throws CosemAccessException {
    CosemEngine<Esme> engine = esme.cosemEngine();
    long last = ((IntegerValue) engine.stored(esme, EsmeObjectModel.METER_BALANCE, LAST_SETTLEMENT)).value();
    long nowSeconds = TimeRange.secondsSince2000(now);
    if (last > 0 && nowSeconds > last && esme.paymentMode() == EsmeObjectModel.PREPAYMENT_MODE) {
      Instant from = TimeRange.fromSecondsSince2000(last);
      long cost = EnergyCharge.between(esme, engine, from, now)
          + charge(engine.stored(esme, STANDING_CHARGE, 5), 1) * (nowSeconds - last) / SECONDS_PER_DAY;
      long balance = ((IntegerValue) engine.stored(esme, EsmeObjectModel.METER_BALANCE, 2)).value();
      engine.store(esme, EsmeObjectModel.METER_BALANCE, 2,
          EsmeObjectModel.s32(Math.max(Integer.MIN_VALUE, balance - cost)));
      EsmeObjectModel.checkCredit(esme, engine, now);
    }
    if (nowSeconds > last) {
      engine.store(esme, EsmeObjectModel.METER_BALANCE, LAST_SETTLEMENT, EsmeObjectModel.u32(nowSeconds));
    }
  }

  /**
   * Keeps a prepayment meter settling at each half hour (the consumption model's step) while it is
   * in prepayment mode, so its credit runs down and supply is disabled when it runs out, on the
   * network's time. At most one settlement is pending per meter; a credit meter schedules nothing.
   */
  static void watch(Esme esme, DeviceServices services) throws CosemAccessException {
    if (esme.paymentMode() != EsmeObjectModel.PREPAYMENT_MODE) {
      return;
    }
    Instant now = esme.now(services);
    long nowSeconds = TimeRange.secondsSince2000(now);
    if (WAKE_UP.pending(esme) > nowSeconds) {
      return;
    }
    settle(esme, now); // starts the count on a meter never settled
    Instant at = TimeRange.fromSecondsSince2000((nowSeconds / HALF_HOUR + 1) * HALF_HOUR);
    WAKE_UP.keep(esme, at.getEpochSecond(), services, () -> {
      settle(esme, esme.now(services));
      // a scheduler that runs tasks at once (DeviceScheduler.IMMEDIATE) gets one settlement, no chain
      if (!esme.now(services).isBefore(at)) {
        watch(esme, services);
      }
    });
  }

  /** The cost in 10^-5 pounds of {@code quantity} (Wh, or days) at a unit charge's first price. */
  static long charge(DlmsData unitCharge, long quantity) {
    if (!(unitCharge instanceof Structure u) || u.elements().size() != 3
        || !(u.elements().get(0) instanceof Structure scales) || scales.elements().size() != 2
        || !(u.elements().get(2) instanceof DlmsArray prices) || prices.elements().isEmpty()
        || !(prices.elements().get(0) instanceof Structure first) || first.elements().size() != 2
        || !(first.elements().get(1) instanceof IntegerValue price)) {
      return 0; // no tariff: nothing to charge
    }
    List<DlmsData> s = scales.elements();
    return scaled(quantity * price.value(), (int) ((IntegerValue) s.get(0)).value(),
        (int) ((IntegerValue) s.get(1)).value());
  }

  /** {@code quantityTimesPrice} (Wh or days times a price) in 10^-5 pounds: ·10^(priceScale + 5 - commodityScale). */
  static long scaled(long quantityTimesPrice, int commodityScale, int priceScale) {
    long amount = quantityTimesPrice;
    int exponent = priceScale + 5 - commodityScale;
    for (int i = 0; i < exponent; i++) {
      amount *= 10;
    }
    for (int i = 0; i > exponent; i--) {
      amount /= 10;
    }
    return amount;
  }
}
