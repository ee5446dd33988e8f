package org.dccsim.device.esme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.AlertFormat;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCases;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.dlms.CosemDevice;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.CosemMemory;
import org.dccsim.device.dlms.Faults;
import org.dccsim.device.dlms.Pins;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.smki.Eui64;

/**
 * An emulated electricity smart meter. Its COSEM objects are those of {@link EsmeObjectModel},
 * shared by every ESME; a meter holds only what differs from their defaults (its
 * {@link CosemMemory}, created on first write, pin or fault), its load switch, and its variant.
 * Readings and profiles come from a {@link ConsumptionModel} seeded by its EUI-64, so they cost no
 * memory.
 */
public final class Esme extends EmulatedDevice implements CosemDevice {

  private static final List<CosemEngine<Esme>> ENGINES = new ArrayList<>();
  private static final List<DeviceUseCases<Esme>> USE_CASES = new ArrayList<>();

  static {
    for (EsmeVariant v : EsmeVariant.values()) {
      CosemEngine<Esme> engine = new CosemEngine<>(EsmeObjectModel.build(v));
      ENGINES.add(engine);
      USE_CASES.add(EsmeUseCases.all(engine));
    }
  }

  private final EsmeVariant variant;
  private SupplyState supplyState;
  /** When supply was off since the meter was built; null while it never was. */
  private SupplyInterruptions interruptions;
  private CosemMemory memory;

  public Esme(Eui64 id, TrustAnchors anchors, EsmeVariant variant, SupplyState supplyState) {
    super(id, anchors);
    this.variant = variant;
    this.supplyState = supplyState;
  }

  /** A meter of {@code variant} with its supply enabled, as installed meters are. */
  public Esme(Eui64 id, TrustAnchors anchors, EsmeVariant variant) {
    this(id, anchors, variant, SupplyState.ENABLED);
  }

  /** A single-element meter with its supply enabled. */
  public Esme(Eui64 id, TrustAnchors anchors) {
    this(id, anchors, EsmeVariant.SINGLE_ELEMENT, SupplyState.ENABLED);
  }

  /** A single-element meter. */
  public Esme(Eui64 id, TrustAnchors anchors, SupplyState supplyState) {
    this(id, anchors, EsmeVariant.SINGLE_ELEMENT, supplyState);
  }

  @Override
  public DeviceType type() {
    return DeviceType.ESME;
  }

  @Override
  public DeviceUseCases<Esme> useCases() {
    return USE_CASES.get(variant.ordinal());
  }

  @Override
  protected AlertFormat alertFormat() {
    return AlertFormat.DLMS;
  }

  @Override
  public synchronized CosemMemory cosemMemory(boolean create) {
    if (memory == null && create) {
      memory = new CosemMemory();
    }
    return memory;
  }

  /** The COSEM engine every ESME of {@code variant} runs on (its object model, reads and writes outside commands). */
  public static CosemEngine<Esme> engine(EsmeVariant variant) {
    return ENGINES.get(variant.ordinal());
  }

  /** The COSEM engine this meter runs on. */
  public CosemEngine<Esme> cosemEngine() {
    return ENGINES.get(variant.ordinal());
  }

  /** Values forced on this meter: a reading, a log, a tariff a User wants to see. */
  public Pins<Esme> pins() {
    return new Pins<>(cosemEngine(), this);
  }

  /** Faults injected on this meter: attributes and methods that answer with an error result. */
  public Faults<Esme> faults() {
    return new Faults<>(cosemEngine(), this);
  }

  public EsmeVariant variant() {
    return variant;
  }

  public synchronized SupplyState supplyState() {
    return supplyState;
  }

  /** Sets the supply state at {@code at}: while it is not Enabled no energy flows ({@link SupplyInterruptions}). */
  synchronized void setSupplyState(SupplyState state, Instant at) {
    this.supplyState = state;
    energyFlowMayHaveChanged(at);
  }

  /**
   * Tells the meter its mains power went or came back at {@code at} (its condition already says
   * which): no energy flows through an unpowered meter either.
   */
  public synchronized void mainsChanged(Instant at) {
    energyFlowMayHaveChanged(at);
  }

  /**
   * Mains power came back at {@code at} after an outage of {@code outage}, and the meter raised the
   * ECS80 alert {@code alertCode}: its registers run again and its power event log records it.
   */
  public synchronized void mainsRestored(Instant at, java.time.Duration outage, int alertCode) {
    energyFlowMayHaveChanged(at);
    EsmeEventLogs.powerRestored(this, alertCode, at, outage.getSeconds());
  }

