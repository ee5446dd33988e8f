package org.dccsim.dcc.transform.gas;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.dcc.transform.ZclCall;
import org.dccsim.dcc.transform.ZclTimes;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.gbz.MeteringCommands;
import org.dccsim.gbcs.gbz.MeteringCommands.GetSampledData;
import org.dccsim.gbcs.gbz.MeteringCommands.GetSnapshot;
import org.dccsim.gbcs.gbz.MeteringCommands.StartSampling;
import org.dccsim.gbcs.gbz.PrepaymentCommands;
import org.dccsim.gbcs.gbz.PrepaymentCommands.GetDebtRepaymentLog;
import org.dccsim.gbcs.gbz.PrepaymentCommands.GetPrepaySnapshot;
import org.dccsim.gbcs.gbz.PrepaymentCommands.GetTopUpLog;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * GSME log reads over a ReadLogPeriod: billing data log (GCS15b, GCS15e), daily read logs
 * (GCS16a, GCS16b), profile data (GCS17) and network data (GCS18); and the start of the network
 * data log (GCS31). A snapshot log is read one snapshot per component (offset 0 = the latest), as
 * many components as the log has entries.
 */
final class LogReadTransforms {

  private static final Set<DeviceType> GSME = EnumSet.of(DeviceType.GSME);

  /** Entries of the GSME logs: 12 billing data snapshots, 31 daily reads, 5 top-ups, 10 debt payments. */
  private static final int BILLING_DATA_LOG_ENTRIES = 12;
  private static final int DEBT_LOG_ENTRIES = 10;
  /** ZigBee debt types 0, 1, 2: debts 1 and 2 (time-based), debt 3 (payment-based). */
  private static final int PAYMENT_BASED_DEBT = 0x02;
  private static final int DAILY_READ_LOG_ENTRIES = 31;
  private static final int TOP_UP_LOG_ENTRIES = 5;
  /** Snapshot causes: change of tariff or payment mode, the billing calendar, the daily read. */
  private static final long CHANGE_OF_TARIFF_OR_MODE = 0x00006008L;
  private static final long BILLING_PERIOD = 0x00000002L;
  private static final long DAILY_SNAPSHOT = 0x00000001L;
  /** Profile data: sample id 0, half-hourly consumption; network data: sample id 2, every 6 minutes. */
  private static final int PROFILE_SAMPLE_ID = 0x0000;
  /** The GPF's daily consumption log: sample id 1, one sample a day. */
  private static final int DAILY_CONSUMPTION_SAMPLE_ID = 0x0001;
  private static final Duration DAY = Duration.ofDays(1);
  private static final int NETWORK_DATA_SAMPLE_ID = 0x0002;
  private static final int CONSUMPTION_DELIVERED = 0x00;
  private static final Duration PROFILE_INTERVAL = Duration.ofMinutes(30);
  private static final Duration NETWORK_DATA_INTERVAL = Duration.ofMinutes(6);
  /** [?] The network data log samples four hours at a time: 41 samples, as RTDS's GCS31 starts it. */
  private static final int NETWORK_DATA_SAMPLES = 41;
  /** [?] RTDS's GCS18 asks for samples from UTC time 1, not from the period start. */
  private static final ZclUtcTime NETWORK_DATA_EARLIEST = new ZclUtcTime(1);

  private LogReadTransforms() {}

  private record Period(Instant start, Instant end) {
    ZclUtcTime startTime() throws RequestRefused {
      return ZclTimes.utc(start, "ReadLogPeriod/StartDateTime");
    }

    /** The end as a ZigBee time; an end beyond the ZigBee range reads to the latest record (FFFFFFFE). */
    ZclUtcTime endTime() throws RequestRefused {
      return end.isAfter(ZclUtcTime.EPOCH.plusSeconds(0xFFFFFFFDL))
          ? new ZclUtcTime(0xFFFFFFFEL)
          : ZclTimes.utc(end, "ReadLogPeriod/EndDateTime");
    }

