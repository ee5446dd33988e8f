package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/** Events cluster (0x0709) commands, as ZigBee SE defines them and GBCS uses them. */
public final class EventsCommands {

  public static final int CLUSTER = 0x0709;

  private EventsCommands() {}

  public record GetEventLog(
      int eventControlLogId, int eventId, ZclUtcTime startTime, ZclUtcTime endTime, int numberOfEvents,
      int eventOffset) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetEventLog> TYPE = ZclCommandType.toServer(0x00, f -> new GetEventLog(
        f.u8("event control / log id", GetEventLog::eventControlLogId),
        f.u16("event id", GetEventLog::eventId),
        f.time("start time", GetEventLog::startTime),
        f.time("end time", GetEventLog::endTime),
        f.u8("number of events", GetEventLog::numberOfEvents),
        f.u16("event offset", GetEventLog::eventOffset)));

    @Override
    public ZclCommandType<GetEventLog> type() {
      return TYPE;
    }
  }

  public record ClearEventLogRequest(int logId) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ClearEventLogRequest> TYPE = ZclCommandType.toServer(0x01,
        f -> new ClearEventLogRequest(
            f.u8("log id", ClearEventLogRequest::logId)));

    @Override
    public ZclCommandType<ClearEventLogRequest> type() {
      return TYPE;
    }
  }

  public record LoggedEvent(int logId, int eventId, ZclUtcTime eventTime, ByteSlice eventData) {
    static final ZclLayout<LoggedEvent> LAYOUT = ZclLayout.of(f -> new LoggedEvent(
        f.u8("log id", LoggedEvent::logId),
        f.u16("event id", LoggedEvent::eventId),
        f.time("event time", LoggedEvent::eventTime),
        f.octets("event data", LoggedEvent::eventData)));
  }

  public record PublishEventLog(
      int totalNumberOfMatchingEvents, int commandIndex, int totalCommands, int logPayloadControl,
      List<LoggedEvent> events) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishEventLog> TYPE = ZclCommandType.toClient(0x01, f -> new PublishEventLog(
        f.u16("total number of matching events", PublishEventLog::totalNumberOfMatchingEvents),
        f.u8("command index", PublishEventLog::commandIndex),
        f.u8("total commands", PublishEventLog::totalCommands),
        f.u8("log payload control", PublishEventLog::logPayloadControl),
        f.entries(LoggedEvent.LAYOUT, PublishEventLog::events)));

    public PublishEventLog {
      events = List.copyOf(events);
    }

    @Override
    public ZclCommandType<PublishEventLog> type() {
      return TYPE;
    }
  }

  public record ClearEventLogResponse(int clearedEventsLogs) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ClearEventLogResponse> TYPE = ZclCommandType.toClient(0x02,
        f -> new ClearEventLogResponse(
            f.u8("cleared events logs", ClearEventLogResponse::clearedEventsLogs)));

    @Override
    public ZclCommandType<ClearEventLogResponse> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(
      GetEventLog.TYPE, ClearEventLogRequest.TYPE, PublishEventLog.TYPE, ClearEventLogResponse.TYPE);
}