  /** Opens or closes a supply interruption when energy starts or stops flowing at {@code at}. */
  private void energyFlowMayHaveChanged(Instant at) {
    boolean flows = supplyState == SupplyState.ENABLED && condition().powered();
    boolean recordedOff = interruptions != null && interruptions.isOpen();
    if (!flows && !recordedOff) {
      if (interruptions == null) {
        interruptions = new SupplyInterruptions();
      }
      interruptions.open(at, this);
    } else if (flows && recordedOff) {
      interruptions.close(at);
    }
  }

  /**
   * Puts a meter installed in prepayment mode there (a population's prepayment share): the active
   * account's payment mode, as ECS02/ECS03 would leave it; no tariff, the balance at 0.
   */
  public synchronized void installInPrepayment() {
    installInPrepayment(null);
  }

  /**
   * As {@link #installInPrepayment()}, with {@code tariff}'s price matrix, standing charge and
   * opening credit active (none when null: the meter charges nothing until a supplier sets a tariff).
   */
  public synchronized void installInPrepayment(PrepaymentTariff.Installed tariff) {
    try {
      cosemEngine().store(this, EsmeObjectModel.ACCOUNT, 2, EsmeObjectModel.prepaymentAccountStatus());
      if (tariff != null) {
        cosemEngine().store(this, EnergyCharge.PRICE_MATRIX, 5, tariff.priceMatrix());
        cosemEngine().store(this, PrepaymentSettlement.STANDING_CHARGE, 5, tariff.standingCharge());
        cosemEngine().store(this, EsmeObjectModel.METER_BALANCE, 2, tariff.meterBalance());
      }
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      throw new IllegalStateException("the account's status or tariff cannot be stored", e);
    }
  }

  /** Credit (1) or prepayment (2), from the active account; 0 when the account holds no mode. */
  public synchronized int paymentMode() {
    DlmsData account = cosemEngine().stored(this, EsmeObjectModel.ACCOUNT, 2);
    return account instanceof Structure s && !s.elements().isEmpty() && s.elements().get(0) instanceof IntegerValue m
        ? (int) m.value() : 0;
  }

  /** The meter balance in the account's currency units. */
  public synchronized long meterBalance() {
    return ((IntegerValue) cosemEngine().stored(this, EsmeObjectModel.METER_BALANCE, 2)).value();
  }

  /** The upper half of the last accepted UTRN counter (GBCS 14); 0 before the first top-up. */
  public synchronized long utrnCounter() {
    return ((IntegerValue) cosemEngine().stored(this, EsmeObjectModel.TOKEN_GATEWAY, EsmeObjectModel.UTRN_COUNTER))
        .value();
  }

  /**
   * The billing event (at the billing date the supplier set): records the meter's billing data at
   * its time in the billing data log, and sends the entry to the supplier (ECS68, alert 8F0A).
   *
   * @return whether the alert went out
   */
  public synchronized boolean bill(DeviceServices services) {
    BillingDataLog.capture(this, now(services));
    return BillingDataLog.raiseAlert(this, services);
  }

  @Override
  protected synchronized void recordEvent(int alertCode, DeviceServices services) {
    EsmeEventLogs.event(this, alertCode, now(services));
  }

  /**
   * Starts billing by the meter's billing calendar (after ECS30/ECS30a, see {@link BillingCalendar}):
   * the next billing time is kept pending; nothing without a calendar.
   */
  public synchronized void watchBilling(DeviceServices services) {
    try {
      BillingCalendar.watch(this, services);
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      // a fault injected on the billing calendar: the meter does not bill by it
    }
  }

  /** Sends the latest billing data log entry to the supplier again (ECS68); false when there is none. */
  public synchronized boolean raiseBillingDataLogAlert(DeviceServices services) {
    return BillingDataLog.raiseAlert(this, services);
  }

  /**
   * Charges a prepayment meter for what it supplied since it last did (energy at the active
   * price, standing charge per day), disabling supply when credit runs out; called as the meter's
   * time passes (e.g. each half hour by the population's scheduler).
   */
  public synchronized void settle(DeviceServices services) {
    try {
      PrepaymentSettlement.settle(this, now(services));
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      // a fault injected on the meter balance: the meter cannot settle
    }
  }

