package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;
import static org.dccsim.gbcs.dlms.DlmsData.unsigned;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 2.1 Update Prepay Configuration on an ESME (critical) → ECS08 or ECS08a: the non-disablement
 * calendar (special days, and a schedule of START/STOP scripts of the disconnect control script
 * table by weekday or special day within a date range), maximum meter balance and credit
 * threshold, debt recovery rate cap, low credit threshold, emergency credit limit and threshold,
 * then when each becomes active. ECS08a is the same command writing the maximum meter balance's
 * passive value (attribute 4) where ECS08 wrote its active value (attribute 2); which one a device
 * takes depends on its GBCS generation, which the request does not say.
 */
final class PrepaymentConfigurationTransform implements DeviceCommandTransform {

  private static final int GB = 9000;
  private static final int PASSIVE_VALUE = 4;
  private static final int ACTIVATION = 6;
  private static final ObisCode SPECIAL_DAYS = new ObisCode(0, 1, 11, 0, 2, 255);
  private static final ObisCode MAX_METER_BALANCE = new ObisCode(0, 0, 94, 44, 2, 20);
  private static final ObisCode MAX_CREDIT_THRESHOLD = new ObisCode(0, 0, 94, 44, 2, 10);
  private static final ObisCode NON_DISABLEMENT_SCHEDULE = new ObisCode(0, 1, 12, 0, 1, 255);
  private static final ObisCode DEBT_RECOVERY_RATE_CAP = new ObisCode(0, 0, 94, 44, 128, 12);
  private static final ObisCode DEBT_RECOVERY_CAP_PERIOD = new ObisCode(0, 0, 94, 44, 128, 13);
  private static final ObisCode LOW_CREDIT_THRESHOLD = new ObisCode(0, 0, 94, 44, 128, 9);
  private static final ObisCode EMERGENCY_CREDIT_LIMIT = new ObisCode(0, 0, 94, 44, 128, 2);
  private static final ObisCode CALENDAR_ACTIVATION = new ObisCode(0, 0, 94, 44, 128, 31);
  private static final ObisCode EMERGENCY_CREDIT_THRESHOLD = new ObisCode(0, 0, 94, 44, 128, 3);
  private static final ObisCode SPECIAL_DAYS_ACTIVATION = new ObisCode(0, 0, 94, 44, 128, 28);
  private static final byte[] DISCONNECT_CONTROL_SCRIPTS = new ObisCode(0, 0, 10, 0, 106, 255).toBytes();
  private static final int START_SCRIPT = 32;
  private static final int STOP_SCRIPT = 33;
  private static final int ANY_VALIDITY_WINDOW = 0xFFFF;
  /** The cap applies per week [?: RTDS shows 604800 s and DUIS has no period element]. */
  private static final long CAP_PERIOD_SECONDS = 604_800;
  private static final int MAX_SPECIAL_DAYS = 20;
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final int ACTIVATIONS = 9;

  private final int messageCode;
  private final List<AccessRequestSpec> specs;

