package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.octets;
import static org.dccsim.gbcs.gbz.ZclFields.u16;
import static org.dccsim.gbcs.gbz.ZclFields.u32;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Device Management cluster (0x0708) commands, as ZigBee SE defines them and GBCS uses them. */
public final class DeviceManagementCommands {

  public static final int CLUSTER = 0x0708;

  /** Set Event Configuration's "apply by list" control, the only one GBCS uses. */
  public static final int APPLY_BY_LIST = 0x00;

  private DeviceManagementCommands() {}

  // ------------------------------------------------------------------ server to client

  public record PublishChangeOfTenancy(
      long providerId, long issuerEventId, int tariffType, ZclUtcTime implementationDateTime,
      long proposedTenancyChangeControl) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      w.u8(tariffType);
      implementationDateTime.writeTo(w);
      u32(w, proposedTenancyChangeControl);
    }
  }

  public record PublishChangeOfSupplier(
      long currentProviderId, long issuerEventId, int tariffType, long proposedProviderId,
      ZclUtcTime providerChangeImplementationTime, long providerChangeControl, ByteSlice proposedProviderName,
      ByteSlice proposedProviderContactDetails) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x01;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, currentProviderId);
      u32(w, issuerEventId);
      w.u8(tariffType);
      u32(w, proposedProviderId);
      providerChangeImplementationTime.writeTo(w);
      u32(w, providerChangeControl);
      octets(w, proposedProviderName);
      octets(w, proposedProviderContactDetails);
    }
  }

  public record RequestNewPassword(
      long issuerEventId, ZclUtcTime implementationDateTime, int durationInMinutes, int passwordType,
      ByteSlice password) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      implementationDateTime.writeTo(w);
      u16(w, durationInMinutes);
      w.u8(passwordType);
      octets(w, password);
    }
  }

  public record UpdateSiteId(long issuerEventId, ZclUtcTime siteIdTime, long providerId, ByteSlice siteId)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x03;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      siteIdTime.writeTo(w);
      u32(w, providerId);
      octets(w, siteId);
    }
  }

  /** Set Event Configuration applied to a list of event ids (configuration control 00). */
  public record SetEventConfiguration(
      long issuerEventId, ZclUtcTime startDateTime, int eventConfiguration, List<Integer> eventIds)
      implements ZclCommand.ToClient {
    public SetEventConfiguration {
      eventIds = List.copyOf(eventIds);
    }

    @Override
    public int commandId() {
      return 0x04;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      startDateTime.writeTo(w);
      w.u8(eventConfiguration).u8(APPLY_BY_LIST).u8(eventIds.size());
      eventIds.forEach(id -> u16(w, id));
    }
  }

  public record GetEventConfiguration(int eventId) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x05;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u16(w, eventId);
    }
  }

  public record UpdateCin(long issuerEventId, ZclUtcTime implementationTime, long providerId, ByteSlice customerIdNumber)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x06;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      implementationTime.writeTo(w);
      u32(w, providerId);
      octets(w, customerIdNumber);
    }
  }

  // ------------------------------------------------------------------ client to server

  public record EventConfigurationEntry(int eventId, int eventConfiguration) {}

  public record ReportEventConfiguration(int commandIndex, int totalCommands, List<EventConfigurationEntry> events)
      implements ZclCommand.ToServer {
    public ReportEventConfiguration {
      events = List.copyOf(events);
    }

    @Override
    public int commandId() {
      return 0x04;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(commandIndex).u8(totalCommands);
      for (EventConfigurationEntry e : events) {
        u16(w, e.eventId());
        w.u8(e.eventConfiguration());
      }
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (!h.serverToClient()) {
      if (h.commandId() != 0x04) {
        return null;
      }
      int index = r.u8("command index");
      int total = r.u8("total commands");
      List<EventConfigurationEntry> events = new ArrayList<>();
      while (r.hasRemaining()) {
        events.add(new EventConfigurationEntry(u16(r, "event id"), r.u8("event configuration")));
      }
      return new ReportEventConfiguration(index, total, events);
    }
    switch (h.commandId()) {
      case 0x00:
        return new PublishChangeOfTenancy(u32(r, "provider id"), u32(r, "issuer event id"), r.u8("tariff type"),
            ZclUtcTime.read(r, "implementation date-time"), u32(r, "proposed tenancy change control"));
      case 0x01:
        return new PublishChangeOfSupplier(u32(r, "current provider id"), u32(r, "issuer event id"),
            r.u8("tariff type"), u32(r, "proposed provider id"),
            ZclUtcTime.read(r, "provider change implementation time"), u32(r, "provider change control"),
            octets(r, "proposed provider name"), octets(r, "proposed provider contact details"));
      case 0x02:
        return new RequestNewPassword(u32(r, "issuer event id"), ZclUtcTime.read(r, "implementation date-time"),
            u16(r, "duration in minutes"), r.u8("password type"), octets(r, "password"));
      case 0x03:
        return new UpdateSiteId(u32(r, "issuer event id"), ZclUtcTime.read(r, "site id time"),
            u32(r, "provider id"), octets(r, "site id"));
      case 0x04: {
        long event = u32(r, "issuer event id");
        ZclUtcTime start = ZclUtcTime.read(r, "start date-time");
        int configuration = r.u8("event configuration");
        r.expect(APPLY_BY_LIST, "configuration control 'apply by list', the one GBCS uses");
        int count = r.u8("number of events");
        List<Integer> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          ids.add(u16(r, "event id"));
        }
        return new SetEventConfiguration(event, start, configuration, ids);
      }
      case 0x05:
        return new GetEventConfiguration(u16(r, "event id"));
      case 0x06:
        return new UpdateCin(u32(r, "issuer event id"), ZclUtcTime.read(r, "implementation time"),
            u32(r, "provider id"), octets(r, "customer id number"));
      default:
        return null;
    }
  }
}
