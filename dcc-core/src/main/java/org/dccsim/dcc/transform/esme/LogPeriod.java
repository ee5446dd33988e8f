package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;

/** The ReadLogPeriod of a log or profile read: start and end date-times, start not after end. */
record LogPeriod(Instant start, Instant end) {

  static LogPeriod read(BodyElement body) throws RequestRefused {
    BodyElement period = TransformValues.child(body, "ReadLogPeriod");
    Instant start = TransformValues.dateTime(period, "StartDateTime");
    Instant end = TransformValues.dateTime(period, "EndDateTime");
    if (start.isAfter(end)) {
      throw TransformValues.invalid("ReadLogPeriod", "a StartDateTime not after the EndDateTime");
    }
    return new LogPeriod(start, end);
  }
}
