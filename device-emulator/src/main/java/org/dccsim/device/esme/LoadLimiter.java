package org.dccsim.device.esme;

import java.time.Instant;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.AccessResult;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.smki.RemotePartyRole;

/**
 * Load limiting (GBCS ECS28a/ECS28b, read by ECS27): when the active import power stays above the
 * load limit power threshold for the load limit period, the meter counts a load limit event and,
 * where its load limit supply state says Disable, interrupts the supply: it disables then arms it
 * (alert 0x8F33, "Supply Disabled then Armed - Load Limit triggered"), and once the restoration
 * period has passed with the supply still armed, enables it (alert 0x8F34, "Supply Enabled after
 * Load Limit Restoration Period"). The settings are the active values of the GBCS future-dated
 * objects ECS28a writes; the power is the consumption model's (constant within each half hour).
 *
 * <p>The meter's own bookkeeping (since when the power has been over the threshold, when the
 * limiter interrupted the supply) lives in manufacturer attributes of the load limiter object, so
 * in the meter's COSEM memory only once load limiting has acted. Follow-ups (end of the period,
 * end of the restoration period) are scheduled on {@link DeviceServices#scheduler()}.
 *
 * <p>[?] Choices where GBCS detail was not at hand: the threshold is in W and 0 means no load
 * limiting (the default); with the supply state Unchanged the meter only counts, and counts again
 * after each further period over the threshold; an open load switch draws no load, so the period
 * restarts once the supply is enabled again; both alerts go to the supplier as generic alerts;
 * the interruption leaves the supply armed, so the consumer can restore it before the
 * restoration period ends.
 */
final class LoadLimiter {

  static final ObisCode SUPPLY_STATE = Obis.of("0-0:94.44.0.3");
  static final ObisCode PERIOD = Obis.of("0-0:94.44.128.6");
  static final ObisCode POWER_THRESHOLD = Obis.of("0-0:94.44.128.7");
  static final ObisCode RESTORATION_PERIOD = Obis.of("0-0:94.44.128.8");
  static final ObisCode COUNTER = Obis.of("0-0:94.44.42.255");
  static final ObisCode LIMITER = Obis.of("0-0:17.0.0.255");
  /** Manufacturer attributes of the load limiter: seconds since 2000 of its two moments, 0 for none. */
  static final int OVER_THRESHOLD_SINCE = 128;
  static final int INTERRUPTED_AT = 129;
  /** Manufacturer attribute of the load limiter: seconds since 2000 of the half-hourly look pending, 0 for none. */
  static final int NEXT_LOOK = 130;
  private static final PendingWakeUp WAKE_UP = new PendingWakeUp(LIMITER, NEXT_LOOK);

  static final int ALERT_INTERRUPTED = 0x8F33;
  static final int ALERT_RESTORED = 0x8F34;

  private static final int ACTIVE = 2;
  private static final int PASSIVE = 4;
  private static final long HALF_HOUR = 1_800;

  private LoadLimiter() {}

  /** Acts on the meter's load at its time now; schedules its own next look where one is due. */
  static void check(Esme esme, DeviceServices services) throws CosemAccessException {
    CosemEngine<Esme> engine = esme.cosemEngine();
    Instant now = esme.now(services);
    long nowSeconds = TimeRange.secondsSince2000(now);
    long interruptedAt = value(esme, LIMITER, INTERRUPTED_AT);
    if (interruptedAt != 0 && nowSeconds >= interruptedAt + value(esme, RESTORATION_PERIOD, ACTIVE)) {
      engine.store(esme, LIMITER, INTERRUPTED_AT, EsmeObjectModel.u32(0));
      if (esme.supplyState() == SupplyState.ARMED) {
        esme.setSupplyState(SupplyState.ENABLED, now);
        esme.raiseGenericAlert(RemotePartyRole.SUPPLIER, ALERT_RESTORED, services);
      }
    }
    long threshold = value(esme, POWER_THRESHOLD, ACTIVE);
    long overSince = value(esme, LIMITER, OVER_THRESHOLD_SINCE);
    boolean loaded = esme.supplyState() == SupplyState.ENABLED;
    if (threshold == 0 || !loaded || esme.activePowerW(now) <= threshold) {
      if (overSince != 0) {
        engine.store(esme, LIMITER, OVER_THRESHOLD_SINCE, EsmeObjectModel.u32(0));
      }
      return;
    }
    long period = value(esme, PERIOD, ACTIVE);
    if (overSince == 0) {
      overSince = nowSeconds;
      engine.store(esme, LIMITER, OVER_THRESHOLD_SINCE, EsmeObjectModel.u32(overSince));
      if (period > 0) {
        followUp(esme, now.plusSeconds(period), services);
        return;
      }
    }
    if (nowSeconds - overSince < period) {
      return;
    }
    trigger(esme, engine, now, services);
  }

