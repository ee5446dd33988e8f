package org.dccsim.device.esme;

import static org.dccsim.device.dlms.CosemAttribute.anyType;
import static org.dccsim.device.dlms.CosemAttribute.computed;
import static org.dccsim.device.dlms.CosemAttribute.constant;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceTime;
import org.dccsim.device.UtrnAcceptance;
import org.dccsim.device.dlms.AccessResult;
import org.dccsim.device.dlms.ActivationTime;
import org.dccsim.device.dlms.ActivationTime.Copy;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemAttribute;
import org.dccsim.device.dlms.CosemContext;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.CosemMethod;
import org.dccsim.device.dlms.CosemObjectModel;
import org.dccsim.device.dlms.EventLogs;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.ProfileBuffer;
import org.dccsim.device.dlms.ProtectedAttributes;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.DlmsData.TextString;
import org.dccsim.gbcs.dlms.DlmsTypeDescription;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;

/**
 * The COSEM objects of an ESME (GBCS 4.x, the objects the ESME use cases address), shared by every
 * ESME: the tariff (activity calendars, special days, charges with their price matrices, block
 * thresholds), prepayment (account with payment mode, credits with meter balance and emergency
 * credit, debts), supply (disconnect control and its script table), registers and profiles from
 * the {@link ConsumptionModel}, the composite objects of the protected reads, configuration data,
 * alert filters, clock, logs. Passive values become active through activation times
 * (future-dated commands, with 8F66/8F67).
 *
 * <p>Defaults are what a freshly installed meter holds: credit mode, no tariff beyond one rate,
 * thresholds unset (FFFFFFFF), empty logs. [?] GBCS does not say how every composite object is made
 * up; where the RTDS shows only a shape, the composition chosen is documented at the object.
 */
final class EsmeObjectModel {

  static final ObisCode SUPPLY_SCRIPTS = Obis.of("0-0:10.0.106.255");
  static final ObisCode DISCONNECT_CONTROL = Obis.of("0-0:96.3.10.255");
  static final ObisCode CLOCK = Obis.of("0-0:1.0.0.255");
  static final ObisCode ACCOUNT = Obis.of("0-0:19.0.0.255");
  static final ObisCode PASSIVE_ACCOUNT = Obis.of("0-1:19.0.0.255");
  static final ObisCode METER_BALANCE = Obis.of("0-0:19.10.0.255");
  static final ObisCode EMERGENCY_CREDIT = Obis.of("0-0:19.10.1.255");
  static final ObisCode DEBT_CREDIT = Obis.of("0-0:19.10.2.255");
  static final ObisCode TIME_DEBT_1 = Obis.of("0-0:19.20.1.255");
  static final ObisCode TIME_DEBT_2 = Obis.of("0-0:19.20.2.255");
  static final ObisCode PAYMENT_DEBT = Obis.of("0-0:19.20.3.255");
  static final ObisCode PRIMARY_CALENDAR = Obis.of("0-0:13.0.0.255");
  /** [?] The disablement threshold (the GBCS future-dated value ECS03 sets with the payment mode). */
  static final ObisCode DISABLEMENT_THRESHOLD = Obis.of("0-0:94.44.128.22");
  static final ObisCode TOKEN_GATEWAY = Obis.of("0-0:19.40.0.255");
  static final long CURRENCY_UNITS_PER_POUND = 100_000;
  static final ObisCode IMPORT_REGISTERS = Obis.of("0-0:94.44.34.10");
  static final ObisCode HALF_HOUR_PROFILE = Obis.of("0-0:99.1.0.255");
  /** Manufacturer-specific attribute of the clock (DLMS numbers them from 128): the preset time of method 5. */
  static final int CLOCK_PRESET = 128;
  /** Manufacturer-specific attribute of the token gateway: the upper half of the last UTRN counter. */
  static final int UTRN_COUNTER = 128;

  /** The tariffication script table: TOU rate scripts of the calendars, and ECS05's block counter reset. */
  static final ObisCode TARIFF_SCRIPTS = Obis.of("0-0:10.0.100.255");
  /** ECS05 Reset Tariff Block Counter Matrix: the script selector the RTDS command invokes. */
  static final int SCRIPT_RESET_BLOCK_COUNTERS = 99;

  /** Supply control scripts (RTDS ECS42, ECS43, ECS44). */
  static final int SCRIPT_ENABLE = 51;
  static final int SCRIPT_DISABLE = 52;
  static final int SCRIPT_ARM = 54;

  /** Payment modes of the account (attribute 2, first element). */
  static final int CREDIT_MODE = 1;
  static final int PREPAYMENT_MODE = 2;

  private static final int WH = 30;
  private static final int VARH = 32;
  private static final long UNSET_THRESHOLD = 0xFFFF_FFFFL;
  private static final int TOU_REGISTERS = 48;
  private static final DlmsTypeDescription U32 = DlmsTypeDescription.simple(IntegerType.DOUBLE_LONG_UNSIGNED.tag());
  private static final DlmsTypeDescription PROFILE_ROW = DlmsTypeDescription.structureOf(U32, U32);

  private EsmeObjectModel() {}

