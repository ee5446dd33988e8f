package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/** Device Management cluster (0x0708) commands, as ZigBee SE defines them and GBCS uses them. */
public final class DeviceManagementCommands {

  public static final int CLUSTER = 0x0708;

  /** Set Event Configuration's "apply by list" control, the only one GBCS uses. */
  public static final int APPLY_BY_LIST = 0x00;

  private static final ZclLayout<Integer> EVENT_ID = ZclLayout.of(f -> f.u16("event id", Integer::intValue));

  private DeviceManagementCommands() {}

  // ------------------------------------------------------------------ server to client

  public record PublishChangeOfTenancy(
      long providerId, long issuerEventId, int tariffType, ZclUtcTime implementationDateTime,
      long proposedTenancyChangeControl) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishChangeOfTenancy> TYPE = ZclCommandType.toClient(0x00,
        f -> new PublishChangeOfTenancy(
            f.u32("provider id", PublishChangeOfTenancy::providerId),
            f.u32("issuer event id", PublishChangeOfTenancy::issuerEventId),
            f.u8("tariff type", PublishChangeOfTenancy::tariffType),
            f.time("implementation date-time", PublishChangeOfTenancy::implementationDateTime),
            f.u32("proposed tenancy change control", PublishChangeOfTenancy::proposedTenancyChangeControl)));

    @Override
    public ZclCommandType<PublishChangeOfTenancy> type() {
      return TYPE;
    }
  }

  public record PublishChangeOfSupplier(
      long currentProviderId, long issuerEventId, int tariffType, long proposedProviderId,
      ZclUtcTime providerChangeImplementationTime, long providerChangeControl, ByteSlice proposedProviderName,
      ByteSlice proposedProviderContactDetails) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishChangeOfSupplier> TYPE = ZclCommandType.toClient(0x01,
        f -> new PublishChangeOfSupplier(
            f.u32("current provider id", PublishChangeOfSupplier::currentProviderId),
            f.u32("issuer event id", PublishChangeOfSupplier::issuerEventId),
            f.u8("tariff type", PublishChangeOfSupplier::tariffType),
            f.u32("proposed provider id", PublishChangeOfSupplier::proposedProviderId),
            f.time("provider change implementation time", PublishChangeOfSupplier::providerChangeImplementationTime),
            f.u32("provider change control", PublishChangeOfSupplier::providerChangeControl),
            f.octets("proposed provider name", PublishChangeOfSupplier::proposedProviderName),
            f.octets("proposed provider contact details", PublishChangeOfSupplier::proposedProviderContactDetails)));

    @Override
    public ZclCommandType<PublishChangeOfSupplier> type() {
      return TYPE;
    }
  }

  public record RequestNewPassword(
      long issuerEventId, ZclUtcTime implementationDateTime, int durationInMinutes, int passwordType,
      ByteSlice password) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<RequestNewPassword> TYPE = ZclCommandType.toClient(0x02, f -> new RequestNewPassword(
        f.u32("issuer event id", RequestNewPassword::issuerEventId),
        f.time("implementation date-time", RequestNewPassword::implementationDateTime),
        f.u16("duration in minutes", RequestNewPassword::durationInMinutes),
        f.u8("password type", RequestNewPassword::passwordType),
        f.octets("password", RequestNewPassword::password)));

    @Override
    public ZclCommandType<RequestNewPassword> type() {
      return TYPE;
    }
  }

  public record UpdateSiteId(long issuerEventId, ZclUtcTime siteIdTime, long providerId, ByteSlice siteId)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<UpdateSiteId> TYPE = ZclCommandType.toClient(0x03, f -> new UpdateSiteId(
        f.u32("issuer event id", UpdateSiteId::issuerEventId),
        f.time("site id time", UpdateSiteId::siteIdTime),
        f.u32("provider id", UpdateSiteId::providerId),
        f.octets("site id", UpdateSiteId::siteId)));

    @Override
    public ZclCommandType<UpdateSiteId> type() {
      return TYPE;
    }
  }

  /** Set Event Configuration applied to a list of event ids (configuration control 00). */
  public record SetEventConfiguration(
      long issuerEventId, ZclUtcTime startDateTime, int eventConfiguration, List<Integer> eventIds)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SetEventConfiguration> TYPE = ZclCommandType.toClient(0x04, f -> {
      long event = f.u32("issuer event id", SetEventConfiguration::issuerEventId);
      ZclUtcTime start = f.time("start date-time", SetEventConfiguration::startDateTime);
      int configuration = f.u8("event configuration", SetEventConfiguration::eventConfiguration);
      f.constant(APPLY_BY_LIST, "configuration control 'apply by list', the one GBCS uses");
      return new SetEventConfiguration(event, start, configuration,
          f.countedU8("number of events", EVENT_ID, SetEventConfiguration::eventIds));
    });

    public SetEventConfiguration {
      eventIds = List.copyOf(eventIds);
    }

    @Override
    public ZclCommandType<SetEventConfiguration> type() {
      return TYPE;
    }
  }

  public record GetEventConfiguration(int eventId) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetEventConfiguration> TYPE = ZclCommandType.toClient(0x05,
        f -> new GetEventConfiguration(
            f.u16("event id", GetEventConfiguration::eventId)));

    @Override
    public ZclCommandType<GetEventConfiguration> type() {
      return TYPE;
    }
  }

  public record UpdateCin(long issuerEventId, ZclUtcTime implementationTime, long providerId, ByteSlice customerIdNumber)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<UpdateCin> TYPE = ZclCommandType.toClient(0x06, f -> new UpdateCin(
        f.u32("issuer event id", UpdateCin::issuerEventId),
        f.time("implementation time", UpdateCin::implementationTime),
        f.u32("provider id", UpdateCin::providerId),
        f.octets("customer id number", UpdateCin::customerIdNumber)));

    @Override
    public ZclCommandType<UpdateCin> type() {
      return TYPE;
    }
  }

  // ------------------------------------------------------------------ client to server

  public record EventConfigurationEntry(int eventId, int eventConfiguration) {
    static final ZclLayout<EventConfigurationEntry> LAYOUT = ZclLayout.of(f -> new EventConfigurationEntry(
        f.u16("event id", EventConfigurationEntry::eventId),
        f.u8("event configuration", EventConfigurationEntry::eventConfiguration)));
  }

  public record ReportEventConfiguration(int commandIndex, int totalCommands, List<EventConfigurationEntry> events)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ReportEventConfiguration> TYPE = ZclCommandType.toServer(0x04,
        f -> new ReportEventConfiguration(
            f.u8("command index", ReportEventConfiguration::commandIndex),
            f.u8("total commands", ReportEventConfiguration::totalCommands),
            f.entries(EventConfigurationEntry.LAYOUT, ReportEventConfiguration::events)));

    public ReportEventConfiguration {
      events = List.copyOf(events);
    }

    @Override
    public ZclCommandType<ReportEventConfiguration> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(
      PublishChangeOfTenancy.TYPE, PublishChangeOfSupplier.TYPE, RequestNewPassword.TYPE, UpdateSiteId.TYPE,
      SetEventConfiguration.TYPE, GetEventConfiguration.TYPE, UpdateCin.TYPE, ReportEventConfiguration.TYPE);
}