    /** Samples from start to end inclusive, one every {@code interval}. */
    int samples(Duration interval) throws RequestRefused {
      long n = Duration.between(start, end).dividedBy(interval) + 1;
      if (n > 0xFFFF) {
        throw TransformValues.invalid("ReadLogPeriod", "a period of at most 65535 samples, not " + n);
      }
      return (int) n;
    }
  }

  private static Period period(AcceptedRequest request) throws RequestRefused {
    BodyElement p = TransformValues.child(TransformValues.body(request), "ReadLogPeriod");
    Instant start = TransformValues.dateTime(p, "StartDateTime");
    Instant end = TransformValues.dateTime(p, "EndDateTime");
    if (end.isBefore(start)) {
      throw TransformValues.invalid("ReadLogPeriod", "an EndDateTime not before the StartDateTime");
    }
    return new Period(start, end);
  }

  /** 4.4.2 Retrieve Change of Mode / Tariff Triggered Billing Data Log (GCS15b). */
  static GbzTransform billingDataLogOnChangeOfTariffOrMode() {
    return new GbzTransform("GCS15b", GSME, request -> {
      Period p = period(request);
      List<ZclCall> calls = new ArrayList<>(2 * BILLING_DATA_LOG_ENTRIES);
      for (int i = 0; i < BILLING_DATA_LOG_ENTRIES; i++) {
        calls.add(ZclCall.of(PrepaymentCommands.CLUSTER,
            new GetPrepaySnapshot(p.startTime(), p.endTime(), i, CHANGE_OF_TARIFF_OR_MODE)));
      }
      for (int i = 0; i < BILLING_DATA_LOG_ENTRIES; i++) {
        calls.add(ZclCall.of(MeteringCommands.CLUSTER,
            new GetSnapshot(p.startTime(), p.endTime(), i, CHANGE_OF_TARIFF_OR_MODE)));
      }
      return calls;
    });
  }

  /**
   * 4.4.3 Retrieve Billing Calendar Triggered Billing Data Log (GCS15c): the billing data log's
   * metering and then prepayment snapshots taken at the end of each billing period (GCS15b has
   * them the other way round). Not registered: the DUIS template carries
   * the period of the RTDS's error scenario, not of its success scenario.
   */
  static GbzTransform billingDataLogOnBillingCalendar() {
    return new GbzTransform("GCS15c", GSME, request -> {
      Period p = period(request);
      List<ZclCall> calls = new ArrayList<>(2 * BILLING_DATA_LOG_ENTRIES);
      for (int i = 0; i < BILLING_DATA_LOG_ENTRIES; i++) {
        calls.add(ZclCall.of(MeteringCommands.CLUSTER, new GetSnapshot(p.startTime(), p.endTime(), i, BILLING_PERIOD)));
      }
      for (int i = 0; i < BILLING_DATA_LOG_ENTRIES; i++) {
        calls.add(ZclCall.of(PrepaymentCommands.CLUSTER,
            new GetPrepaySnapshot(p.startTime(), p.endTime(), i, BILLING_PERIOD)));
      }
      return calls;
    });
  }

  /**
   * 4.4.4 Retrieve Billing Data Log (Payment Based Debt Payments) (GCS15d): the debt repayment log
   * of the payment-based debt from the period's start. Not registered: RTDS has the supplier send
   * it in two scenarios and the access control broker on its behalf in the third (its success),
   * while dccsim's use case table has the supplier send it.
   */
  static GbzTransform paymentDebtRepaymentLog() {
    return new GbzTransform("GCS15d", GSME, request -> {
      Period p = period(request);
      return List.of(new ZclCall(PrepaymentCommands.CLUSTER, Optional.of(p.startTime()),
          new GetDebtRepaymentLog(p.endTime(), DEBT_LOG_ENTRIES, PAYMENT_BASED_DEBT)));
    });
  }

  /** 4.4.5 Retrieve Billing Data Log (Prepayment Credits) (GCS15e): the top-up log from the start. */
  static GbzTransform topUpLog() {
    return new GbzTransform("GCS15e", GSME, request -> {
      Period p = period(request);
      return List.of(new ZclCall(PrepaymentCommands.CLUSTER, Optional.of(p.startTime()),
          new GetTopUpLog(p.endTime(), TOP_UP_LOG_ENTRIES)));
    });
  }