  /**
   * The objects of a meter of {@code variant}: a twin element meter adds its secondary element's
   * tariff and registers, a polyphase meter the voltage objects of its second and third phases.
   */
  static CosemObjectModel<Esme> build(EsmeVariant variant) {
    CosemObjectModel.Builder<Esme> b = CosemObjectModel.builder();
    boolean twin = variant == EsmeVariant.TWIN_ELEMENT;
    List<Integer> phases = variant == EsmeVariant.POLYPHASE ? List.of(32, 52, 72) : List.of(32);
    clock(b);
    supply(b);
    tariff(b, twin);
    prepayment(b);
    registers(b, twin, phases);
    profiles(b, variant, phases);
    configuration(b);
    for (int i = 1; i <= 10; i++) {
      b.object(30, new ObisCode(0, 0, 43, 2, i, 255), o -> o.method(1, ProtectedAttributes.method()));
    }
    return b.build();
  }

  // ------------------------------------------------------------------ clock

  private static void clock(CosemObjectModel.Builder<Esme> b) {
    b.object(8, CLOCK, o -> o
        .attribute(2, computed((esme, stored, access, context) ->
            octets(DeviceTime.cosem(context.now()).toByteArray())))
        .attribute(3, constant(new IntegerValue(IntegerType.LONG, 0)))
        .attribute(4, ro(u8(0)))
        .attribute(8, constant(DlmsData.BooleanValue.FALSE))
        .attribute(9, rw(enumeration(1)))
        .attribute(CLOCK_PRESET, ro(DlmsData.nullData()))
        .method(4, adjustToPresetTime())
        .method(5, presetAdjustingTime()));
  }

