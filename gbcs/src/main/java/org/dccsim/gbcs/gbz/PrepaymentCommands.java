package org.dccsim.gbcs.gbz;

import static org.dccsim.gbcs.gbz.ZclFields.octets;
import static org.dccsim.gbcs.gbz.ZclFields.s32;
import static org.dccsim.gbcs.gbz.ZclFields.u16;
import static org.dccsim.gbcs.gbz.ZclFields.u32;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** Prepayment cluster (0x0705) commands, as ZigBee SE defines them and GBCS uses them. */
public final class PrepaymentCommands {

  public static final int CLUSTER = 0x0705;

  private PrepaymentCommands() {}

  // ------------------------------------------------------------------ client to server

  public record SelectAvailableEmergencyCredit(ZclUtcTime commandIssueDateTime, int originatingDevice)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x00;
    }

    @Override
    public void writeTo(ByteWriter w) {
      commandIssueDateTime.writeTo(w);
      w.u8(originatingDevice);
    }
  }

  public record ChangeDebt(
      long issuerEventId, ByteSlice debtLabel, long debtAmount, int debtRecoveryMethod, int debtAmountType,
      ZclUtcTime debtRecoveryStartTime, int debtRecoveryCollectionTime, int debtRecoveryFrequency,
      long debtRecoveryAmount, int debtRecoveryBalancePercentage) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      octets(w, debtLabel);
      u32(w, debtAmount);
      w.u8(debtRecoveryMethod).u8(debtAmountType);
      debtRecoveryStartTime.writeTo(w);
      u16(w, debtRecoveryCollectionTime);
      w.u8(debtRecoveryFrequency);
      u32(w, debtRecoveryAmount);
      u16(w, debtRecoveryBalancePercentage);
    }
  }

  public record EmergencyCreditSetup(
      long issuerEventId, ZclUtcTime startTime, long emergencyCreditLimit, long emergencyCreditThreshold)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x03;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      startTime.writeTo(w);
      u32(w, emergencyCreditLimit);
      u32(w, emergencyCreditThreshold);
    }
  }

  public record ConsumerTopUp(int originatingDevice, ByteSlice topUpCode) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x04;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(originatingDevice);
      octets(w, topUpCode);
    }
  }

  public record CreditAdjustment(
      long issuerEventId, ZclUtcTime startTime, int creditAdjustmentType, int creditAdjustmentValue)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x05;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, issuerEventId);
      startTime.writeTo(w);
      w.u8(creditAdjustmentType);
      u32(w, creditAdjustmentValue & 0xFFFFFFFFL);
    }
  }

  public record ChangePaymentMode(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime,
      int proposedPaymentControlConfiguration, int cutOffValue) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x06;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      implementationDateTime.writeTo(w);
      u16(w, proposedPaymentControlConfiguration);
      u32(w, cutOffValue & 0xFFFFFFFFL);
    }
  }

  public record GetPrepaySnapshot(
      ZclUtcTime earliestStartTime, ZclUtcTime latestEndTime, int snapshotOffset, long snapshotCause)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x07;
    }

    @Override
    public void writeTo(ByteWriter w) {
      earliestStartTime.writeTo(w);
      latestEndTime.writeTo(w);
      w.u8(snapshotOffset);
      u32(w, snapshotCause);
    }
  }

  public record GetTopUpLog(ZclUtcTime latestEndTime, int numberOfRecords) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x08;
    }

    @Override
    public void writeTo(ByteWriter w) {
      latestEndTime.writeTo(w);
      w.u8(numberOfRecords);
    }
  }

  public record SetLowCreditWarningLevel(long lowCreditWarningLevel) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x09;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, lowCreditWarningLevel);
    }
  }

  public record GetDebtRepaymentLog(ZclUtcTime latestEndTime, int numberOfDebts, int debtType)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0A;
    }

    @Override
    public void writeTo(ByteWriter w) {
      latestEndTime.writeTo(w);
      w.u8(numberOfDebts).u8(debtType);
    }
  }

  public record SetMaximumCreditLimit(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime, long maximumCreditLevel,
      long maximumCreditPerTopUp) implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0B;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      implementationDateTime.writeTo(w);
      u32(w, maximumCreditLevel);
      u32(w, maximumCreditPerTopUp);
    }
  }

  public record SetOverallDebtCap(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime, long overallDebtCap)
      implements ZclCommand.ToServer {
    @Override
    public int commandId() {
      return 0x0C;
    }

    @Override
    public void writeTo(ByteWriter w) {
      u32(w, providerId);
      u32(w, issuerEventId);
      implementationDateTime.writeTo(w);
      u32(w, overallDebtCap);
    }
  }

  // ------------------------------------------------------------------ server to client

  /**
   * Publish Prepay Snapshot: the snapshot header fields, then the payload whose layout its
   * payload type selects (kept as bytes: GBCS reads it per use case).
   */
  public record PublishPrepaySnapshot(
      long snapshotId, ZclUtcTime snapshotTime, int totalSnapshotsFound, int commandIndex,
      int totalNumberOfCommands, long snapshotCause, int snapshotPayloadType, ByteSlice snapshotPayload)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x01;
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

  public record ChangePaymentModeResponse(
      int friendlyCredit, long friendlyCreditCalendarId, long emergencyCreditLimit, long emergencyCreditThreshold)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x02;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(friendlyCredit);
      u32(w, friendlyCreditCalendarId);
      u32(w, emergencyCreditLimit);
      u32(w, emergencyCreditThreshold);
    }
  }

  public record ConsumerTopUpResponse(int resultType, int topUpValue, int sourceOfTopUp, int creditRemaining)
      implements ZclCommand.ToClient {
    @Override
    public int commandId() {
      return 0x03;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(resultType);
      u32(w, topUpValue & 0xFFFFFFFFL);
      w.u8(sourceOfTopUp);
      u32(w, creditRemaining & 0xFFFFFFFFL);
    }
  }

  public record TopUpRecord(ByteSlice topUpCode, int topUpAmount, ZclUtcTime topUpTime) {}

  public record PublishTopUpLog(int commandIndex, int totalNumberOfCommands, List<TopUpRecord> topUps)
      implements ZclCommand.ToClient {
    public PublishTopUpLog {
      topUps = List.copyOf(topUps);
    }

    @Override
    public int commandId() {
      return 0x05;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(commandIndex).u8(totalNumberOfCommands);
      for (TopUpRecord t : topUps) {
        octets(w, t.topUpCode());
        u32(w, t.topUpAmount() & 0xFFFFFFFFL);
        t.topUpTime().writeTo(w);
      }
    }
  }

  public record DebtRecord(ZclUtcTime collectionTime, long amountCollected, int debtType, long outstandingDebt) {}

  public record PublishDebtLog(int commandIndex, int totalNumberOfCommands, List<DebtRecord> debts)
      implements ZclCommand.ToClient {
    public PublishDebtLog {
      debts = List.copyOf(debts);
    }

    @Override
    public int commandId() {
      return 0x06;
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(commandIndex).u8(totalNumberOfCommands);
      for (DebtRecord d : debts) {
        d.collectionTime().writeTo(w);
        u32(w, d.amountCollected());
        w.u8(d.debtType());
        u32(w, d.outstandingDebt());
      }
    }
  }

  static ZclCommand read(ZclHeader h, ByteReader r) throws GbcsCodecException {
    if (!h.serverToClient()) {
      return switch (h.commandId()) {
        case 0x00 -> new SelectAvailableEmergencyCredit(ZclUtcTime.read(r, "command issue date-time"), r.u8("originating device"));
        case 0x02 -> new ChangeDebt(u32(r, "issuer event id"), octets(r, "debt label"), u32(r, "debt amount"),
            r.u8("debt recovery method"), r.u8("debt amount type"), ZclUtcTime.read(r, "debt recovery start time"),
            u16(r, "debt recovery collection time"), r.u8("debt recovery frequency"), u32(r, "debt recovery amount"),
            u16(r, "debt recovery balance percentage"));
        case 0x03 -> new EmergencyCreditSetup(u32(r, "issuer event id"), ZclUtcTime.read(r, "start time"),
            u32(r, "emergency credit limit"), u32(r, "emergency credit threshold"));
        case 0x04 -> new ConsumerTopUp(r.u8("originating device"), octets(r, "top up code"));
        case 0x05 -> new CreditAdjustment(u32(r, "issuer event id"), ZclUtcTime.read(r, "start time"),
            r.u8("credit adjustment type"), s32(r, "credit adjustment value"));
        case 0x06 -> new ChangePaymentMode(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "implementation date-time"), u16(r, "proposed payment control configuration"),
            s32(r, "cut off value"));
        case 0x07 -> new GetPrepaySnapshot(ZclUtcTime.read(r, "earliest start time"), ZclUtcTime.read(r, "latest end time"),
            r.u8("snapshot offset"), u32(r, "snapshot cause"));
        case 0x08 -> new GetTopUpLog(ZclUtcTime.read(r, "latest end time"), r.u8("number of records"));
        case 0x09 -> new SetLowCreditWarningLevel(u32(r, "low credit warning level"));
        case 0x0A -> new GetDebtRepaymentLog(ZclUtcTime.read(r, "latest end time"), r.u8("number of debts"), r.u8("debt type"));
        case 0x0B -> new SetMaximumCreditLimit(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "implementation date-time"), u32(r, "maximum credit level"),
            u32(r, "maximum credit per top up"));
        case 0x0C -> new SetOverallDebtCap(u32(r, "provider id"), u32(r, "issuer event id"),
            ZclUtcTime.read(r, "implementation date-time"), u32(r, "overall debt cap"));
        default -> null;
      };
    }
    switch (h.commandId()) {
      case 0x01:
        return new PublishPrepaySnapshot(u32(r, "snapshot id"), ZclUtcTime.read(r, "snapshot time"),
            r.u8("total snapshots found"), r.u8("command index"), r.u8("total number of commands"),
            u32(r, "snapshot cause"), r.u8("snapshot payload type"), r.slice(r.remaining(), "snapshot payload"));
      case 0x02:
        return new ChangePaymentModeResponse(r.u8("friendly credit"), u32(r, "friendly credit calendar id"),
            u32(r, "emergency credit limit"), u32(r, "emergency credit threshold"));
      case 0x03:
        return new ConsumerTopUpResponse(r.u8("result type"), s32(r, "top up value"), r.u8("source of top up"),
            s32(r, "credit remaining"));
      case 0x05: {
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        List<TopUpRecord> topUps = new ArrayList<>();
        while (r.hasRemaining()) {
          topUps.add(new TopUpRecord(octets(r, "top up code"), s32(r, "top up amount"), ZclUtcTime.read(r, "top up time")));
        }
        return new PublishTopUpLog(index, total, topUps);
      }
      case 0x06: {
        int index = r.u8("command index");
        int total = r.u8("total number of commands");
        List<DebtRecord> debts = new ArrayList<>();
        while (r.hasRemaining()) {
          debts.add(new DebtRecord(ZclUtcTime.read(r, "collection time"), u32(r, "amount collected"),
              r.u8("debt type"), u32(r, "outstanding debt")));
        }
        return new PublishDebtLog(index, total, debts);
      }
      default:
        return null;
    }
  }
}
