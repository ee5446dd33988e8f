package org.dccsim.gbcs.gbz;

import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;

/** Prepayment cluster (0x0705) commands, as ZigBee SE defines them and GBCS uses them. */
public final class PrepaymentCommands {

  public static final int CLUSTER = 0x0705;

  private PrepaymentCommands() {}

  // ------------------------------------------------------------------ client to server

  public record SelectAvailableEmergencyCredit(ZclUtcTime commandIssueDateTime, int originatingDevice)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SelectAvailableEmergencyCredit> TYPE = ZclCommandType.toServer(0x00,
        f -> new SelectAvailableEmergencyCredit(
            f.time("command issue date-time", SelectAvailableEmergencyCredit::commandIssueDateTime),
            f.u8("originating device", SelectAvailableEmergencyCredit::originatingDevice)));

    @Override
    public ZclCommandType<SelectAvailableEmergencyCredit> type() {
      return TYPE;
    }
  }

  public record ChangeDebt(
      long issuerEventId, ByteSlice debtLabel, long debtAmount, int debtRecoveryMethod, int debtAmountType,
      ZclUtcTime debtRecoveryStartTime, int debtRecoveryCollectionTime, int debtRecoveryFrequency,
      long debtRecoveryAmount, int debtRecoveryBalancePercentage) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ChangeDebt> TYPE = ZclCommandType.toServer(0x02, f -> new ChangeDebt(
        f.u32("issuer event id", ChangeDebt::issuerEventId),
        f.octets("debt label", ChangeDebt::debtLabel),
        f.u32("debt amount", ChangeDebt::debtAmount),
        f.u8("debt recovery method", ChangeDebt::debtRecoveryMethod),
        f.u8("debt amount type", ChangeDebt::debtAmountType),
        f.time("debt recovery start time", ChangeDebt::debtRecoveryStartTime),
        f.u16("debt recovery collection time", ChangeDebt::debtRecoveryCollectionTime),
        f.u8("debt recovery frequency", ChangeDebt::debtRecoveryFrequency),
        f.u32("debt recovery amount", ChangeDebt::debtRecoveryAmount),
        f.u16("debt recovery balance percentage", ChangeDebt::debtRecoveryBalancePercentage)));

    @Override
    public ZclCommandType<ChangeDebt> type() {
      return TYPE;
    }
  }

  public record EmergencyCreditSetup(
      long issuerEventId, ZclUtcTime startTime, long emergencyCreditLimit, long emergencyCreditThreshold)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<EmergencyCreditSetup> TYPE = ZclCommandType.toServer(0x03,
        f -> new EmergencyCreditSetup(
            f.u32("issuer event id", EmergencyCreditSetup::issuerEventId),
            f.time("start time", EmergencyCreditSetup::startTime),
            f.u32("emergency credit limit", EmergencyCreditSetup::emergencyCreditLimit),
            f.u32("emergency credit threshold", EmergencyCreditSetup::emergencyCreditThreshold)));

    @Override
    public ZclCommandType<EmergencyCreditSetup> type() {
      return TYPE;
    }
  }

  public record ConsumerTopUp(int originatingDevice, ByteSlice topUpCode) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ConsumerTopUp> TYPE = ZclCommandType.toServer(0x04, f -> new ConsumerTopUp(
        f.u8("originating device", ConsumerTopUp::originatingDevice),
        f.octets("top up code", ConsumerTopUp::topUpCode)));

    @Override
    public ZclCommandType<ConsumerTopUp> type() {
      return TYPE;
    }
  }

  public record CreditAdjustment(
      long issuerEventId, ZclUtcTime startTime, int creditAdjustmentType, int creditAdjustmentValue)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<CreditAdjustment> TYPE = ZclCommandType.toServer(0x05, f -> new CreditAdjustment(
        f.u32("issuer event id", CreditAdjustment::issuerEventId),
        f.time("start time", CreditAdjustment::startTime),
        f.u8("credit adjustment type", CreditAdjustment::creditAdjustmentType),
        f.s32("credit adjustment value", CreditAdjustment::creditAdjustmentValue)));

    @Override
    public ZclCommandType<CreditAdjustment> type() {
      return TYPE;
    }
  }

  public record ChangePaymentMode(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime,
      int proposedPaymentControlConfiguration, int cutOffValue) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ChangePaymentMode> TYPE = ZclCommandType.toServer(0x06, f -> new ChangePaymentMode(
        f.u32("provider id", ChangePaymentMode::providerId),
        f.u32("issuer event id", ChangePaymentMode::issuerEventId),
        f.time("implementation date-time", ChangePaymentMode::implementationDateTime),
        f.u16("proposed payment control configuration", ChangePaymentMode::proposedPaymentControlConfiguration),
        f.s32("cut off value", ChangePaymentMode::cutOffValue)));

    @Override
    public ZclCommandType<ChangePaymentMode> type() {
      return TYPE;
    }
  }

  public record GetPrepaySnapshot(
      ZclUtcTime earliestStartTime, ZclUtcTime latestEndTime, int snapshotOffset, long snapshotCause)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetPrepaySnapshot> TYPE = ZclCommandType.toServer(0x07, f -> new GetPrepaySnapshot(
        f.time("earliest start time", GetPrepaySnapshot::earliestStartTime),
        f.time("latest end time", GetPrepaySnapshot::latestEndTime),
        f.u8("snapshot offset", GetPrepaySnapshot::snapshotOffset),
        f.u32("snapshot cause", GetPrepaySnapshot::snapshotCause)));

    @Override
    public ZclCommandType<GetPrepaySnapshot> type() {
      return TYPE;
    }
  }

  public record GetTopUpLog(ZclUtcTime latestEndTime, int numberOfRecords) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetTopUpLog> TYPE = ZclCommandType.toServer(0x08, f -> new GetTopUpLog(
        f.time("latest end time", GetTopUpLog::latestEndTime),
        f.u8("number of records", GetTopUpLog::numberOfRecords)));

    @Override
    public ZclCommandType<GetTopUpLog> type() {
      return TYPE;
    }
  }

  public record SetLowCreditWarningLevel(long lowCreditWarningLevel) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SetLowCreditWarningLevel> TYPE = ZclCommandType.toServer(0x09,
        f -> new SetLowCreditWarningLevel(
            f.u32("low credit warning level", SetLowCreditWarningLevel::lowCreditWarningLevel)));

    @Override
    public ZclCommandType<SetLowCreditWarningLevel> type() {
      return TYPE;
    }
  }

  public record GetDebtRepaymentLog(ZclUtcTime latestEndTime, int numberOfDebts, int debtType)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<GetDebtRepaymentLog> TYPE = ZclCommandType.toServer(0x0A,
        f -> new GetDebtRepaymentLog(
            f.time("latest end time", GetDebtRepaymentLog::latestEndTime),
            f.u8("number of debts", GetDebtRepaymentLog::numberOfDebts),
            f.u8("debt type", GetDebtRepaymentLog::debtType)));

    @Override
    public ZclCommandType<GetDebtRepaymentLog> type() {
      return TYPE;
    }
  }

  public record SetMaximumCreditLimit(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime, long maximumCreditLevel,
      long maximumCreditPerTopUp) implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SetMaximumCreditLimit> TYPE = ZclCommandType.toServer(0x0B,
        f -> new SetMaximumCreditLimit(
            f.u32("provider id", SetMaximumCreditLimit::providerId),
            f.u32("issuer event id", SetMaximumCreditLimit::issuerEventId),
            f.time("implementation date-time", SetMaximumCreditLimit::implementationDateTime),
            f.u32("maximum credit level", SetMaximumCreditLimit::maximumCreditLevel),
            f.u32("maximum credit per top up", SetMaximumCreditLimit::maximumCreditPerTopUp)));

    @Override
    public ZclCommandType<SetMaximumCreditLimit> type() {
      return TYPE;
    }
  }

  public record SetOverallDebtCap(
      long providerId, long issuerEventId, ZclUtcTime implementationDateTime, long overallDebtCap)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<SetOverallDebtCap> TYPE = ZclCommandType.toServer(0x0C, f -> new SetOverallDebtCap(
        f.u32("provider id", SetOverallDebtCap::providerId),
        f.u32("issuer event id", SetOverallDebtCap::issuerEventId),
        f.time("implementation date-time", SetOverallDebtCap::implementationDateTime),
        f.u32("overall debt cap", SetOverallDebtCap::overallDebtCap)));

    @Override
    public ZclCommandType<SetOverallDebtCap> type() {
      return TYPE;
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
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishPrepaySnapshot> TYPE = ZclCommandType.toClient(0x01,
        f -> new PublishPrepaySnapshot(
            f.u32("snapshot id", PublishPrepaySnapshot::snapshotId),
            f.time("snapshot time", PublishPrepaySnapshot::snapshotTime),
            f.u8("total snapshots found", PublishPrepaySnapshot::totalSnapshotsFound),
            f.u8("command index", PublishPrepaySnapshot::commandIndex),
            f.u8("total number of commands", PublishPrepaySnapshot::totalNumberOfCommands),
            f.u32("snapshot cause", PublishPrepaySnapshot::snapshotCause),
            f.u8("snapshot payload type", PublishPrepaySnapshot::snapshotPayloadType),
            f.remainder("snapshot payload", PublishPrepaySnapshot::snapshotPayload)));

    @Override
    public ZclCommandType<PublishPrepaySnapshot> type() {
      return TYPE;
    }
  }

  public record ChangePaymentModeResponse(
      int friendlyCredit, long friendlyCreditCalendarId, long emergencyCreditLimit, long emergencyCreditThreshold)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ChangePaymentModeResponse> TYPE = ZclCommandType.toClient(0x02,
        f -> new ChangePaymentModeResponse(
            f.u8("friendly credit", ChangePaymentModeResponse::friendlyCredit),
            f.u32("friendly credit calendar id", ChangePaymentModeResponse::friendlyCreditCalendarId),
            f.u32("emergency credit limit", ChangePaymentModeResponse::emergencyCreditLimit),
            f.u32("emergency credit threshold", ChangePaymentModeResponse::emergencyCreditThreshold)));

    @Override
    public ZclCommandType<ChangePaymentModeResponse> type() {
      return TYPE;
    }
  }

  public record ConsumerTopUpResponse(int resultType, int topUpValue, int sourceOfTopUp, int creditRemaining)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<ConsumerTopUpResponse> TYPE = ZclCommandType.toClient(0x03,
        f -> new ConsumerTopUpResponse(
            f.u8("result type", ConsumerTopUpResponse::resultType),
            f.s32("top up value", ConsumerTopUpResponse::topUpValue),
            f.u8("source of top up", ConsumerTopUpResponse::sourceOfTopUp),
            f.s32("credit remaining", ConsumerTopUpResponse::creditRemaining)));

    @Override
    public ZclCommandType<ConsumerTopUpResponse> type() {
      return TYPE;
    }
  }

  public record TopUpRecord(ByteSlice topUpCode, int topUpAmount, ZclUtcTime topUpTime) {
    static final ZclLayout<TopUpRecord> LAYOUT = ZclLayout.of(f -> new TopUpRecord(
        f.octets("top up code", TopUpRecord::topUpCode),
        f.s32("top up amount", TopUpRecord::topUpAmount),
        f.time("top up time", TopUpRecord::topUpTime)));
  }

  public record PublishTopUpLog(int commandIndex, int totalNumberOfCommands, List<TopUpRecord> topUps)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishTopUpLog> TYPE = ZclCommandType.toClient(0x05, f -> new PublishTopUpLog(
        f.u8("command index", PublishTopUpLog::commandIndex),
        f.u8("total number of commands", PublishTopUpLog::totalNumberOfCommands),
        f.entries(TopUpRecord.LAYOUT, PublishTopUpLog::topUps)));

    public PublishTopUpLog {
      topUps = List.copyOf(topUps);
    }

    @Override
    public ZclCommandType<PublishTopUpLog> type() {
      return TYPE;
    }
  }

  public record DebtRecord(ZclUtcTime collectionTime, long amountCollected, int debtType, long outstandingDebt) {
    static final ZclLayout<DebtRecord> LAYOUT = ZclLayout.of(f -> new DebtRecord(
        f.time("collection time", DebtRecord::collectionTime),
        f.u32("amount collected", DebtRecord::amountCollected),
        f.u8("debt type", DebtRecord::debtType),
        f.u32("outstanding debt", DebtRecord::outstandingDebt)));
  }

  public record PublishDebtLog(int commandIndex, int totalNumberOfCommands, List<DebtRecord> debts)
      implements ZclCommand.ClusterSpecific {
    static final ZclCommandType<PublishDebtLog> TYPE = ZclCommandType.toClient(0x06, f -> new PublishDebtLog(
        f.u8("command index", PublishDebtLog::commandIndex),
        f.u8("total number of commands", PublishDebtLog::totalNumberOfCommands),
        f.entries(DebtRecord.LAYOUT, PublishDebtLog::debts)));

    public PublishDebtLog {
      debts = List.copyOf(debts);
    }

    @Override
    public ZclCommandType<PublishDebtLog> type() {
      return TYPE;
    }
  }

  /** The commands above, for decoding. */
  static final ZclClusterCommands TYPES = ZclClusterCommands.of(
      SelectAvailableEmergencyCredit.TYPE, ChangeDebt.TYPE, EmergencyCreditSetup.TYPE, ConsumerTopUp.TYPE,
      CreditAdjustment.TYPE, ChangePaymentMode.TYPE, GetPrepaySnapshot.TYPE, GetTopUpLog.TYPE,
      SetLowCreditWarningLevel.TYPE, GetDebtRepaymentLog.TYPE, SetMaximumCreditLimit.TYPE, SetOverallDebtCap.TYPE,
      PublishPrepaySnapshot.TYPE, ChangePaymentModeResponse.TYPE, ConsumerTopUpResponse.TYPE, PublishTopUpLog.TYPE,
      PublishDebtLog.TYPE);
}
