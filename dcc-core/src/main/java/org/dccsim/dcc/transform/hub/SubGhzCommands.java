package org.dccsim.dcc.transform.hub;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.usecase.GbcsCommands;

/**
 * The Comms Hub's Sub GHz use cases (DBCH01–05), DLMS commands the access control broker sends
 * on the User's behalf: the configuration (class 1, 0-0:94.44.10.0), the channel scan request
 * (10.1), the current channel (10.2) and the channel log (class 7, 0-0:94.44.10.3).
 */
final class SubGhzCommands {

  private static final Set<DeviceType> CHF = Set.of(DeviceType.CHF);
  private static final int DATA = 1;
  private static final int PROFILE_GENERIC = 7;
  private static final ObisCode CONFIGURATION = new ObisCode(0, 0, 94, 44, 10, 0);
  private static final ObisCode CHANNEL_SCAN = new ObisCode(0, 0, 94, 44, 10, 1);
  private static final ObisCode CHANNEL = new ObisCode(0, 0, 94, 44, 10, 2);
  private static final ObisCode CHANNEL_LOG = new ObisCode(0, 0, 94, 44, 10, 3);
  /** The time a range of the channel log is selected by: a data object (class 1), attribute 2. */
  private static final ObisCode CHANNEL_LOG_TIME = new ObisCode(0, 0, 94, 44, 100, 255);
  /** Log entries are stamped in seconds since 2000-01-01T00:00:00Z (RTDS DBCH02: 0x1C277880). */
  private static final Instant LOG_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
  private static final List<DlmsData> NO_DATA = List.of(DlmsData.nullData());

  /** The four channel masks: channel page in the top 5 bits (28–31), one bit per channel below. */
  private record ChannelPage(String element, int page, int firstChannel, int lastChannel) {}

  private static final List<ChannelPage> PAGES = List.of(
      new ChannelPage("LowerBandSubGHzChannels0To26", 28, 0, 26),
      new ChannelPage("LowerBandSubGHzChannels27To34", 29, 27, 34),
      new ChannelPage("LowerBandSubGHzChannels35To61", 30, 35, 61),
      new ChannelPage("UpperBandSubGHzChannels0To26", 31, 0, 26));

  private SubGhzCommands() {}

  /** 6.31 Read CHF Sub GHz Channel: DBCH01. */
  static OnBehalfCommandTransform readChannel() {
    return new OnBehalfCommandTransform("DBCH01", CHF, (request, body) ->
        GbcsCommands.dlmsPayload(
            request.dccCounter(), List.of(AccessRequestSpec.get(DATA, CHANNEL, 2)), NO_DATA));
  }

  /** 6.30 Read CHF Sub GHz Configuration: DBCH03. */
  static OnBehalfCommandTransform readConfiguration() {
    return new OnBehalfCommandTransform("DBCH03", CHF, (request, body) -> GbcsCommands.dlmsPayload(
        request.dccCounter(), List.of(AccessRequestSpec.get(DATA, CONFIGURATION, 2)), NO_DATA));
  }

  /** 6.29 Request CHF Sub GHz Channel Scan: DBCH05, writing 0 to the scan request. */
  static OnBehalfCommandTransform requestChannelScan() {
    return new OnBehalfCommandTransform("DBCH05", CHF, (request, body) -> GbcsCommands.dlmsPayload(
        request.dccCounter(), List.of(AccessRequestSpec.set(DATA, CHANNEL_SCAN, 2)),
        List.of(DlmsData.unsigned(0))));
  }

  /**
   * 6.32 Read CHF Sub GHz Channel Log: DBCH02, the log's buffer by a range of the time it is
   * kept against (class 1, 0-0:94.44.100.255, attribute 2) over the ReadLogPeriod, all columns.
   */
  static OnBehalfCommandTransform readChannelLog() {
    return new OnBehalfCommandTransform("DBCH02", CHF, (request, body) -> {
      BodyElement period = TransformValues.child(body, "ReadLogPeriod");
      DlmsData range = DlmsData.structure(
          DlmsData.structure(DlmsData.longUnsigned(DATA), DlmsData.octetString(CHANNEL_LOG_TIME.toBytes()),
              DlmsData.integer(2), DlmsData.longUnsigned(0)),
          logTime(period, "StartDateTime"), logTime(period, "EndDateTime"), DlmsData.array());
      AccessRequestSpec spec = new AccessRequestSpec(AccessSpecKind.GET_WITH_SELECTION,
          new CosemDescriptor(PROFILE_GENERIC, CHANNEL_LOG, 2),
          Optional.of(new AccessRequestSpec.SelectiveAccess(1, range)));
      return GbcsCommands.dlmsPayload(request.dccCounter(), List.of(spec), NO_DATA);
    });
  }

