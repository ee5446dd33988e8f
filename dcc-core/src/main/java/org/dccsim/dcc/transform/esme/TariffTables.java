package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;
import static org.dccsim.gbcs.dlms.DlmsData.unsigned;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;

/**
 * A DUIS switching table and special days as the attributes of the ESME's activity calendar
 * (class 20) and special days table (class 11): seasons {name, start, week}, week profiles {name,
 * day id for Monday..Sunday}, day profiles {day id, [start time, script table, script selector]},
 * and special days {index, date, day id}. Dates and times follow COSEM: FFFF/FF for "not
 * specified", FE for the last and FD for the second last day of a month.
 */
final class TariffTables {

  /** How a day profile's tariff action becomes a script selector of the tariff script table. */
  enum Actions {
    /** Primary element: TOUTariffAction n (1..48) is script n, BlockTariffAction n (1..8) 100 + n. */
    PRIMARY,
    /** Secondary element: TOUTariffAction n (1..4) is script 200 + n. */
    SECONDARY
  }

  private static final int MAX_DAY_NAME = 16;
  private static final int MAX_WEEK_NAME = 4;
  private static final int MAX_SEASON_NAME_BYTES = 8;
  private static final int DAYS_OF_WEEK = 7;
  private static final byte[] SCRIPT_TABLE = TariffScripts.SCRIPT_TABLE.toBytes();
  private static final int NOT_SPECIFIED = 0xFF;
  private static final int LAST_DAY_OF_MONTH = 0xFE;
  private static final int SECOND_LAST_DAY_OF_MONTH = 0xFD;

  private TariffTables() {}

  /** season_profile: one {name, start date-time, week name} per Season. */
  static DlmsData seasons(BodyElement switchingTable) throws RequestRefused {
    List<DlmsData> seasons = new ArrayList<>();
    for (BodyElement s : TransformValues.child(switchingTable, "Seasons").children("Season")) {
      String name = TransformValues.optionalText(s, "SeasonName").orElse("");
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      if (nameBytes.length > MAX_SEASON_NAME_BYTES) {
        throw TransformValues.invalid("Season/SeasonName", "at most " + MAX_SEASON_NAME_BYTES + " bytes");
      }
      byte[] start = new byte[12];
      System.arraycopy(date(TransformValues.child(s, "SeasonStartDate")), 0, start, 0, 5);
      // midnight, deviation and clock status not specified
      start[9] = (byte) 0x80;
      start[11] = (byte) 0xFF;
      int week = (int) TransformValues.integer(s, "ReferencedWeekName", 1, MAX_WEEK_NAME);
      seasons.add(structure(octetString(nameBytes), octetString(start), octetString(new byte[] {(byte) week})));
    }
    return new DlmsArray(seasons);
  }

  /** week_profile_table: one {name, day id Monday..Sunday} per WeekProfile. */
  static DlmsData weekProfiles(BodyElement switchingTable) throws RequestRefused {
    List<DlmsData> weeks = new ArrayList<>();
    for (BodyElement w : TransformValues.child(switchingTable, "WeekProfiles").children("WeekProfile")) {
      int name = (int) TransformValues.integer(w, "WeekName", 1, MAX_WEEK_NAME);
      DlmsData[] days = new DlmsData[DAYS_OF_WEEK];
      for (BodyElement d : w.children("ReferencedDayName")) {
        int index = EsmeBodyValues.index(d, DAYS_OF_WEEK);
        if (days[index - 1] != null) {
          throw TransformValues.invalid(
              "WeekProfile/ReferencedDayName", "one per day of the week, not two for day " + index);
        }
        days[index - 1] = unsigned((int) EsmeBodyValues.integer(d, 1, MAX_DAY_NAME));
      }
      List<DlmsData> fields = new ArrayList<>(1 + DAYS_OF_WEEK);
      fields.add(octetString(new byte[] {(byte) name}));
      for (int i = 0; i < DAYS_OF_WEEK; i++) {
        if (days[i] == null) {
          throw TransformValues.invalid(
              "WeekProfile/ReferencedDayName", "one for each day 1 to 7, day " + (i + 1) + " missing");
        }
        fields.add(days[i]);
      }
      weeks.add(new DlmsData.Structure(fields));
    }
    return new DlmsArray(weeks);
  }

  /** day_profile_table: one {day id, [start time, script table, selector]} per DayProfile. */
  static DlmsData dayProfiles(BodyElement switchingTable, Actions actions) throws RequestRefused {
    List<DlmsData> days = new ArrayList<>();
    for (BodyElement d : TransformValues.child(switchingTable, "DayProfiles").children("DayProfile")) {
      int name = (int) TransformValues.integer(d, "DayName", 1, MAX_DAY_NAME);
      List<DlmsData> actionsOfDay = new ArrayList<>();
      for (BodyElement p : d.children("ProfileSchedule")) {
        actionsOfDay.add(structure(octetString(time(TransformValues.time(p, "StartTime"))), octetString(SCRIPT_TABLE),
            longUnsigned(scriptSelector(p, actions))));
      }
      days.add(structure(unsigned(name), new DlmsArray(actionsOfDay)));
    }
    return new DlmsArray(days);
  }