  private static void trigger(Esme esme, CosemEngine<Esme> engine, Instant now, DeviceServices services)
      throws CosemAccessException {
    engine.store(esme, COUNTER, 2, EsmeObjectModel.u32(value(esme, COUNTER, 2) + 1));
    long nowSeconds = TimeRange.secondsSince2000(now);
    if (engine.stored(esme, SUPPLY_STATE, ACTIVE) != DlmsData.BooleanValue.TRUE) {
      // supply state Unchanged: count, and look again one period on
      engine.store(esme, LIMITER, OVER_THRESHOLD_SINCE, EsmeObjectModel.u32(nowSeconds));
      long period = value(esme, PERIOD, ACTIVE);
      if (period > 0) {
        followUp(esme, now.plusSeconds(period), services);
      }
      return;
    }
    engine.store(esme, LIMITER, OVER_THRESHOLD_SINCE, EsmeObjectModel.u32(0));
    engine.store(esme, LIMITER, INTERRUPTED_AT, EsmeObjectModel.u32(nowSeconds));
    esme.setSupplyState(SupplyState.ARMED, now);
    esme.raiseGenericAlert(RemotePartyRole.SUPPLIER, ALERT_INTERRUPTED, services);
    followUp(esme, now.plusSeconds(value(esme, RESTORATION_PERIOD, ACTIVE)), services);
  }

  /**
   * Keeps the meter looking at its load at each half hour (when the consumption model's power
   * changes) for as long as a threshold is set, active or waiting for its activation date: ECS28a
   * starts it. At most one look is pending per meter, so a population's idle meters cost nothing.
   */
  static void watch(Esme esme, DeviceServices services) throws CosemAccessException {
    Instant now = esme.now(services);
    long nowSeconds = TimeRange.secondsSince2000(now);
    if (WAKE_UP.pending(esme) > nowSeconds) {
      return;
    }
    if (value(esme, POWER_THRESHOLD, ACTIVE) == 0 && value(esme, POWER_THRESHOLD, PASSIVE) == 0) {
      return;
    }
    Instant at = TimeRange.fromSecondsSince2000((nowSeconds / HALF_HOUR + 1) * HALF_HOUR);
    WAKE_UP.keep(esme, at.getEpochSecond(), services, () -> {
      check(esme, services);
      // a scheduler that runs tasks at once (DeviceScheduler.IMMEDIATE) gets one look, no chain
      if (!esme.now(services).isBefore(at)) {
        watch(esme, services);
      }
    });
  }

  private static void followUp(Esme esme, Instant at, DeviceServices services) {
    // the scheduler runs on the simulation's clock, the meter on its own (drift)
    services.scheduler().schedule(at.minus(esme.condition().clockDrift()), () -> esme.monitorLoad(services));
  }

  /** An unsigned setting or bookkeeping value as the meter holds it. */
  private static long value(Esme esme, ObisCode object, int attribute) throws CosemAccessException {
    if (!(esme.cosemEngine().stored(esme, object, attribute) instanceof IntegerValue v)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, object + " attribute " + attribute + " is no integer");
    }
    return v.value();
  }
}