  /** @param useCase ECS08 (maximum meter balance active value) or ECS08a (its passive value) */
  PrepaymentConfigurationTransform(String useCase) {
    if (!useCase.equals("ECS08") && !useCase.equals("ECS08a")) {
      throw new IllegalArgumentException("ECS08 or ECS08a, not " + useCase);
    }
    this.messageCode = EsmeReadRequests.messageCode(useCase);
    int maxMeterBalanceAttribute = useCase.equals("ECS08") ? 2 : PASSIVE_VALUE;
    this.specs = List.of(
        AccessRequestSpec.set(11, SPECIAL_DAYS, 2),
        AccessRequestSpec.set(GB, MAX_METER_BALANCE, maxMeterBalanceAttribute),
        AccessRequestSpec.set(GB, MAX_CREDIT_THRESHOLD, PASSIVE_VALUE),
        AccessRequestSpec.set(10, NON_DISABLEMENT_SCHEDULE, 2),
        AccessRequestSpec.set(GB, DEBT_RECOVERY_RATE_CAP, PASSIVE_VALUE),
        AccessRequestSpec.set(GB, DEBT_RECOVERY_CAP_PERIOD, PASSIVE_VALUE),
        AccessRequestSpec.set(GB, LOW_CREDIT_THRESHOLD, PASSIVE_VALUE),
        AccessRequestSpec.set(GB, EMERGENCY_CREDIT_LIMIT, PASSIVE_VALUE),
        AccessRequestSpec.set(GB, CALENDAR_ACTIVATION, ACTIVATION),
        AccessRequestSpec.set(GB, EMERGENCY_CREDIT_THRESHOLD, PASSIVE_VALUE),
        AccessRequestSpec.set(GB, MAX_METER_BALANCE, ACTIVATION),
        AccessRequestSpec.set(GB, MAX_CREDIT_THRESHOLD, ACTIVATION),
        AccessRequestSpec.set(GB, DEBT_RECOVERY_RATE_CAP, ACTIVATION),
        AccessRequestSpec.set(GB, DEBT_RECOVERY_CAP_PERIOD, ACTIVATION),
        AccessRequestSpec.set(GB, LOW_CREDIT_THRESHOLD, ACTIVATION),
        AccessRequestSpec.set(GB, EMERGENCY_CREDIT_LIMIT, ACTIVATION),
        AccessRequestSpec.set(GB, EMERGENCY_CREDIT_THRESHOLD, ACTIVATION),
        AccessRequestSpec.set(GB, SPECIAL_DAYS_ACTIVATION, ACTIVATION));
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement config = body.child("UpdatePrepayConfigElectricity")
        .orElseThrow(() -> TransformValues.invalid(
            "UpdatePrepayConfiguration", "UpdatePrepayConfigElectricity for an ESME"));
    BodyElement calendar = TransformValues.child(config, "ElectricityNonDisablementCalendar");
    List<BodyElement> specialDays = TransformValues.child(calendar, "ElectricitySpecialDays").children("SpecialDay");
    DlmsData activation = EsmeDateTimes.activation(TransformValues.executionDateTime(body));

    List<DlmsData> data = new ArrayList<>(specs.size());
    data.add(specialDays(specialDays));
    data.add(doubleLong(config, "MaxMeterBalance"));
    data.add(doubleLong(config, "MaxCreditThreshold"));
    data.add(schedule(calendar.children("ElectricityNonDisablementSchedule"), specialDays.size()));
    data.add(longUnsigned((int) TransformValues.integer(config, "DebtRecoveryRateCap", 0, 0xFFFF)));
    data.add(new IntegerValue(IntegerType.DOUBLE_LONG, CAP_PERIOD_SECONDS));
    data.add(doubleLong(config, "LowCreditThreshold"));
    data.add(doubleLong(config, "EmergencyCreditLimit"));
    data.add(activation);
    data.add(doubleLong(config, "EmergencyCreditThreshold"));
    for (int i = 0; i < ACTIVATIONS - 1; i++) {
      data.add(activation);
    }
    return EsmeReadRequests.command(messageCode, request, specs, data);
  }

  /** {index, date, day id = index} per special day. */
  private static DlmsData specialDays(List<BodyElement> days) throws RequestRefused {
    List<DlmsData> entries = new ArrayList<>(days.size());
    for (BodyElement d : days) {
      int index = EsmeBodyValues.index(d, MAX_SPECIAL_DAYS);
      entries.add(structure(longUnsigned(index), octetString(TariffTables.date(TransformValues.child(d, "Date"))),
          unsigned(index)));
    }
    return new DlmsArray(entries);
  }

