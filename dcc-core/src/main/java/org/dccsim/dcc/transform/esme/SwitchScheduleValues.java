package org.dccsim.dcc.transform.esme;

import java.util.List;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.DlmsData;

/**
 * The parts of the DUIS auxiliary load and auxiliary controller schedulers (6.14.2, 6.14.3) that
 * become COSEM schedule and special day table values: dates with wildcards, the days of the week,
 * the special days a schedule entry applies to, and the special days table itself.
 */
final class SwitchScheduleValues {

  static final int MAX_SPECIAL_DAYS = 20;
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final int NOT_SPECIFIED = 0xFF;
  private static final int LAST_DAY_OF_MONTH = 0xFE;
  private static final int SECOND_LAST_DAY_OF_MONTH = 0xFD;

  private SwitchScheduleValues() {}

  /** An sr:Date as the 5 bytes of a COSEM date: year (0xFFFF any), month, day of month, day of week. */
  static byte[] date(BodyElement date) throws RequestRefused {
    BodyElement year = TransformValues.child(date, "Year");
    int y = year.child("SpecifiedYear").isPresent()
        ? (int) TransformValues.integer(year, "SpecifiedYear", 2014, 9999) : 0xFFFF;
    BodyElement month = TransformValues.child(date, "Month");
    int m = month.child("SpecifiedMonth").isPresent()
        ? (int) TransformValues.integer(month, "SpecifiedMonth", 1, 12) : NOT_SPECIFIED;
    BodyElement day = TransformValues.child(date, "DayOfMonth");
    int d;
    if (day.child("SpecifiedDayOfMonth").isPresent()) {
      d = (int) TransformValues.integer(day, "SpecifiedDayOfMonth", 1, 31);
    } else if (day.child("LastDayOfMonth").isPresent()) {
      d = LAST_DAY_OF_MONTH;
    } else if (day.child("SecondLastDayOfMonth").isPresent()) {
      d = SECOND_LAST_DAY_OF_MONTH;
    } else {
      d = NOT_SPECIFIED;
    }
    BodyElement dayOfWeek = TransformValues.child(date, "DayOfWeek");
    int w = dayOfWeek.child("SpecifiedDayOfWeek").isPresent()
        ? (int) TransformValues.integer(dayOfWeek, "SpecifiedDayOfWeek", 1, 7) : NOT_SPECIFIED;
    return new byte[] {(byte) (y >>> 8), (byte) y, (byte) m, (byte) d, (byte) w};
  }

  /** The DaysOfWeekApplicability of an entry as 7 bits, Monday the highest; none when absent. */
  static int weekdays(BodyElement entry) throws RequestRefused {
    int mask = 0;
    if (entry.child("DaysOfWeekApplicability").isEmpty()) {
      return mask;
    }
    for (BodyElement day : TransformValues.child(entry, "DaysOfWeekApplicability").children("DayOfWeekApplicability")) {
      int i = ControlBodyValues.choice(day, "DayOfWeekID", DAYS);
      mask |= 1 << (DAYS.length - 1 - i);
    }
    return mask;
  }

  /**
   * The special days an entry applies to (SpecialDaysApplicability, by the attribute that names
   * them), one flag per special day index 1..{@code specialDays}.
   */
  static boolean[] specialDays(BodyElement entry, String attribute, int specialDays) throws RequestRefused {
    boolean[] flags = new boolean[specialDays];
    for (BodyElement e : entry.children("SpecialDaysApplicability")) {
      int i = ControlBodyValues.attribute(e, attribute, 1, MAX_SPECIAL_DAYS);
      if (i > specialDays) {
        throw TransformValues.invalid("SpecialDaysApplicability[@" + attribute + "=" + i + "]",
            "a special day the request defines (1 to " + specialDays + ")");
      }
      flags[i - 1] = true;
    }
    return flags;
  }

  /**
   * The special days table (class 11, attribute 2) of a scheduler request: each definition as
   * {index, date, day id = index}, in index order, and the highest index, up to which an entry's
   * special day flags count.
   */
  record SpecialDaysTable(DlmsData entries, int highestIndex) {

    static SpecialDaysTable read(List<BodyElement> definitions, String attribute) throws RequestRefused {
      byte[][] dates = new byte[MAX_SPECIAL_DAYS + 1][];
      int highest = 0;
      for (BodyElement d : definitions) {
        int i = ControlBodyValues.attribute(d, attribute, 1, MAX_SPECIAL_DAYS);
        if (dates[i] != null) {
          throw TransformValues.invalid(d.localName() + "[@" + attribute + "=" + i + "]", "once");
        }
        dates[i] = date(d);
        highest = Math.max(highest, i);
      }
      DlmsData[] entries = new DlmsData[definitions.size()];
      int k = 0;
      for (int i = 1; i <= highest; i++) {
        if (dates[i] != null) {
          entries[k++] = DlmsData.structure(
              DlmsData.longUnsigned(i), DlmsData.octetString(dates[i]), DlmsData.unsigned(i));
        }
      }
      return new SpecialDaysTable(DlmsData.array(entries), highest);
    }
  }
}