  /**
   * Load limiting at the meter's time now (see {@link LoadLimiter}): call it when the meter's demand
   * may have changed (each half hour of its consumption model) or its load limit settings have; it
   * schedules its own follow-ups (end of the load limit period, end of the restoration period).
   */
  public synchronized void monitorLoad(DeviceServices services) {
    try {
      LoadLimiter.check(this, services);
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      // a fault injected on a load limit setting or the counter: the limiter cannot act
    }
  }

  /**
   * Starts the half-hourly look at the load while a load limit threshold is set (after ECS28a);
   * does nothing when one is pending or no threshold is set.
   */
  public synchronized void watchLoad(DeviceServices services) {
    try {
      LoadLimiter.watch(this, services);
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      // a fault injected on a load limit setting: the limiter cannot act
    }
  }

  /**
   * Starts the half-hourly settlement of a prepayment meter (its credit runs down as it supplies);
   * does nothing for a credit meter or when one is pending. The simulator starts it for a
   * population's prepayment meters, and a payment mode change (ECS02/ECS03) for the meter it reaches.
   */
  public synchronized void watchCredit(DeviceServices services) {
    try {
      PrepaymentSettlement.watch(this, services);
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      // a fault injected on the meter balance: the meter cannot settle
    }
  }

  /**
   * Keeps the next switch time of the active auxiliary load control calendar pending (after
   * ECS46c/ECS46d); at most one per meter, none when the calendar has no ALCS entry.
   */
  public synchronized void watchSwitches(DeviceServices services) {
    try {
      AuxiliarySwitches.watch(this, services);
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      // a fault injected on the calendar: the meter does not switch by calendar
    }
  }

  /**
   * The consumer presses the boost button: the switches associated with the boost function (ECS62)
   * close for {@code period}, recorded in the boost log (ECS61c), then open (see {@link BoostFunction}).
   *
   * @return false when no switch is associated, a boost is running, or a fault stops it
   */
  public synchronized boolean boost(java.time.Duration period, DeviceServices services) {
    try {
      return BoostFunction.press(this, period, services);
    } catch (org.dccsim.device.dlms.CosemAccessException e) {
      return false; // a fault injected on the boost log or a switch
    }
  }

  /** Whether auxiliary load control switch {@code n} (1..5) is closed (ECS61a reads it). */
  public synchronized boolean auxiliarySwitchClosed(int n) {
    if (n < 1 || n > AuxiliarySwitches.SWITCHES) {
      throw new IllegalArgumentException("no auxiliary load control switch " + n);
    }
    return AuxiliarySwitches.closed(this, n);
  }

  /** The load limit counter (ECS27 reads it, ECS28b resets it). */
  public synchronized long loadLimitCounter() {
    return ((IntegerValue) cosemEngine().stored(this, LoadLimiter.COUNTER, 2)).value();
  }

  /** The seed of this meter's consumption model. */
  public long seed() {
    return id().value();
  }

  /** The total active import register at {@code at} (Wh): the consumption model's, while supply was on. */
  public synchronized long activeImportWh(Instant at) {
    return interruptions == null ? ConsumptionModel.activeImportWh(seed(), at)
        : interruptions.supplied(t -> ConsumptionModel.activeImportWh(seed(), t), at, SupplyInterruptions.ACTIVE);
  }

  /** Active import power in W at {@code at}, as the consumption model draws it; 0 while supply is off. */
  synchronized long activePowerW(Instant at) {
    return interruptions != null && interruptions.off(at) ? 0 : ConsumptionModel.activePowerW(seed(), at);
  }

  synchronized long reactiveImportVarh(Instant at) {
    return interruptions == null ? ConsumptionModel.reactiveImportVarh(seed(), at)
        : interruptions.supplied(t -> ConsumptionModel.reactiveImportVarh(seed(), t), at, SupplyInterruptions.REACTIVE);
  }

  synchronized long secondaryActiveImportWh(Instant at) {
    return interruptions == null ? ConsumptionModel.secondaryActiveImportWh(seed(), at)
        : interruptions.supplied(t -> ConsumptionModel.secondaryActiveImportWh(seed(), t), at,
            SupplyInterruptions.SECONDARY);
  }

  /** Active import in the half hour ending at {@code end}, as the half-hourly profile records it. */
  synchronized long halfHourWh(Instant end) {
    return interruptions == null ? ConsumptionModel.halfHourWh(seed(), end)
        : activeImportWh(end) - activeImportWh(end.minusSeconds(1_800));
  }
}