  /**
   * The schedule entries: {index, enabled, script table, START 32 / STOP 33, switch time, any
   * validity window, weekdays Monday..Sunday, special days 1..n, begin date, end date}.
   */
  private static DlmsData schedule(List<BodyElement> entries, int specialDayCount) throws RequestRefused {
    List<DlmsData> out = new ArrayList<>(entries.size());
    int index = 1;
    for (BodyElement e : entries) {
      String script = TransformValues.text(e, "NonDisablementScript");
      if (!script.equals("START") && !script.equals("STOP")) {
        throw TransformValues.invalid(
            "ElectricityNonDisablementSchedule/NonDisablementScript", "START or STOP, not '" + script + "'");
      }
      boolean[] weekdays = new boolean[WEEKDAYS.size()];
      for (BodyElement w : TransformValues.child(e, "DaysOfWeekApplicability").children("DayOfWeekApplicability")) {
        int day = WEEKDAYS.indexOf(TransformValues.text(w, "DayOfWeekID"));
        if (day < 0) {
          throw TransformValues.invalid("DayOfWeekApplicability/DayOfWeekID", "Monday to Sunday");
        }
        weekdays[day] = true;
      }
      boolean[] specials = new boolean[specialDayCount];
      for (BodyElement s : TransformValues.child(e, "SpecialDaysApplicability").children("SpecialDayApplicability")) {
        specials[(int) TransformValues.integer(s, "SpecialDayID", 1, specialDayCount) - 1] = true;
      }
      BodyElement when = TransformValues.child(e, "ScheduleDatesAndTime");
      out.add(structure(
          longUnsigned(index++),
          BooleanValue.TRUE,
          octetString(DISCONNECT_CONTROL_SCRIPTS),
          longUnsigned(script.equals("START") ? START_SCRIPT : STOP_SCRIPT),
          octetString(TariffTables.time(TransformValues.time(when, "SwitchTime"))),
          longUnsigned(ANY_VALIDITY_WINDOW),
          bits(weekdays),
          bits(specials),
          octetString(scheduleDate(when, "StartDate")),
          octetString(scheduleDate(when, "EndDate"))));
    }
    return new DlmsArray(out);
  }

  /**
   * An xs:date as a COSEM date, day of week not specified; DUIS writes year 65535 for "every year"
   * (COSEM's FFFF), which java.time cannot parse, so the fields are read by hand.
   */
  static byte[] scheduleDate(BodyElement parent, String name) throws RequestRefused {
    String t = TransformValues.text(parent, name);
    String element = parent.localName() + "/" + name;
    int end = t.endsWith("Z") ? t.length() - 1 : t.length();
    if (end > 10 && t.charAt(end - 3) == ':' && (t.charAt(end - 6) == '+' || t.charAt(end - 6) == '-')) {
      end -= 6; // a time zone offset does not change a date
    }
    String[] f = t.substring(0, end).split("-", -1);
    try {
      if (f.length != 3 || f[1].length() != 2 || f[2].length() != 2 || f[0].length() < 4) {
        throw new NumberFormatException();
      }
      int year = Integer.parseInt(f[0]);
      int month = Integer.parseInt(f[1]);
      int day = Integer.parseInt(f[2]);
      if (year < 0 || year > 0xFFFF || month < 1 || month > 12 || day < 1 || day > 31) {
        throw new NumberFormatException();
      }
      return new byte[] {(byte) (year >>> 8), (byte) year, (byte) month, (byte) day, (byte) 0xFF};
    } catch (NumberFormatException e) {
      throw TransformValues.invalid(element, "an xs:date with a year up to 65535 (every year), not '" + t + "'");
    }
  }

  private static DlmsData bits(boolean[] flags) {
    byte[] packed = new byte[(flags.length + 7) / 8];
    for (int i = 0; i < flags.length; i++) {
      if (flags[i]) {
        packed[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return new BitString(flags.length, ByteSlice.copyOf(packed));
  }

  private static DlmsData doubleLong(BodyElement parent, String name) throws RequestRefused {
    return new IntegerValue(
        IntegerType.DOUBLE_LONG, TransformValues.integer(parent, name, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }
}
