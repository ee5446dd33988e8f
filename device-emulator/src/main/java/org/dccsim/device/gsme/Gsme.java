package org.dccsim.device.gsme;

import org.dccsim.device.zcl.BoundedLog;
import org.dccsim.device.zcl.GbzDevice;
import org.dccsim.device.common.CommonUseCases;
import static org.dccsim.device.gsme.GasAttributes.METERING;
import static org.dccsim.device.gsme.GasAttributes.PREPAYMENT;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.zcl.GbzUseCase;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.ZclValue;
import org.dccsim.smki.Eui64;

/**
 * An emulated gas smart meter: battery powered, it sleeps and wakes to collect what the Comms Hub
 * holds for it. Its state is the gas ZCL model ({@link GasAttributes}) run by a {@link ZclEngine}:
 * tariff and prices, supply (valve) state, payment mode, credit, emergency credit and debts, kept
 * per device only where they differ from a new meter's; the consumption register comes from
 * {@link GasConsumptionModel} seeded by the meter's EUI-64. UTRN top-ups are checked with
 * {@link org.dccsim.gbcs.security.Utrn} against the meter's UTRN counter.
 *
 * <p>At rest a meter holds its identity, anchors and three small fields; everything else is
 * created when first needed.
 */
public final class Gsme extends GbzDevice<Gsme> {

  static final ZclEngine<Gsme> ENGINE = model();

  private static final DeviceUseCases<Gsme> USE_CASES = useCaseTable();
  /** The upper half of the last accepted UTRN counter (GBCS 14: the supplier's top-up counter). */
  private int utrnCounter;
  /** Accepted top-ups, oldest first; null until the first. */
  private PrepaymentCommands.TopUpRecord[] topUps;
  public Gsme(Eui64 id, TrustAnchors anchors) {
    super(id, anchors);
  }

  @Override
  protected ZclEngine<Gsme> engine() {
    return ENGINE;
  }

  @Override
  public DeviceType type() {
    return DeviceType.GSME;
  }

  @Override
  public DeviceUseCases<Gsme> useCases() {
    return USE_CASES;
  }

  // ------------------------------------------------------------------ typed state

  /** The supply (valve) state: {@link GasAttributes#SUPPLY_OFF}, ARMED or ON. */
  public synchronized int supplyStatus() {
    return (int) ENGINE.storedLong(this, GasAttributes.SUPPLY_STATUS);
  }

  public synchronized void setSupplyStatus(int status) {
    ENGINE.set(this, GasAttributes.SUPPLY_STATUS, status);
  }

  /** Credit remaining, in currency units (1/100,000 £), negative when in debt to the meter. */
  public synchronized long creditRemaining() {
    return GasCommands.signed(ENGINE.storedLong(this, GasAttributes.CREDIT_REMAINING));
  }

  public synchronized void setCreditRemaining(long units) {
    ENGINE.set(this, GasAttributes.CREDIT_REMAINING, units & 0xFFFFFFFFL);
  }

  /** The upper half of the last accepted UTRN counter. */
  public synchronized long utrnCounter() {
    return utrnCounter & 0xFFFFFFFFL;
  }

  public synchronized void setUtrnCounter(long upperHalf) {
    this.utrnCounter = (int) upperHalf;
  }

  /** The accepted top-ups the meter keeps, oldest first. */
  public synchronized List<PrepaymentCommands.TopUpRecord> topUpLog() {
    return topUps == null ? List.of() : List.of(topUps);
  }

  /** Adds an accepted top-up, forgetting the oldest beyond {@code capacity}. */
  synchronized void logTopUp(PrepaymentCommands.TopUpRecord record, int capacity) {
    topUps = BoundedLog.append(topUps, record, capacity, PrepaymentCommands.TopUpRecord[]::new);
  }

  /** The seed of this meter's consumption model. */
  long seed() {
    return id().value();
  }

  // ------------------------------------------------------------------ model

