package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.octets;
import static org.dccsim.gbcs.gbz.ZclFields.u16;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Events cluster (0x0709) commands, as ZigBee SE defines them and GBCS uses them. */
public final class EventsCommands {

  public static final int CLUSTER = 0x0709;

  private EventsCommands() {}

  public record GetEventLog(
      int eventControlLogId, int eventId, ZclUtcTime startTime, ZclUtcTime endTime, int numberOfEvents,
      int eventOffset) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(eventControlLogId);
      u16(w, eventId);
      startTime.writeTo(w);
      endTime.writeTo(w);
      w.u8(numberOfEvents);
      u16(w, eventOffset);
    }
  }

  public record ClearEventLogRequest(int logId) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x01;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(logId);
    }
  }

  public record LoggedEvent(int logId, int eventId, ZclUtcTime eventTime, ByteSlice eventData) {}

  public record PublishEventLog(
      int totalNumberOfMatchingEvents, int commandIndex, int totalCommands, int logPayloadControl,
      List<LoggedEvent> events) implements ZclCommand.ToClient {
    public PublishEventLog {
      events = List.copyOf(events);
    }

    @Override
    public int commandId() {
      return 0x01;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u16(w, totalNumberOfMatchingEvents);
      w.u8(commandIndex).u8(totalCommands).u8(logPayloadControl);
      for (LoggedEvent e : events) {
        w.u8(e.logId());
        u16(w, e.eventId());
        e.eventTime().writeTo(w);
        ZclFields.octets(w, e.eventData());
      }
    }
  }

  public record ClearEventLogResponse(int clearedEventsLogs) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(clearedEventsLogs);
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (!h.serverToClient()) {
      return switch (h.commandId()) {
        case 0x00 -> new GetEventLog(r.u8("event control / log id"), u16(r, "event id"),
            ZclUtcTime.read(r, "start time"), ZclUtcTime.read(r, "end time"), r.u8("number of events"),
            u16(r, "event offset"));
        case 0x01 -> new ClearEventLogRequest(r.u8("log id"));
        default -> null;
      };
    }
    switch (h.commandId()) {
      case 0x01: {
        int matching = u16(r, "total number of matching events");
        int index = r.u8("command index");
        int total = r.u8("total commands");
        int control = r.u8("log payload control");
        List<LoggedEvent> events = new ArrayList<>();
        while (r.hasRemaining()) {
          events.add(new LoggedEvent(r.u8("log id"), u16(r, "event id"), ZclUtcTime.read(r, "event time"),
              octets(r, "event data")));
        }
        return new PublishEventLog(matching, index, total, control, events);
      }
      case 0x02:
        return new ClearEventLogResponse(r.u8("cleared events logs"));
      default:
        return null;
    }
  }
}
