package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.u16;
import static org.dccsim.gbcs.gbz.ZclFields.u24;
import static org.dccsim.gbcs.gbz.ZclFields.u32;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Metering cluster (0x0702) commands, as ZigBee SE defines them and GBCS uses them. */
public final class MeteringCommands {

  public static final int CLUSTER = 0x0702;

  private MeteringCommands() {}

  // ------------------------------------------------------------------ client to server

  public record GetSnapshot(
      ZclUtcTime earliestStartTime, ZclUtcTime latestEndTime, int snapshotOffset, long snapshotCause)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x06;
    }

    @Override
    public void writeTo(ByteWriter w) {
      earliestStartTime.writeTo(w);
      latestEndTime.writeTo(w);
      w.u8(snapshotOffset);
      u32(w, snapshotCause);
    }
  }

  public record StartSampling(
      long issuerEventId, ZclUtcTime startSamplingTime, int sampleType, int sampleRequestInterval,
      int maxNumberOfSamples) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x07;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      startSamplingTime.writeTo(w);
      w.u8(sampleType);
      u16(w, sampleRequestInterval);
      u16(w, maxNumberOfSamples);
    }
  }

  public record GetSampledData(int sampleId, ZclUtcTime earliestSampleTime, int sampleType, int numberOfSamples)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x08;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u16(w, sampleId);
      earliestSampleTime.writeTo(w);
      w.u8(sampleType);
      u16(w, numberOfSamples);
    }
  }

  public record ChangeSupply(
      long providerId, long issuerEventId, ZclUtcTime requestDateTime, ZclUtcTime implementationDateTime,
      int proposedSupplyStatus, int supplyControlBits) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0B;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      requestDateTime.writeTo(w);
      implementationDateTime.writeTo(w);
      w.u8(proposedSupplyStatus).u8(supplyControlBits);
    }
  }

  public record SetSupplyStatus(
      long issuerEventId, int supplyTamperState, int supplyDepletionState, int supplyUncontrolledFlowState,
      int loadLimitSupplyState) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0D;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      w.u8(supplyTamperState).u8(supplyDepletionState).u8(supplyUncontrolledFlowState).u8(loadLimitSupplyState);
    }
  }

  public record SetUncontrolledFlowThreshold(
      long providerId, long issuerEventId, int uncontrolledFlowThreshold, int unitOfMeasure, int multiplier,
      int divisor, int stabilisationPeriod, int measurementPeriod) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0E;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      u16(w, uncontrolledFlowThreshold);
      w.u8(unitOfMeasure);
      u16(w, multiplier);
      u16(w, divisor);
      w.u8(stabilisationPeriod);
      u16(w, measurementPeriod);
    }
  }

  // ------------------------------------------------------------------ server to client

  /** Get Profile Response: interval values (24-bit) ending at {@code endTime}. */
  public record GetProfileResponse(
      ZclUtcTime endTime, int status, int profileIntervalPeriod, List<Integer> intervals)
      implements ZclCommand.ToClient {
    public GetProfileResponse {
      intervals = List.copyOf(intervals);
    }

    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      endTime.writeTo(w);
      w.u8(status).u8(profileIntervalPeriod).u8(intervals.size());
      intervals.forEach(v -> u24(w, v));
    }
  }

  /**
   * Publish Snapshot: the snapshot header fields, then the payload whose layout the payload type
   * selects (kept as bytes: GBCS reads it per use case).
   */
  public record PublishSnapshot(
      long snapshotId, ZclUtcTime snapshotTime, int totalSnapshotsFound, int commandIndex,
      int totalNumberOfCommands, long snapshotCause, int snapshotPayloadType, ByteSlice snapshotPayload)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x06;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, snapshotId);
      snapshotTime.writeTo(w);
      w.u8(totalSnapshotsFound).u8(commandIndex).u8(totalNumberOfCommands);
      u32(w, snapshotCause);
      w.u8(snapshotPayloadType).bytes(snapshotPayload);
    }
  }

  public record GetSampledDataResponse(
      int sampleId, ZclUtcTime sampleStartTime, int sampleType, int sampleRequestInterval, List<Integer> samples)
      implements ZclCommand.ToClient {
    public GetSampledDataResponse {
      samples = List.copyOf(samples);
    }

    @Override
    public int commandId() {
      return 0x07;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u16(w, sampleId);
      sampleStartTime.writeTo(w);
      w.u8(sampleType);
      u16(w, sampleRequestInterval);
      u16(w, samples.size());
      samples.forEach(v -> u24(w, v));
    }
  }

  public record SupplyStatusResponse(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime, int supplyStatus)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x0C;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      implementationDateTime.writeTo(w);
      w.u8(supplyStatus);
    }
  }

  public record StartSamplingResponse(int sampleId) implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x0D;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u16(w, sampleId);
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (!h.serverToClient()) {
      return switch (h.commandId()) {
        case 0x06 -> new GetSnapshot(ZclUtcTime.read(r, "earliest start time"), ZclUtcTime.read(r, "latest end time"),
            r.u8("snapshot offset"), u32(r, "snapshot cause"));
        case 0x07 -> new StartSampling(u32(r, "issuer event id"), ZclUtcTime.read(r, "start sampling time"),
            r.u8("sample type"), u16(r, "sample request interval"), u16(r, "max number of samples"));
        case 0x08 -> new GetSampledData(u16(r, "sample id"), ZclUtcTime.read(r, "earliest sample time"),
            r.u8("sample type"), u16(r, "number of samples"));
        case 0x0B -> new ChangeSupply(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "request date-time"), ZclUtcTime.read(r, "implementation date-time"),
            r.u8("proposed supply status"), r.u8("supply control bits"));
        case 0x0D -> new SetSupplyStatus(u32(r, "issuer event id"), r.u8("supply tamper state"),
            r.u8("supply depletion state"), r.u8("supply uncontrolled flow state"), r.u8("load limit supply state"));
        case 0x0E -> new SetUncontrolledFlowThreshold(u32(r, "provider id"), u32(r, "issuer event id"),
            u16(r, "uncontrolled flow threshold"), r.u8("unit of measure"), u16(r, "multiplier"), u16(r, "divisor"),
            r.u8("stabilisation period"), u16(r, "measurement period"));
        default -> null;
      };
    }
    switch (h.commandId()) {
      case 0x00: {
        ZclUtcTime end = ZclUtcTime.read(r, "end time");
        int status = r.u8("status");
        int period = r.u8("profile interval period");
        int count = r.u8("number of periods delivered");
        List<Integer> intervals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          intervals.add(u24(r, "interval"));
        }
        return new GetProfileResponse(end, status, period, intervals);
      }
      case 0x06:
        return new PublishSnapshot(u32(r, "snapshot id"), ZclUtcTime.read(r, "snapshot time"),
            r.u8("total snapshots found"), r.u8("command index"), r.u8("total number of commands"),
            u32(r, "snapshot cause"), r.u8("snapshot payload type"), r.slice(r.remaining(), "snapshot payload"));
      case 0x07: {
        int id = u16(r, "sample id");
        ZclUtcTime start = ZclUtcTime.read(r, "sample start time");
        int type = r.u8("sample type");
        int interval = u16(r, "sample request interval");
        int count = u16(r, "number of samples");
        List<Integer> samples = new ArrayList<>(Math.min(count, r.remaining() / 3));
        for (int i = 0; i < count; i++) {
          samples.add(u24(r, "sample"));
        }
        return new GetSampledDataResponse(id, start, type, interval, samples);
      }
      case 0x0C:
        return new SupplyStatusResponse(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "implementation date-time"), r.u8("supply status"));
      case 0x0D:
        return new StartSamplingResponse(u16(r, "sample id"));
      default:
        return null;
    }
  }
}
