package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/** Metering cluster (0x0702) commands, as ZigBee SE defines them and GBCS uses them. */
public final class MeteringCommands {

  public static final int CLUSTER = 0x0702;

  private static final ZclLayout<Integer> INTERVAL = ZclLayout.of(f -> f.u24("interval", Integer::intValue));
  private static final ZclLayout<Integer> SAMPLE = ZclLayout.of(f -> f.u24("sample", Integer::intValue));

  private MeteringCommands() {}

  // ------------------------------------------------------------------ client to server

  public record GetSnapshot(
      ZclUtcTime earliestStartTime, ZclUtcTime latestEndTime, int snapshotOffset, long snapshotCause)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetSnapshot> TYPE = ZclCommandType.toServer(0x06, f -> new GetSnapshot(
        f.time("earliest start time", GetSnapshot::earliestStartTime),
        f.time("latest end time", GetSnapshot::latestEndTime),
        f.u8("snapshot offset", GetSnapshot::snapshotOffset),
        f.u32("snapshot cause", GetSnapshot::snapshotCause)));

    @Override
    public ZclCommandType<GetSnapshot> type() {
      return TYPE;
    }
  }

  public record StartSampling(
      long issuerEventId, ZclUtcTime startSamplingTime, int sampleType, int sampleRequestInterval,
      int maxNumberOfSamples) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<StartSampling> TYPE = ZclCommandType.toServer(0x07, f -> new StartSampling(
        f.u32("issuer event id", StartSampling::issuerEventId),
        f.time("start sampling time", StartSampling::startSamplingTime),
        f.u8("sample type", StartSampling::sampleType),
        f.u16("sample request interval", StartSampling::sampleRequestInterval),
        f.u16("max number of samples", StartSampling::maxNumberOfSamples)));

    @Override
    public ZclCommandType<StartSampling> type() {
      return TYPE;
    }
  }

  public record GetSampledData(int sampleId, ZclUtcTime earliestSampleTime, int sampleType, int numberOfSamples)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetSampledData> TYPE = ZclCommandType.toServer(0x08, f -> new GetSampledData(
        f.u16("sample id", GetSampledData::sampleId),
        f.time("earliest sample time", GetSampledData::earliestSampleTime),
        f.u8("sample type", GetSampledData::sampleType),
        f.u16("number of samples", GetSampledData::numberOfSamples)));

    @Override
    public ZclCommandType<GetSampledData> type() {
      return TYPE;
    }
  }

  public record ChangeSupply(
      long providerId, long issuerEventId, ZclUtcTime requestDateTime, ZclUtcTime implementationDateTime,
      int proposedSupplyStatus, int supplyControlBits) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ChangeSupply> TYPE = ZclCommandType.toServer(0x0B, f -> new ChangeSupply(
        f.u32("provider id", ChangeSupply::providerId),
        f.u32("issuer event id", ChangeSupply::issuerEventId),
        f.time("request date-time", ChangeSupply::requestDateTime),
        f.time("implementation date-time", ChangeSupply::implementationDateTime),
        f.u8("proposed supply status", ChangeSupply::proposedSupplyStatus),
        f.u8("supply control bits", ChangeSupply::supplyControlBits)));

    @Override
    public ZclCommandType<ChangeSupply> type() {
      return TYPE;
    }
  }

  public record SetSupplyStatus(
      long issuerEventId, int supplyTamperState, int supplyDepletionState, int supplyUncontrolledFlowState,
      int loadLimitSupplyState) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SetSupplyStatus> TYPE = ZclCommandType.toServer(0x0D, f -> new SetSupplyStatus(
        f.u32("issuer event id", SetSupplyStatus::issuerEventId),
        f.u8("supply tamper state", SetSupplyStatus::supplyTamperState),
        f.u8("supply depletion state", SetSupplyStatus::supplyDepletionState),
        f.u8("supply uncontrolled flow state", SetSupplyStatus::supplyUncontrolledFlowState),
        f.u8("load limit supply state", SetSupplyStatus::loadLimitSupplyState)));

    @Override
    public ZclCommandType<SetSupplyStatus> type() {
      return TYPE;
    }
  }

  public record SetUncontrolledFlowThreshold(
      long providerId, long issuerEventId, int uncontrolledFlowThreshold, int unitOfMeasure, int multiplier,
      int divisor, int stabilisationPeriod, int measurementPeriod) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SetUncontrolledFlowThreshold> TYPE = ZclCommandType.toServer(0x0E,
        f -> new SetUncontrolledFlowThreshold(
            f.u32("provider id", SetUncontrolledFlowThreshold::providerId),
            f.u32("issuer event id", SetUncontrolledFlowThreshold::issuerEventId),
            f.u16("uncontrolled flow threshold", SetUncontrolledFlowThreshold::uncontrolledFlowThreshold),
            f.u8("unit of measure", SetUncontrolledFlowThreshold::unitOfMeasure),
            f.u16("multiplier", SetUncontrolledFlowThreshold::multiplier),
            f.u16("divisor", SetUncontrolledFlowThreshold::divisor),
            f.u8("stabilisation period", SetUncontrolledFlowThreshold::stabilisationPeriod),
            f.u16("measurement period", SetUncontrolledFlowThreshold::measurementPeriod)));

    @Override
    public ZclCommandType<SetUncontrolledFlowThreshold> type() {
      return TYPE;
    }
  }

  // ------------------------------------------------------------------ server to client

  /** Get Profile Response: interval values (24-bit) ending at {@code endTime}. */
  public record GetProfileResponse(
      ZclUtcTime endTime, int status, int profileIntervalPeriod, List<Integer> intervals)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetProfileResponse> TYPE = ZclCommandType.toClient(0x00, f -> new GetProfileResponse(
        f.time("end time", GetProfileResponse::endTime),
        f.u8("status", GetProfileResponse::status),
        f.u8("profile interval period", GetProfileResponse::profileIntervalPeriod),
        f.countedU8("number of periods delivered", INTERVAL, GetProfileResponse::intervals)));

    public GetProfileResponse {
      intervals = List.copyOf(intervals);
    }

    @Override
    public ZclCommandType<GetProfileResponse> type() {
      return TYPE;
    }
  }

  /**
   * Publish Snapshot: the snapshot header fields, then the payload whose layout the payload type
   * selects (kept as bytes: GBCS reads it per use case).
   */
  public record PublishSnapshot(
      long snapshotId, ZclUtcTime snapshotTime, int totalSnapshotsFound, int commandIndex,
      int totalNumberOfCommands, long snapshotCause, int snapshotPayloadType, ByteSlice snapshotPayload)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishSnapshot> TYPE = ZclCommandType.toClient(0x06, f -> new PublishSnapshot(
        f.u32("snapshot id", PublishSnapshot::snapshotId),
        f.time("snapshot time", PublishSnapshot::snapshotTime),
        f.u8("total snapshots found", PublishSnapshot::totalSnapshotsFound),
        f.u8("command index", PublishSnapshot::commandIndex),
        f.u8("total number of commands", PublishSnapshot::totalNumberOfCommands),
        f.u32("snapshot cause", PublishSnapshot::snapshotCause),
        f.u8("snapshot payload type", PublishSnapshot::snapshotPayloadType),
        f.remainder("snapshot payload", PublishSnapshot::snapshotPayload)));

    @Override
    public ZclCommandType<PublishSnapshot> type() {
      return TYPE;
    }
  }

  public record GetSampledDataResponse(
      int sampleId, ZclUtcTime sampleStartTime, int sampleType, int sampleRequestInterval, List<Integer> samples)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetSampledDataResponse> TYPE = ZclCommandType.toClient(0x07,
        f -> new GetSampledDataResponse(
            f.u16("sample id", GetSampledDataResponse::sampleId),
            f.time("sample start time", GetSampledDataResponse::sampleStartTime),
            f.u8("sample type", GetSampledDataResponse::sampleType),
            f.u16("sample request interval", GetSampledDataResponse::sampleRequestInterval),
            f.countedU16("number of samples", SAMPLE, GetSampledDataResponse::samples)));

    public GetSampledDataResponse {
      samples = List.copyOf(samples);
    }

    @Override
    public ZclCommandType<GetSampledDataResponse> type() {
      return TYPE;
    }
  }

  public record SupplyStatusResponse(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime, int supplyStatus)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SupplyStatusResponse> TYPE = ZclCommandType.toClient(0x0C,
        f -> new SupplyStatusResponse(
            f.u32("provider id", SupplyStatusResponse::providerId),
            f.u32("issuer event id", SupplyStatusResponse::issuerEventId),
            f.time("implementation date-time", SupplyStatusResponse::implementationDateTime),
            f.u8("supply status", SupplyStatusResponse::supplyStatus)));

    @Override
    public ZclCommandType<SupplyStatusResponse> type() {
      return TYPE;
    }
  }

  public record StartSamplingResponse(int sampleId) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<StartSamplingResponse> TYPE = ZclCommandType.toClient(0x0D,
        f -> new StartSamplingResponse(
            f.u16("sample id", StartSamplingResponse::sampleId)));

    @Override
    public ZclCommandType<StartSamplingResponse> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(
      GetSnapshot.TYPE, StartSampling.TYPE, GetSampledData.TYPE, ChangeSupply.TYPE, SetSupplyStatus.TYPE,
      SetUncontrolledFlowThreshold.TYPE, GetProfileResponse.TYPE, PublishSnapshot.TYPE, GetSampledDataResponse.TYPE,
      SupplyStatusResponse.TYPE, StartSamplingResponse.TYPE);
}