  /** 6.28 Set CHF Sub GHz Configuration: DBCH04, the whole configuration structure. */
  static OnBehalfCommandTransform setConfiguration() {
    return new OnBehalfCommandTransform("DBCH04", CHF, (request, body) -> {
      DlmsData[] fields = new DlmsData[15];
      for (int i = 0; i < PAGES.size(); i++) {
        fields[i] = channelMask(body, PAGES.get(i));
      }
      fields[4] = DlmsData.longUnsigned(hundredths(body, "NormalLimitedDutyCycleThreshold", "0.5", "2.0", 1));
      fields[5] = DlmsData.longUnsigned(hundredths(body, "LimitedCriticalDutyCycleThreshold", "1.6", "2.4", 1));
      fields[6] = DlmsData.unsigned(bounded(body, "MaximumSubGHzChannelChangesPerWeek", 1, 7));
      fields[7] = DlmsData.longUnsigned(bounded(body, "GSMECurfew", 2, 0xFFFF));
      fields[8] = DlmsData.unsigned(bounded(body, "ChannelQuieterThreshold", 1, 255));
      fields[9] = DlmsData.unsigned(bounded(body, "ChannelNoisierThreshold", 0, 20));
      fields[10] = DlmsData.longUnsigned(hundredths(body, "NonGSMEPoorCommsPercentageThreshold", "1.00", "100.00", 2));
      fields[11] = DlmsData.unsigned(bounded(body, "NonGSMEPoorCommsMeasurementPeriods", 50, 150));
      fields[12] = DlmsData.longUnsigned(bounded(body, "LocalCHNoiseMeasurementPeriod", 61, 0xFFFF));
      fields[13] = DlmsData.longUnsigned(hundredths(body, "LocalCHFailurePercentage", "1.00", "100.00", 2));
      fields[14] = DlmsData.longUnsigned(hundredths(body, "LocalCHRetryPercentage", "1.00", "100.00", 2));
      return GbcsCommands.dlmsPayload(request.dccCounter(),
          List.of(AccessRequestSpec.set(DATA, CONFIGURATION, 2)), List.of(DlmsData.structure(fields)));
    });
  }

  private static DlmsData channelMask(BodyElement body, ChannelPage page) throws RequestRefused {
    BodyElement channels = TransformValues.child(body, page.element());
    int mask = page.page() << 27;
    for (BodyElement c : channels.children()) {
      String name = c.localName();
      int channel = -1;
      if (name.startsWith("Channel")) {
        try {
          channel = Integer.parseInt(name.substring("Channel".length()));
        } catch (NumberFormatException e) {
          channel = -1;
        }
      }
      if (channel < page.firstChannel() || channel > page.lastChannel()) {
        throw TransformValues.invalid(page.element() + "/" + name,
            "Channel" + page.firstChannel() + " to Channel" + page.lastChannel());
      }
      mask |= 1 << (channel - page.firstChannel());
    }
    byte[] bits = {(byte) (mask >>> 24), (byte) (mask >>> 16), (byte) (mask >>> 8), (byte) mask};
    return new DlmsData.BitString(32, ByteSlice.copyOf(bits));
  }

  /** A decimal of the schema's range and precision, sent in hundredths (RTDS: 1.3 as 130, 60.00 as 6000). */
  private static int hundredths(BodyElement body, String name, String min, String max, int fractionDigits)
      throws RequestRefused {
    String t = TransformValues.text(body, name);
    BigDecimal v;
    try {
      v = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw TransformValues.invalid(body.localName() + "/" + name, "a decimal, not '" + t + "'");
    }
    if (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0
        || v.stripTrailingZeros().scale() > fractionDigits) {
      throw TransformValues.invalid(body.localName() + "/" + name,
          min + " to " + max + " with " + fractionDigits + " fraction digits, not " + t);
    }
    return v.movePointRight(2).intValueExact();
  }

  private static int bounded(BodyElement body, String name, int min, int max) throws RequestRefused {
    long v = TransformValues.integer(body, name);
    if (v < min || v > max) {
      throw TransformValues.invalid(body.localName() + "/" + name, min + " to " + max + ", not " + v);
    }
    return (int) v;
  }

  private static DlmsData logTime(BodyElement period, String name) throws RequestRefused {
    long seconds = TransformValues.dateTime(period, name).getEpochSecond() - LOG_EPOCH.getEpochSecond();
    if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
      throw TransformValues.invalid("ReadLogPeriod/" + name, "a date-time from 2000 to 2136");
    }
    return new DlmsData.IntegerValue(IntegerType.DOUBLE_LONG_UNSIGNED, seconds);
  }
}
