package org.dccsim.device.gsme;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.dccsim.device.SecurityEvent;
import org.dccsim.device.security.SecurityAlertPolicy;
import org.dccsim.device.zcl.GbzDevice;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.device.zcl.ZclFailure;
import org.dccsim.device.zcl.ZclResponse;
import org.dccsim.device.zcl.ZclStatus;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.EventsCommands;
import org.dccsim.gbcs.gbz.EventsCommands.LoggedEvent;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * The gas meter's event logs on the Events cluster: Get Event Log (CS10a general events, log 3;
 * CS10b security events, log 4) answers from what the meter wrote (each alert it raised for its
 * own events; each command it refused, with the code of its check), and Clear Event Log (CS11)
 * empties the general log. [?] The events are listed oldest first in one Publish Event Log, as in
 * the RTDS; the event control nibble is not consulted; number of events 0 means all; a log with
 * nothing in the range answers NOT FOUND.
 */
final class GasEventLogs {

  static final int SECURITY_EVENT_LOG = 4;
  /** The logs Clear Event Log may clear: 1..5 as bits (GBCS: event, security, ...), 0 all. */
  private static final int LOG_IDS = 5;
  private static final SecurityAlertPolicy SECURITY_EVENT_CODES = SecurityAlertPolicy.defaults();

  private GasEventLogs() {}

  static <D extends GbzDevice<D>> void define(ZclEngine.Builder<D> m) {
    m.query(ZclCommandRef.toServer(EventsCommands.CLUSTER, 0x00),
        GasCommands.<D, EventsCommands.GetEventLog>replying((d, c, x) -> {
          List<LoggedEvent> matching = new ArrayList<>();
          int log = c.eventControlLogId() & 0x0F;
          for (LoggedEvent e : events(d, log)) {
            long t = e.eventTime().seconds();
            if ((c.eventId() == 0 || c.eventId() == e.eventId())
                && t >= c.startTime().seconds() && t <= c.endTime().seconds()) {
              matching.add(e);
            }
          }
          int from = Math.min(c.eventOffset(), matching.size());
          int to = c.numberOfEvents() == 0 ? matching.size() : Math.min(matching.size(), from + c.numberOfEvents());
          if (from == to) {
            throw new ZclFailure(ZclStatus.NOT_FOUND, "no event of log " + log + " in the range");
          }
          return List.of(new ZclResponse(
              new EventsCommands.PublishEventLog(matching.size(), 0, 1, 0, matching.subList(from, to)), true));
        }));
    m.command(ZclCommandRef.toServer(EventsCommands.CLUSTER, 0x01), (d, c, x) -> {
      int logId = ((EventsCommands.ClearEventLogRequest) c).logId();
      if (logId > LOG_IDS) {
        throw new ZclFailure(ZclStatus.INVALID_FIELD, "log id " + logId);
      }
      int cleared = logId == 0 ? (1 << (LOG_IDS + 1)) - 2 : 1 << logId;
      if ((cleared & 1 << GbzDevice.GENERAL_EVENT_LOG) != 0) {
        d.clearEventLog();
      }
      return List.of(new ZclResponse(new EventsCommands.ClearEventLogResponse(cleared), false));
    });
  }

  /** The events of log {@code log} (0 all), oldest first. */
  private static List<LoggedEvent> events(GbzDevice<?> device, int log) {
    List<LoggedEvent> out = new ArrayList<>();
    if (log == 0 || log == GbzDevice.GENERAL_EVENT_LOG) {
      out.addAll(device.eventLog());
    }
    if (log == 0 || log == SECURITY_EVENT_LOG) {
      for (SecurityEvent e : device.securityLog()) {
        OptionalInt code = SECURITY_EVENT_CODES.alertCode(e.reason());
        if (code.isPresent()) {
          out.add(new LoggedEvent(SECURITY_EVENT_LOG, code.getAsInt(), ZclUtcTime.of(e.at()),
              ByteSlice.copyOf(new byte[0])));
        }
      }
    }
    if (log == 0) {
      out.sort((a, b) -> Long.compare(a.eventTime().seconds(), b.eventTime().seconds()));
    }
    return out;
  }
}