  /** 4.6.1 Retrieve Import Daily Read Log (GCS16a). */
  static GbzTransform dailyReadLog() {
    return new GbzTransform("GCS16a", GSME, request -> {
      Period p = period(request);
      List<ZclCall> calls = new ArrayList<>(DAILY_READ_LOG_ENTRIES);
      for (int i = 0; i < DAILY_READ_LOG_ENTRIES; i++) {
        calls.add(ZclCall.of(MeteringCommands.CLUSTER,
            new GetSnapshot(p.startTime(), p.endTime(), i, DAILY_SNAPSHOT)));
      }
      return calls;
    });
  }

  /**
   * 4.14 Read Prepayment Daily Read Log (GCS16b) on the GSME or the GPF; for an unknown remote
   * party the access control broker sends it ({@link GbzTransform}).
   */
  static GbzTransform prepaymentDailyReadLog() {
    return new GbzTransform("GCS16b", EnumSet.of(DeviceType.GSME, DeviceType.GPF), request -> {
      Period p = period(request);
      List<ZclCall> calls = new ArrayList<>(DAILY_READ_LOG_ENTRIES);
      for (int i = 0; i < DAILY_READ_LOG_ENTRIES; i++) {
        calls.add(ZclCall.of(PrepaymentCommands.CLUSTER,
            new GetPrepaySnapshot(p.startTime(), p.endTime(), i, DAILY_SNAPSHOT)));
      }
      return calls;
    });
  }

  /**
   * 4.17 Retrieve Daily Consumption Log on the GPF (GCS61): the daily samples the period spans; for
   * an unknown remote party the access control broker sends it. Not registered: the DUIS template's
   * period (2014-12-10 to 12-20, 11 samples) is not its RTDS scenario's (731 samples from 2014-12-22).
   */
  static GbzTransform dailyConsumptionLog() {
    return new GbzTransform("GCS61", EnumSet.of(DeviceType.GPF), request -> {
      Period p = period(request);
      return List.of(ZclCall.of(MeteringCommands.CLUSTER, new GetSampledData(DAILY_CONSUMPTION_SAMPLE_ID,
          p.startTime(), CONSUMPTION_DELIVERED, p.samples(DAY))));
    });
  }

  /** 4.8.1 Read Active Import Profile Data (GCS17): half-hour samples from the period start. */
  static GbzTransform profileData() {
    return new GbzTransform("GCS17", GSME, request -> {
      Period p = period(request);
      return List.of(ZclCall.of(MeteringCommands.CLUSTER, new GetSampledData(PROFILE_SAMPLE_ID, p.startTime(),
          CONSUMPTION_DELIVERED, p.samples(PROFILE_INTERVAL))));
    });
  }

  /**
   * 14.1 Record Network Data (GAS) (GCS31): start sampling the consumption every 6 minutes, now;
   * the access control broker sends it for the gas transporter.
   */
  static GbzTransform startNetworkDataLog() {
    return new GbzTransform("GCS31", GSME, request -> List.of(ZclCall.of(MeteringCommands.CLUSTER,
        new StartSampling(ZclTimes.issuerEventId(request), ZclUtcTime.NOW, CONSUMPTION_DELIVERED,
            (int) NETWORK_DATA_INTERVAL.toSeconds(), NETWORK_DATA_SAMPLES))));
  }

  /** 4.10 Read Network Data (GCS18): the 6-minute network samples the period spans. */
  static GbzTransform networkData() {
    return new GbzTransform("GCS18", GSME, request -> {
      Period p = period(request);
      return List.of(ZclCall.of(MeteringCommands.CLUSTER, new GetSampledData(NETWORK_DATA_SAMPLE_ID,
          NETWORK_DATA_EARLIEST, CONSUMPTION_DELIVERED, p.samples(NETWORK_DATA_INTERVAL))));
    });
  }
}