  /** Method 5: {preset time, validity start, validity end}, kept for method 4. */
  private static CosemMethod<Esme> presetAdjustingTime() {
    return (esme, parameter, context) -> {
      if (!(parameter instanceof Structure s) || s.elements().size() != 3) {
        throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "{preset time, validity start, validity end}");
      }
      for (DlmsData e : s.elements()) {
        dateTime(e);
      }
      context.<Esme>engine().store(esme, CLOCK, CLOCK_PRESET, parameter);
      return null;
    };
  }

  /**
   * Method 4: sets the clock to the preset time, when now lies within its validity window (open
   * ends are wildcards). [?] A wildcard preset time (RTDS ECS70: all FF) means "now", leaving the
   * clock as it is.
   */
  private static CosemMethod<Esme> adjustToPresetTime() {
    return (esme, parameter, context) -> {
      DlmsData preset = context.<Esme>engine().stored(esme, CLOCK, CLOCK_PRESET);
      if (!(preset instanceof Structure s)) {
        throw new CosemAccessException(AccessResult.OBJECT_UNAVAILABLE, "no preset time");
      }
      Instant now = context.now();
      Instant from = instant(s.elements().get(1), Instant.MIN);
      Instant to = instant(s.elements().get(2), Instant.MAX);
      if (now.isBefore(from) || now.isAfter(to)) {
        throw new CosemAccessException(AccessResult.TEMPORARY_FAILURE, "outside the preset's validity");
      }
      Instant target = instant(s.elements().get(0), now);
      esme.setCondition(esme.condition().withClockDrift(
          esme.condition().clockDrift().plus(Duration.between(now, target))));
      return null;
    };
  }

  // ------------------------------------------------------------------ supply

  private static void supply(CosemObjectModel.Builder<Esme> b) {
    b.object(70, DISCONNECT_CONTROL, o -> o
        .attribute(2, computed((esme, stored, access, context) ->
            bool(esme.supplyState() == SupplyState.ENABLED)))
        .attribute(3, computed((esme, stored, access, context) -> enumeration(switch (esme.supplyState()) {
          case DISABLED -> 0;
          case ENABLED -> 1;
          case ARMED -> 2;
        }))));
    b.object(9, SUPPLY_SCRIPTS, o -> o.method(1, (esme, parameter, context) -> {
      switch ((int) integer(parameter)) {
        case SCRIPT_ENABLE -> esme.setSupplyState(SupplyState.ENABLED, context.now());
        case SCRIPT_DISABLE -> esme.setSupplyState(SupplyState.DISABLED, context.now());
        case SCRIPT_ARM -> esme.setSupplyState(SupplyState.ARMED, context.now());
        default -> throw new CosemAccessException(AccessResult.OBJECT_UNAVAILABLE, "no such supply script");
      }
      return null;
    }));
    // auxiliary load control switches and APC outputs (0-1 .. 0-5): their state
    for (int e = 1; e <= 5; e++) {
      b.object(70, new ObisCode(0, e, 96, 3, 10, 255), o -> o.attribute(2, ro(bool(true))));
    }
    // the ALCS scripts switch the auxiliary switches (AuxiliarySwitches)
    b.object(9, AuxiliarySwitches.SCRIPTS, o -> o.method(1, (esme, parameter, context) -> {
      AuxiliarySwitches.run(esme, integer(parameter), EsmeEventLogs.FROM_COMMAND, context.now(), null);
      return null;
    }));
    // the tariffication script table: the RTDS shows the activity calendars' day actions naming it
    // with a TOU rate as selector (ECS01a/c) and ECS05 invoking its selector 99, Reset Tariff Block
    // Counter Matrix (BlockSplit). [?] A rate selector (or any other) run directly changes nothing:
    // the active calendar alone decides the rate (TouSplit).
    b.object(9, TARIFF_SCRIPTS, o -> o.method(1, (esme, parameter, context) -> {
      if (integer(parameter) == SCRIPT_RESET_BLOCK_COUNTERS) {
        BlockSplit.resetCounters(esme, context);
      }
      return null;
    }));
    // the APC script table (ECS47e) limits the APC within its windows (ApcLimit)
    b.object(9, ApcLimit.SCRIPTS, o -> o
        .method(1, (esme, parameter, context) -> {
          ApcLimit.run(esme, integer(parameter), context);
          return null;
        })
        .attribute(ApcLimit.LIMIT, ro(DlmsData.nullData()))
        .attribute(ApcLimit.LEVEL_IN_FORCE, computed((esme, stored, access, context) ->
            u32(ApcLimit.levelInForce(esme, context.engine(), context.now())))));
  }

  // ------------------------------------------------------------------ tariff

  private static void tariff(CosemObjectModel.Builder<Esme> b, boolean twin) {
    // activity calendars: primary element (13.0.0) and secondary element (13.0.1)
    for (int e = 0; e <= (twin ? 1 : 0); e++) {
      ObisCode calendar = new ObisCode(0, 0, 13, 0, e, 255);
      // each element's TOU registers close under its outgoing calendar before the switch (the
      // primary's block registers too)
      ActivationTime.BeforeActivation<Esme> closeRegisters = e == 0 ? (esme, context) -> {
        TouSplit.close(esme, context);
        BlockSplit.close(esme, context);
      } : (esme, context) -> TouSplit.close(TouSplit.Element.SECONDARY, esme, context);
      b.object(20, calendar, o -> o
          .attribute(2, ro(octets(new byte[0])))
          .attribute(3, ro(array()))
          .attribute(4, ro(array()))
          .attribute(5, ro(array()))
          .attribute(6, rw(octets(new byte[0])))
          .attribute(7, rw(array()))
          .attribute(8, rw(array()))
          .attribute(9, rw(array()))
          .attribute(10, ActivationTime.attribute(20, calendar, 10, List.of(
              Copy.within(calendar, 6, 2), Copy.within(calendar, 7, 3), Copy.within(calendar, 8, 4),
              Copy.within(calendar, 9, 5)), closeRegisters))
          .attribute(TouSplit.CLOSED, ro(DlmsData.nullData())));
    }
    // special days and schedules, passive (0-1) activated into active (0-0) by a GBCS object's
    // attribute 6: [?] which activation object serves which table is read from the use cases that
    // write them together (ECS01a, ECS01c, ECS08, ECS46c)
    for (int t = 0; t <= 3; t++) {
      if (t == 1 && !twin) {
        continue; // the secondary element's special days
      }
      ObisCode active = new ObisCode(0, 0, 11, 0, t, 255);
      b.object(11, active, o -> o.attribute(2, ro(array())));
      b.object(11, new ObisCode(0, 1, 11, 0, t, 255), o -> o.attribute(2, rw(array())));
    }
    for (int t = 0; t <= 1; t++) {
      b.object(10, new ObisCode(0, 0, 12, 0, t, 255), o -> o.attribute(2, rw(array())));
    }
    // the ALCS calendar keeps its next switch time in a manufacturer attribute (AuxiliarySwitches)
    b.object(10, AuxiliarySwitches.CALENDAR, o -> o
        .attribute(2, rw(array()))
        .attribute(AuxiliarySwitches.NEXT_SWITCH, ro(u32(0))));
    for (int t = 1; t <= 2; t++) {
      b.object(10, new ObisCode(0, 1, 12, 0, t, 255), o -> o.attribute(2, rw(array())));
    }
    activator(b, "0-0:94.44.128.29", copyTable(11, 0, 0));
    if (twin) {
      activator(b, "0-0:94.44.128.30", copyTable(11, 0, 1));
    }
    activator(b, "0-0:94.44.128.28", copyTable(11, 0, 2));
    activator(b, "0-0:94.44.128.31", copyTable(12, 0, 1));
    activator(b, "0-0:94.44.128.26", copyTable(11, 0, 3));
    activator(b, "0-0:94.44.128.35", copyTable(12, 0, 2));
    // price matrices and standing charges (class 113 charge): passive unit charge (6) active at
    // its time (7) into the active unit charge (5)
    for (int c : twin ? new int[] {0, 4, 5} : new int[] {0, 4}) {
      ObisCode charge = new ObisCode(0, 0, 19, 20, c, 255);
      b.object(113, charge, o -> o
          .attribute(5, ro(unitCharge()))
          .attribute(6, rw(unitCharge()))
          .attribute(7, ActivationTime.attribute(113, charge, 7, List.of(Copy.within(charge, 6, 5)))));
    }
    // block thresholds: passive (16.1.x) activated by 0-0:63.1.1 into active (16.0.x)
    List<Copy> thresholds = new ArrayList<>();
    for (int r = 11; r <= 18; r++) {
      ObisCode passive = new ObisCode(0, 0, 16, 1, r, 255);
      ObisCode active = new ObisCode(0, 0, 16, 0, r, 255);
      b.object(21, active, o -> o.attribute(2, ro(array(u32(UNSET_THRESHOLD)))));
      b.object(21, passive, o -> o.attribute(2, rw(array(u32(UNSET_THRESHOLD)))));
      thresholds.add(new Copy(passive, 2, active, 2));
    }
    // the block registers close under the outgoing thresholds before the switch (BlockSplit)
    b.object(9000, BlockSplit.ACTIVATION, o -> o
        .attribute(6, ActivationTime.attribute(9000, o.instance(), 6, thresholds, BlockSplit::close))
        .attribute(BlockSplit.CLOSED, ro(DlmsData.nullData())));
    // other monitors: load limit (16.0.0) and secondary element (16.0.1)
    b.object(21, "0-0:16.0.0.255", o -> o.attribute(2, rw(array(u32(UNSET_THRESHOLD), u32(UNSET_THRESHOLD)))));
    b.object(21, "0-0:16.0.1.255", o -> o.attribute(2, rw(array(new IntegerValue(IntegerType.DOUBLE_LONG, 0)))));
    // GBCS future-dated values: active (2), passive (4), activation time (6)
    futureDated(b, "0-0:94.44.2.0", bool(false));
    futureDated(b, "0-0:94.44.0.3", bool(false));
    futureDated(b, "0-0:94.44.2.10", s32(0));
    futureDated(b, "0-0:94.44.2.20", s32(0));
    for (String p : List.of("0-0:94.44.128.2", "0-0:94.44.128.3", "0-0:94.44.128.9", "0-0:94.44.128.13",
        "0-0:94.44.128.22")) {
      futureDated(b, p, s32(0));
    }
    futureDated(b, "0-0:94.44.128.12", u16(0));
    for (String p : List.of("0-0:94.44.128.6", "0-0:94.44.128.7", "0-0:94.44.128.8")) {
      futureDated(b, p, u32(0));
    }
    // single action schedules (execution times of the billing and of the secondary element)
    b.object(22, BillingCalendar.SCHEDULE, o -> o.attribute(BillingCalendar.EXECUTION_TIMES, rw(array()))
        .attribute(BillingCalendar.NEXT_BILL, ro(u32(0))));
    b.object(22, "0-0:15.1.0.255", o -> o.attribute(4, rw(array())));
  }

  private static void futureDated(CosemObjectModel.Builder<Esme> b, String name, DlmsData initial) {
    b.object(9000, name, o -> o
        .attribute(2, rw(initial))
        .attribute(4, rw(initial))
        .attribute(6, ActivationTime.attribute(9000, o.instance(), 6, List.of(Copy.within(o.instance(), 4, 2)))));
  }

  private static void activator(CosemObjectModel.Builder<Esme> b, String name, Copy copy) {
    b.object(9000, name, o -> o.attribute(6, ActivationTime.attribute(9000, o.instance(), 6, List.of(copy))));
  }

  private static Copy copyTable(int c, int d, int e) {
    return new Copy(new ObisCode(0, 1, c, d, e, 255), 2, new ObisCode(0, 0, c, d, e, 255), 2);
  }

  // ------------------------------------------------------------------ prepayment

  private static void prepayment(CosemObjectModel.Builder<Esme> b) {
    // account: mode and status {payment mode, account status}; passive account 0-1 activated by attribute 13
    b.object(111, ACCOUNT, o -> o
        .attribute(2, ro(DlmsData.structure(enumeration(CREDIT_MODE), enumeration(1))))
        .attribute(11, ro(array()))
        .attribute(16, rw(s32(0)))
        .attribute(18, rw(u16(0)))
        .attribute(19, rw(s32(0))));
    b.object(111, PASSIVE_ACCOUNT, o -> o
        .attribute(2, rw(DlmsData.structure(enumeration(CREDIT_MODE), enumeration(1))))
        .attribute(11, rw(array()))
        .attribute(13, ActivationTime.attribute(111, PASSIVE_ACCOUNT, 13, List.of(
            new Copy(PASSIVE_ACCOUNT, 2, ACCOUNT, 2), new Copy(PASSIVE_ACCOUNT, 11, ACCOUNT, 11)))));
    // credits: meter balance (19.10.0), emergency credit (19.10.1), [?] debt recovery credit (19.10.2)
    for (ObisCode credit : List.of(METER_BALANCE, EMERGENCY_CREDIT, DEBT_CREDIT)) {
      b.object(112, credit, o -> {
        o.attribute(2, ro(s32(0)))
            .method(1, (esme, p, c) -> {
              addTo(esme, credit, 2, integer(p), c);
              checkCredit(esme, c.engine(), c.now());
              return null;
            })
            .method(2, (esme, p, c) -> {
              c.<Esme>engine().store(esme, credit, 2, s32(integer(p)));
              checkCredit(esme, c.engine(), c.now());
              return null;
            });
        if (credit.equals(METER_BALANCE)) {
          o.attribute(PrepaymentSettlement.LAST_SETTLEMENT, ro(u32(0)))
              .attribute(PrepaymentSettlement.NEXT_SETTLEMENT, ro(u32(0)));
        }
        if (credit.equals(EMERGENCY_CREDIT)) {
          // emergency credit limit (9) and threshold (10); invoking it (3) credits the limit
          o.attribute(9, rw(s32(0))).attribute(10, rw(s32(0)))
              .method(3, (esme, p, c) -> {
                integer(p);
                long limit = integer(c.<Esme>engine().stored(esme, EMERGENCY_CREDIT, 9));
                c.<Esme>engine().store(esme, EMERGENCY_CREDIT, 2, s32(limit));
                if (esme.supplyState() == SupplyState.DISABLED && inCredit(esme, c.engine())) {
                  esme.setSupplyState(SupplyState.ARMED, c.now()); // the consumer may now restore supply
                }
                return null;
              });
        }
      });
    }
    // debts: two time-based (19.20.1, 19.20.2) and one payment-based (19.20.3), total remaining (12)
    for (ObisCode debt : List.of(TIME_DEBT_1, TIME_DEBT_2)) {
      b.object(113, debt, o -> o
          .attribute(5, ro(unitCharge()))
          .attribute(6, rw(unitCharge()))
          .attribute(8, rw(u32(0)))
          .attribute(12, ro(s32(0)))
          .method(2, (esme, p, c) -> {
            integer(p);
            c.<Esme>engine().store(esme, debt, 5, c.<Esme>engine().stored(esme, debt, 6));
            return null;
          })
          .method(4, (esme, p, c) -> addTo(esme, debt, 12, integer(p), c)));
    }
    b.object(113, PAYMENT_DEBT, o -> o
        .attribute(12, ro(s32(0)))
        .attribute(13, rw(u16(0)))
        .method(4, (esme, p, c) -> addTo(esme, PAYMENT_DEBT, 12, integer(p), c)));
    // top-up (CS01a): a UTRN credits the meter balance once
    b.object(115, TOKEN_GATEWAY, o -> o
        .attribute(2, ro(octets(new byte[0])))
        .attribute(UTRN_COUNTER, ro(u32(0)))
        .method(1, EsmeObjectModel::topUp));
    // limiters 17.0.x (threshold normal 4, minimum over / under threshold durations 6 / 7); the load
    // limiter (17.0.0) keeps its bookkeeping in manufacturer attributes (LoadLimiter)
    b.object(71, LoadLimiter.LIMITER, o -> o
        .attribute(4, rw(u32(0)))
        .attribute(6, rw(u32(0)))
        .attribute(7, rw(u32(0)))
        .attribute(LoadLimiter.OVER_THRESHOLD_SINCE, ro(u32(0)))
        .attribute(LoadLimiter.INTERRUPTED_AT, ro(u32(0)))
        .attribute(LoadLimiter.NEXT_LOOK, ro(u32(0))));
    for (int l = 1; l <= 4; l++) {
      b.object(71, new ObisCode(0, 0, 17, 0, l, 255), o -> o
          .attribute(4, rw(u32(0))).attribute(6, rw(u32(0))));
    }
  }

  /**
   * Enters a UTRN (GBCS 14) as {@link UtrnAcceptance} checks it (MAC with the supplier's key, new
   * counter), crediting its value to the meter balance, pounds as 100000 currency units (the price
   * scale -5 of the RTDS tariffs). The token gateway keeps the last token (2) and the upper half of
   * the UTRN counter (manufacturer attribute {@link #UTRN_COUNTER}), in the meter's memory once it
   * tops up. [?] A refused UTRN answers read-write-denied, the result of the RTDS ERROR scenario;
   * the maximum credit per top-up is not checked.
   */
  private static DlmsData topUp(Esme esme, DlmsData parameter, CosemContext c) throws CosemAccessException {
    if (!(parameter instanceof OctetString token)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "a UTRN is an octet string of digits");
    }
    CosemEngine<Esme> engine = c.engine();
    long last = integer(engine.stored(esme, TOKEN_GATEWAY, UTRN_COUNTER));
    UtrnAcceptance.Result checked = UtrnAcceptance.check(esme, token.value(), last, c.services());
    if (!checked.accepted()) {
      throw new CosemAccessException(AccessResult.READ_WRITE_DENIED, "UTRN " + checked.verdict());
    }
    addTo(esme, METER_BALANCE, 2, checked.utrn().amount(CURRENCY_UNITS_PER_POUND), c);
    engine.store(esme, TOKEN_GATEWAY, 2, parameter);
    engine.store(esme, TOKEN_GATEWAY, UTRN_COUNTER, u32(checked.counter()));
    if (esme.supplyState() == SupplyState.DISABLED && inCredit(esme, engine)) {
      esme.setSupplyState(SupplyState.ARMED, c.now());
    }
    return null;
  }

  /**
   * Prepayment: with the account in prepayment mode, credit (meter balance and emergency credit)
   * below the disablement threshold disables supply. [?] Restoring credit does not re-arm a
   * supply the meter disabled (nor one the supplier did): invoking emergency credit does.
   */
  static void checkCredit(Esme esme, CosemEngine<Esme> engine, Instant now) throws CosemAccessException {
    if (esme.supplyState() == SupplyState.ENABLED && !inCredit(esme, engine)) {
      esme.setSupplyState(SupplyState.DISABLED, now);
    }
  }

  /** Whether the meter may supply: in credit mode always, in prepayment mode with credit at or above the threshold. */
  private static boolean inCredit(Esme esme, CosemEngine<Esme> engine) throws CosemAccessException {
    if (esme.paymentMode() != PREPAYMENT_MODE) {
      return true;
    }
    long credit = integer(engine.stored(esme, METER_BALANCE, 2)) + integer(engine.stored(esme, EMERGENCY_CREDIT, 2));
    return credit >= integer(engine.stored(esme, DISABLEMENT_THRESHOLD, 2));
  }

  /** Adds to a double-long amount (credit, debt), refusing what would not fit. */
  private static DlmsData addTo(Esme esme, ObisCode object, int attribute, long amount, CosemContext c)
      throws CosemAccessException {
    CosemEngine<Esme> engine = c.engine();
    long now = integer(engine.stored(esme, object, attribute));
    long sum = now + amount;
    if (sum > Integer.MAX_VALUE || sum < Integer.MIN_VALUE) {
      throw new CosemAccessException(AccessResult.OTHER_REASON, "amount out of range");
    }
    engine.store(esme, object, attribute, s32(sum));
    return null;
  }

  // ------------------------------------------------------------------ registers

  private static void registers(CosemObjectModel.Builder<Esme> b, boolean twin, List<Integer> phases) {
    // export (2.8.0 active, 4.8.0 reactive): [?] no generation is modelled, so they stay at zero
    register(b, "1-0:2.8.0.255", computed((e, s, a, c) -> u32(0)), WH);
    register(b, "1-0:4.8.0.255", computed((e, s, a, c) -> u32(0)), VARH);
    // maximum demand (extended registers): value, scaler-unit, capture time; reset (1)
    for (String md : List.of("1-0:1.6.0.255", "1-0:1.6.1.255", "1-0:2.6.0.255")) {
      b.object(4, md, o -> o
          .attribute(2, ro(u32(0)))
          .attribute(3, constant(scalerUnit(0, 27)))
          .attribute(5, ro(octets(NEVER)))
          .method(1, (esme, p, c) -> {
            integer(p);
            c.<Esme>engine().store(esme, o.instance(), 2, u32(0));
            c.<Esme>engine().store(esme, o.instance(), 5, octets(DeviceTime.cosem(c.now()).toByteArray()));
            return null;
          }));
    }
    // counters with a reset: voltage events per phase (32 L1, 52 L2, 72 L3), [?] 94.44.42 meter events
    List<ObisCode> counters = new ArrayList<>();
    for (int phase : phases) {
      counters.add(new ObisCode(1, 0, phase, 32, 0, 4));
      counters.add(new ObisCode(1, 0, phase, 36, 0, 4));
    }
    counters.add(Obis.of("0-0:94.44.42.255"));
    for (ObisCode counter : counters) {
      b.object(3, counter, o -> o
          .attribute(2, ro(u32(0)))
          .attribute(3, constant(scalerUnit(0, 255)))
          .method(1, (esme, p, c) -> {
            integer(p);
            c.<Esme>engine().store(esme, o.instance(), 2, u32(0));
            return null;
          }));
    }
    register(b, "0-0:94.44.1.7", ro(u32(0)), 255);
    if (twin) {
      register(b, "0-0:94.44.1.8", ro(u32(0)), 255);
    }
    // voltage thresholds and durations per phase
    for (int phase : phases) {
      for (int d : new int[] {31, 35}) {
        b.object(1, new ObisCode(1, 0, phase, d, 0, 4), o -> o.attribute(2, rw(u32(0))));
      }
    }
    // composite reads (the protected reads' objects)
    b.object(1, IMPORT_REGISTERS, o -> o.attribute(2, computed((esme, s, a, c) -> importRegisters(esme, c.now()))));
    b.object(1, "0-0:94.44.34.1", o -> o.attribute(2, computed((esme, s, a, c) -> touRegisters(esme, c.now(), c.engine()))));
    b.object(1, "0-0:94.44.34.2", o -> o.attribute(2, computed((esme, s, a, c) -> {
      long[] split = BlockSplit.registers(esme, c.engine(), c.now());
      DlmsData[] blocks = new DlmsData[split.length];
      for (int r = 0; r < blocks.length; r++) {
        blocks[r] = u32(split[r]);
      }
      return DlmsData.structure(new DlmsArray(List.of(blocks)));
    })));
    b.object(1, "0-0:94.44.34.30", o -> o.attribute(2, computed(EsmeObjectModel::prepaymentRegisters)));
    if (twin) {
      b.object(1, "0-0:94.44.34.20", o -> o.attribute(2, computed((esme, s, a, c) -> DlmsData.structure(
          u32(esme.secondaryActiveImportWh(c.now())), scalerUnit(0, WH), u32(0)))));
    }
  }

  private static void register(CosemObjectModel.Builder<Esme> b, String name, CosemAttribute<Esme> value, int unit) {
    b.object(3, name, o -> o.attribute(2, value).attribute(3, constant(scalerUnit(0, unit))));
  }

  /** ECS17b: {active import, its scaler-unit, reactive import, its scaler-unit[, secondary active import]}. */
  static DlmsData importRegisters(Esme esme, Instant now) {
    List<DlmsData> e = new ArrayList<>(5);
    e.add(u32(esme.activeImportWh(now)));
    e.add(scalerUnit(0, WH));
    e.add(u32(esme.reactiveImportVarh(now)));
    e.add(scalerUnit(0, VARH));
    if (esme.variant() == EsmeVariant.TWIN_ELEMENT) {
      e.add(u32(esme.secondaryActiveImportWh(now)));
    }
    return new Structure(e);
  }

  /**
   * ECS17d: {48 TOU registers[, 4 secondary element registers]}: the primary element's import
   * split by the active calendar, the secondary element's by its own ({@link TouSplit}).
   */
  private static DlmsData touRegisters(Esme esme, Instant now, CosemEngine<Esme> engine) {
    DlmsData[] tou = new DlmsData[TOU_REGISTERS];
    long[] split = TouSplit.registers(esme, engine, now, TOU_REGISTERS);
    for (int r = 0; r < TOU_REGISTERS; r++) {
      tou[r] = u32(split[r]);
    }
    if (esme.variant() != EsmeVariant.TWIN_ELEMENT) {
      return DlmsData.structure(new DlmsArray(List.of(tou)));
    }
    long[] secondarySplit = TouSplit.registers(TouSplit.Element.SECONDARY, esme, engine, now);
    DlmsData[] secondary = new DlmsData[secondarySplit.length];
    for (int r = 0; r < secondary.length; r++) {
      secondary[r] = u32(secondarySplit[r]);
    }
    return DlmsData.structure(new DlmsArray(List.of(tou)), new DlmsArray(List.of(secondary)));
  }

  /**
   * ECS19: [?] {meter balance, emergency credit balance, payment-based debt, time-based debt 1,
   * time-based debt 2, debt recovery credit}, all in the account's currency units.
   */
  private static DlmsData prepaymentRegisters(Esme esme, DlmsData stored, SelectiveAccess access, CosemContext c) {
    CosemEngine<Esme> engine = c.engine();
    return DlmsData.structure(
        engine.stored(esme, METER_BALANCE, 2), engine.stored(esme, EMERGENCY_CREDIT, 2),
        engine.stored(esme, PAYMENT_DEBT, 12), engine.stored(esme, TIME_DEBT_1, 12),
        engine.stored(esme, TIME_DEBT_2, 12), engine.stored(esme, DEBT_CREDIT, 2));
  }

  // ------------------------------------------------------------------ profiles and logs

  private static void profiles(CosemObjectModel.Builder<Esme> b, EsmeVariant variant, List<Integer> phases) {
    // half-hourly active import, generated for the range asked (at most 13 months of rows)
    b.object(7, HALF_HOUR_PROFILE, o -> o.attribute(2, ProfileBuffer.of(PROFILE_ROW, (esme, range, context, out) -> {
      for (Instant t : ProfileBuffer.captureTimes(range, context.now(), ConsumptionModel.HALF_HOUR, 13 * 31 * 48)) {
        out.add(DlmsData.structure(
            u32(TimeRange.secondsSince2000(t)), u32(esme.halfHourWh(t))));
      }
    })));
    // billing data and daily reads (98.1.x), other profiles and logs: rows recorded, or pinned
    b.object(7, BillingDataLog.LOG, o -> o.attribute(2, ProfileBuffer.log(BillingDataLog.rowType(variant))));
    for (String p : List.of("0-0:98.1.1.255", "0-0:98.1.2.255", "0-0:98.1.4.255",
        "0-0:98.1.5.255", "0-0:98.1.8.255", "0-0:98.1.9.255", "0-0:98.1.10.255", "0-0:99.1.1.255",
        "0-0:99.1.2.255", "0-0:99.1.3.255", "0-0:99.98.20.255")) {
      b.object(7, p, o -> o.attribute(2, ProfileBuffer.log(PROFILE_ROW)));
    }
    b.object(7, EsmeEventLogs.POWER_LOG, o -> o.attribute(2, ProfileBuffer.log(EsmeEventLogs.POWER_ROW)));
    b.object(7, EsmeEventLogs.SECURITY_LOG, o -> o.attribute(2, EventLogs.<Esme>securityLog()));
    // the event and auxiliary controller event logs the meter writes (EsmeEventLogs): cleared by reset (1)
    b.object(7, EsmeEventLogs.EVENT_LOG, o -> clearableLog(o, EventLogs.EVENT_ROW));
    b.object(7, EsmeEventLogs.ALCS_LOG, o -> clearableLog(o, EsmeEventLogs.ALCS_ROW));
    // average RMS voltage profiles per phase, with their capture period (4)
    for (int phase : phases) {
      b.object(7, new ObisCode(1, 0, phase, 24, 0, 255), o -> o
          .attribute(2, ProfileBuffer.log(PROFILE_ROW))
          .attribute(4, rw(u32(1800))));
    }
  }

  private static void clearableLog(CosemObjectModel.ObjectBuilder<Esme> o, DlmsTypeDescription rowType) {
    o.attribute(2, ProfileBuffer.log(rowType)).method(1, (esme, p, c) -> {
      integer(p);
      c.<Esme>engine().store(esme, o.instance(), 2, c.<Esme>engine().model().initial(o.instance(), 2));
      return null;
    });
  }

  // ------------------------------------------------------------------ configuration

  private static void configuration(CosemObjectModel.Builder<Esme> b) {
    data(b, "0-0:0.2.1.255", octets(new byte[] {1, 0, 0, 0}), false); // [?] firmware version
    for (String d : List.of("0-0:94.44.0.0", "0-0:94.44.0.1", "0-0:94.44.0.2")) {
      data(b, d, u16(0), true);
    }
    for (int i = 11; i <= 15; i++) {
      data(b, "0-0:94.44.0." + i, text(""), true); // [?] consumer-facing texts
    }
    for (int i = 21; i <= 25; i++) {
      data(b, "0-0:94.44.0." + i, octets(new byte[0]), true);
    }
    for (int i = 31; i <= 35; i++) {
      data(b, "0-0:94.44.0." + i, text(""), false);
    }
    data(b, "0-0:94.44.0.4", bool(false), true);
    data(b, "0-0:94.44.3.1", octets(new byte[0]), true);
    data(b, "0-0:94.44.3.2", octets(new byte[0]), true);
    data(b, "0-0:94.44.34.11", octets(new byte[0]), true);
    for (String d : List.of("0-0:94.44.5.0", "0-0:94.44.5.1", "0-0:94.44.5.2")) {
      data(b, d, octets(new byte[0]), false);
    }
    for (int i = 1; i <= 5; i++) {
      data(b, "0-0:94.44.6." + i, bool(false), true);
    }
    data(b, "0-0:94.44.7.255", bool(false), false);
    for (String d : List.of("0-0:96.1.1.255", "0-0:96.1.2.255", "0-0:96.1.4.255", "0-0:96.1.6.255")) {
      data(b, d, octets(new byte[0]), false);
    }
    data(b, "0-2:96.13.1.255", octets(new byte[0]), true); // message to the consumer
    data(b, "0-3:96.13.1.255", octets(new byte[0]), true);
    b.object(9000, "0-0:96.13.0.255", o -> o.attribute(2, rw(octets(new byte[0]))));
    b.object(9000, "0-0:96.13.1.255", o -> o.attribute(2, rw(octets(new byte[0]))));
    data(b, "1-0:0.0.2.255", octets(new byte[0]), true); // MPAN
    // load control configuration (ALCS, APC): written as numbers or octet strings
    for (String d : List.of("0-0:94.44.117.1", "0-0:94.44.117.2", "0-0:94.44.119.1", "0-0:94.44.119.2",
        "0-0:94.44.119.3", "0-0:94.44.119.4", "0-0:94.44.121.1", "0-0:94.44.121.2", "0-0:94.44.121.3",
        "0-0:94.44.121.4")) {
      b.object(1, d, o -> o.attribute(2, anyType(octets(new byte[0]))));
    }
    // alert behaviours (bit strings per alert group), DLMS (0-30) and [?] load controller (0-33)
    for (int group = 0; group <= 1; group++) {
      int a = group == 0 ? 30 : 33;
      for (int i = 11; i <= 18; i++) {
        b.object(1, new ObisCode(0, a, 97, 98, i, 255), o -> o.attribute(2, rw(bits(64))));
      }
    }
  }

  private static void data(CosemObjectModel.Builder<Esme> b, String name, DlmsData initial, boolean writable) {
    b.object(1, name, o -> o.attribute(2, writable ? rw(initial) : ro(initial)));
  }

  /** A value the meter starts with, written by commands. */
  private static CosemAttribute<Esme> rw(DlmsData initial) {
    return CosemAttribute.value(initial);
  }

  /** A value the meter starts with, changed only by its own methods and activations. */
  private static CosemAttribute<Esme> ro(DlmsData initial) {
    return CosemAttribute.<Esme>value(initial).readOnly();
  }

  // ------------------------------------------------------------------ values

  private static final byte[] NEVER = {
    (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
    (byte) 0xFF, (byte) 0x80, 0x00, (byte) 0xFF
  };

  /** A unit charge: {{commodity scale, price scale}, {class, logical name, attribute}, [{index, price}]}. */
  private static DlmsData unitCharge() {
    return DlmsData.structure(
        DlmsData.structure(DlmsData.integer(0), DlmsData.integer(0)),
        DlmsData.structure(DlmsData.longUnsigned(0), octets(new byte[6]), DlmsData.integer(0)),
        array());
  }

  static DlmsData u32(long v) {
    return DlmsData.doubleLongUnsigned(v & 0xFFFF_FFFFL);
  }

  static DlmsData s32(long v) {
    return new IntegerValue(IntegerType.DOUBLE_LONG, v);
  }

  private static DlmsData u16(int v) {
    return DlmsData.longUnsigned(v);
  }

  private static DlmsData u8(int v) {
    return DlmsData.unsigned(v);
  }

  /** The account status of a meter in prepayment mode (mode 2, status 1 as the default's). */
  static DlmsData prepaymentAccountStatus() {
    return DlmsData.structure(enumeration(PREPAYMENT_MODE), enumeration(1));
  }

  private static DlmsData enumeration(int v) {
    return DlmsData.enumValue(v);
  }

  private static DlmsData bool(boolean v) {
    return v ? DlmsData.BooleanValue.TRUE : DlmsData.BooleanValue.FALSE;
  }

  private static DlmsData octets(byte[] v) {
    return DlmsData.octetString(v);
  }

  private static DlmsData text(String v) {
    return TextString.visible(v);
  }

  private static DlmsData array(DlmsData... elements) {
    return DlmsData.array(elements);
  }

  private static DlmsData bits(int n) {
    return new BitString(n, ByteSlice.copyOf(new byte[(n + 7) / 8]));
  }

  private static DlmsData scalerUnit(int scaler, int unit) {
    return DlmsData.structure(DlmsData.integer(scaler), enumeration(unit));
  }

  private static DlmsData[] zeros(int n) {
    DlmsData[] z = new DlmsData[n];
    java.util.Arrays.fill(z, u32(0));
    return z;
  }

  private static long integer(DlmsData d) throws CosemAccessException {
    if (!(d instanceof IntegerValue i)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "an integer");
    }
    return i.value();
  }

  private static CosemDateTime dateTime(DlmsData d) throws CosemAccessException {
    if (!(d instanceof OctetString o) || o.value().length() != CosemDateTime.LENGTH) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "a 12-byte date-time");
    }
    return CosemDateTime.of(o.value().toByteArray());
  }

  /** A date-time as an instant; {@code open} when its date is a wildcard. */
  private static Instant instant(DlmsData d, Instant open) throws CosemAccessException {
    CosemDateTime t = dateTime(d);
    if (t.year() == 0xFFFF) {
      return open;
    }
    return t.localDateTime().map(l -> l.toInstant(ZoneOffset.UTC)).orElse(open);
  }
}