  /** The special days table: {index from 1 in document order, date, day id}. */
  static DlmsData specialDays(BodyElement specialDays) throws RequestRefused {
    List<DlmsData> entries = new ArrayList<>();
    int index = 1;
    for (BodyElement s : specialDays.children("SpecialDay")) {
      entries.add(structure(longUnsigned(index++), octetString(date(TransformValues.child(s, "Date"))),
          unsigned((int) TransformValues.integer(s, "ReferencedDayName", 1, MAX_DAY_NAME))));
    }
    return new DlmsArray(entries);
  }

  /**
   * The block thresholds of each of the 8 block tariffs (ThresholdMatrix/Thresholds by index),
   * each the thresholds array of one register monitor, in BlockThreshold index order.
   */
  static List<DlmsData> blockThresholds(BodyElement thresholdMatrix) throws RequestRefused {
    DlmsData[] byTariff = new DlmsData[UnitCharges.BLOCK_TARIFFS];
    for (BodyElement t : thresholdMatrix.children("Thresholds")) {
      int tariff = EsmeBodyValues.index(t, UnitCharges.BLOCK_TARIFFS);
      if (byTariff[tariff - 1] != null) {
        throw TransformValues.invalid("ThresholdMatrix/Thresholds", "each index once, not " + tariff + " twice");
      }
      DlmsData[] thresholds = new DlmsData[UnitCharges.BLOCKS - 1];
      int count = 0;
      for (BodyElement b : t.children("BlockThreshold")) {
        int i = EsmeBodyValues.index(b, UnitCharges.BLOCKS - 1);
        if (thresholds[i - 1] != null) {
          throw TransformValues.invalid("Thresholds/BlockThreshold", "each index once, not " + i + " twice");
        }
        thresholds[i - 1] = DlmsData.doubleLongUnsigned(EsmeBodyValues.integer(b, 0, 0xFFFF_FFFFL));
        count++;
      }
      List<DlmsData> ordered = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        if (thresholds[i] == null) {
          throw TransformValues.invalid("Thresholds/BlockThreshold", "indices from 1 without gaps");
        }
        ordered.add(thresholds[i]);
      }
      byTariff[tariff - 1] = new DlmsArray(ordered);
    }
    for (int i = 0; i < byTariff.length; i++) {
      if (byTariff[i] == null) {
        throw TransformValues.invalid(
            "ThresholdMatrix", "Thresholds for each block tariff 1 to 8, " + (i + 1) + " missing");
      }
    }
    return List.of(byTariff);
  }

  /** A DUIS Date as the 5-byte COSEM date: year (2 bytes), month, day of month, day of week. */
  static byte[] date(BodyElement date) throws RequestRefused {
    BodyElement year = TransformValues.child(date, "Year");
    BodyElement month = TransformValues.child(date, "Month");
    BodyElement day = TransformValues.child(date, "DayOfMonth");
    BodyElement weekday = TransformValues.child(date, "DayOfWeek");
    int y = year.child("SpecifiedYear").isPresent()
        ? (int) TransformValues.integer(year, "SpecifiedYear", 0, 0xFFFE) : 0xFFFF;
    int m = month.child("SpecifiedMonth").isPresent()
        ? (int) TransformValues.integer(month, "SpecifiedMonth", 1, 12) : NOT_SPECIFIED;
    int dom;
    if (day.child("SpecifiedDayOfMonth").isPresent()) {
      dom = (int) TransformValues.integer(day, "SpecifiedDayOfMonth", 1, 31);
    } else if (day.child("LastDayOfMonth").isPresent()) {
      dom = LAST_DAY_OF_MONTH;
    } else if (day.child("SecondLastDayOfMonth").isPresent()) {
      dom = SECOND_LAST_DAY_OF_MONTH;
    } else {
      dom = NOT_SPECIFIED;
    }
    int dow = weekday.child("SpecifiedDayOfWeek").isPresent()
        ? (int) TransformValues.integer(weekday, "SpecifiedDayOfWeek", 1, 7) : NOT_SPECIFIED;
    return new byte[] {(byte) (y >>> 8), (byte) y, (byte) m, (byte) dom, (byte) dow};
  }

  /** A COSEM time: hour, minute, second, hundredths. */
  static byte[] time(LocalTime t) {
    return new byte[] {
      (byte) t.getHour(), (byte) t.getMinute(), (byte) t.getSecond(), (byte) (t.getNano() / 10_000_000)
    };
  }

  private static int scriptSelector(BodyElement schedule, Actions actions) throws RequestRefused {
    if (actions == Actions.SECONDARY) {
      return TariffScripts.SECONDARY_TOU_BASE + (int) TransformValues.integer(schedule, "TOUTariffAction", 1, 4);
    }
    if (schedule.child("TOUTariffAction").isPresent()) {
      return (int) TransformValues.integer(schedule, "TOUTariffAction", 1, 48);
    }
    if (schedule.child("BlockTariffAction").isPresent()) {
      return TariffScripts.BLOCK_TARIFF_BASE + (int) TransformValues.integer(schedule, "BlockTariffAction", 1, 8);
    }
    throw TransformValues.invalid("ProfileSchedule", "a TOUTariffAction or BlockTariffAction");
  }
}
