package org.dccsim.dcc.transform.hub;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.gbz.EventsCommands;
import org.dccsim.gbcs.gbz.EventsCommands.ClearEventLogRequest;
import org.dccsim.gbcs.gbz.EventsCommands.GetEventLog;

/**
 * The GSME's event and security logs, by ZigBee Events cluster commands. 6.13 Read Event Or
 * Security Log: Get Event Log over the ReadLogPeriod, every event (event id 0, number of events 0,
 * offset 0), of the general event log with each event's full information (CS10a) or of the
 * security event log (CS10b). 3.3 Clear Event Log: Clear Event Log Request of the general event
 * log (CS11); the security log cannot be cleared remotely, and the ESME's choice of log
 * (ESMEEventLogType) has no GSME counterpart.
 */
final class GsmeEventLogTransforms {

  private static final Set<DeviceType> GSME = Set.of(DeviceType.GSME);
  /** ZigBee SE log ids (the low nibble of Event Control / Log ID). */
  private static final int GENERAL_EVENT_LOG = 0x03;
  private static final int SECURITY_EVENT_LOG = 0x04;
  /** Event Control (the high nibble): retrieve each event's data too, not only its id and time. */
  private static final int FULL_EVENT_INFORMATION = 0x10;
  private static final int ANY_EVENT_ID = 0;
  private static final int ALL_MATCHING_EVENTS = 0;
  private static final int NONE_SKIPPED = 0;

  private GsmeEventLogTransforms() {}

  /** 6.13 on a GSME: CS10a for LogToRead Event, CS10b for Security. */
  static DeviceCommandTransform read() {
    return new LogChoice(
        new GbzTransform("CS10a", GSME, request -> getEventLog(request, FULL_EVENT_INFORMATION | GENERAL_EVENT_LOG)),
        new GbzTransform("CS10b", GSME, request -> getEventLog(request, SECURITY_EVENT_LOG)));
  }

  /** 3.3 on a GSME: CS11. */
  static GbzTransform clear() {
    return new GbzTransform("CS11", GSME, request -> {
      BodyElement body = TransformValues.body(request);
      if (body.childText("ESMEEventLogType").isPresent()) {
        throw TransformValues.invalid(body.localName() + "/ESMEEventLogType", "absent for a GSME");
      }
      return List.of(ZclCall.of(EventsCommands.CLUSTER, new ClearEventLogRequest(GENERAL_EVENT_LOG)));
    });
  }

  private static List<ZclCall> getEventLog(AcceptedRequest request, int controlAndLogId) throws RequestRefused {
    BodyElement period = TransformValues.child(TransformValues.body(request), "ReadLogPeriod");
    Instant start = TransformValues.dateTime(period, "StartDateTime");
    Instant end = TransformValues.dateTime(period, "EndDateTime");
    if (end.isBefore(start)) {
      throw TransformValues.invalid("ReadLogPeriod/EndDateTime", "not before StartDateTime");
    }
    return List.of(ZclCall.of(EventsCommands.CLUSTER, new GetEventLog(controlAndLogId, ANY_EVENT_ID,
        ZclTimes.utc(start, "ReadLogPeriod/StartDateTime"), ZclTimes.utc(end, "ReadLogPeriod/EndDateTime"),
        ALL_MATCHING_EVENTS, NONE_SKIPPED)));
  }

  /** The log read LogToRead names. */
  private static final class LogChoice implements DeviceCommandTransform {

    private final GbzTransform eventLog;
    private final GbzTransform securityLog;

    LogChoice(GbzTransform eventLog, GbzTransform securityLog) {
      this.eventLog = eventLog;
      this.securityLog = securityLog;
    }

    @Override
    public Set<DeviceType> targetTypes() {
      return GSME;
    }

    @Override
    public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
      BodyElement body = TransformValues.body(request);
      String log = TransformValues.text(body, "LogToRead");
      return switch (log) {
        case "Event" -> eventLog.transform(request);
        case "Security" -> securityLog.transform(request);
        default -> throw TransformValues.invalid(body.localName() + "/LogToRead",
            "Event or Security for a GSME, not '" + log + "'");
      };
    }
  }
}