  private static ZclEngine<Gsme> model() {
    ZclEngine.Builder<Gsme> m = ZclEngine.builder();
    GasAttributes.define(m, (d, x) -> new ZclValue.Fixed(ZclValue.UINT48,
        GasConsumptionModel.volumeDm3(d.seed(), x.now())));
    GasCommands.define(m);
    GasProfiles.define(m, Gsme::seed);
    TopUp.define(m);
    GasHousekeeping.define(m);
    GasEventLogs.define(m);
    return m.build();
  }

  private static DeviceUseCases<Gsme> useCaseTable() {
    ZclCommandRef readMetering = ZclCommandRef.generalResponse(METERING, 0x01);
    ZclCommandRef readPrepayment = ZclCommandRef.generalResponse(PREPAYMENT, 0x01);
    ZclCommandRef prepaySnapshot = ZclCommandRef.toClient(PREPAYMENT, 0x01);
    ZclCommandRef debtLog = ZclCommandRef.toClient(PREPAYMENT, 0x06);
    ZclCommandRef snapshot = ZclCommandRef.toClient(METERING, 0x06);
    ZclCommandRef sampledData = ZclCommandRef.toClient(METERING, 0x07);
    List<org.dccsim.device.DeviceUseCase<? super Gsme>> all = new ArrayList<>(CommonUseCases.forType(DeviceType.GSME));
    all.add(new SetClockUseCase());
    // responses with the meter's date-time
    for (int code : new int[] {0x006B, 0x00A3, 0x006C, 0x006D, 0x006F, 0x0097, 0x012A}) {
      all.add(GbzUseCase.of(code, ENGINE, true, Gsme::clockStatus));
    }
    for (int code : new int[] {0x0074, 0x00B6, 0x00B8}) { // GCS13a/c/b consumption registers
      all.add(GbzUseCase.of(code, ENGINE, true, Gsme::clockStatus, readMetering).readResponsesDisableDefaultResponse());
    }
    all.add(GbzUseCase.of(0x0075, ENGINE, true, Gsme::clockStatus, readPrepayment)); // GCS14
    all.add(GbzUseCase.of(0x0079, ENGINE, false, Gsme::clockStatus, sampledData)); // GCS18
    all.add(GbzUseCase.of(0x0078, ENGINE, false, Gsme::clockStatus, sampledData)); // GCS17
    all.add(GbzUseCase.of(0x0096, ENGINE, false, Gsme::clockStatus, prepaySnapshot)); // GCS16b
    all.add(GbzUseCase.of(0x00C3, ENGINE, false, Gsme::clockStatus, prepaySnapshot, snapshot)); // GCS15b
    all.add(GbzUseCase.of(0x0076, ENGINE, false, Gsme::clockStatus, prepaySnapshot, snapshot)); // GCS15c
    all.add(GbzUseCase.of(0x00C4, ENGINE, false, Gsme::clockStatus, debtLog)); // GCS15d
    all.add(GbzUseCase.of(0x0077, ENGINE, false, Gsme::clockStatus, snapshot)); // GCS16a
    all.add(GbzUseCase.of(0x009F, ENGINE, false, Gsme::clockStatus).readResponsesDisableDefaultResponse()); // GCS21f
    for (int code : new int[] {0x0086, 0x00B4, 0x00C0, 0x00C2, 0x0084, 0x0080, 0x006E, 0x0070, 0x0071, 0x0015,
        0x0088, 0x0073, 0x00B5, 0x008D, 0x00C5, 0x0014, 0x00A1, 0x00F1, 0x009D, 0x00DA, 0x009E, 0x00FB,
        0x0089, 0x007B, 0x00BF, 0x0087, 0x00AD, 0x007C, 0x007D, 0x00FC, 0x007E, 0x00D8, 0x0081, 0x0085, 0x0082,
        0x0083, 0x009B, 0x0090}) {
      all.add(GbzUseCase.of(code, ENGINE, false, Gsme::clockStatus));
    }
    return new DeviceUseCases<>(all);
  }
}
