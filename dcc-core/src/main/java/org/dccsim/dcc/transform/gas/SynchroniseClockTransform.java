package org.dccsim.dcc.transform.gas;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.CommandOriginator;
import org.dccsim.dcc.transform.GbzTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.11 Synchronise Clock and 8.1.1 Commission Device (GSME): GCS28, whose payload is not GBZ but
 * a DER SEQUENCE of two GeneralizedTimes, the window in which the GSME accepts the new time: from
 * CurrentDateTime to CurrentDateTime + TolerancePeriod (seconds).
 */
final class SynchroniseClockTransform implements DeviceCommandTransform {

  private static final int MESSAGE_CODE = GbzTransform.messageCode("GCS28");
  private static final DateTimeFormatter GENERALIZED_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int SEQUENCE = 0x30;
  private static final int GENERALIZED_TIME_TAG = 0x18;

  @Override
  public Set<DeviceType> targetTypes() {
    return EnumSet.of(DeviceType.GSME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    Instant from = TransformValues.dateTime(body, "CurrentDateTime");
    long tolerance = TransformValues.integer(body, "TolerancePeriod", 0, 0xFFFFFFFFL);
    byte[] start = generalizedTime(from, "CurrentDateTime");
    byte[] end = generalizedTime(from.plusSeconds(tolerance), "TolerancePeriod");
    ByteWriter w = new ByteWriter(2 + 2 * 17);
    w.u8(SEQUENCE).u8(4 + start.length + end.length)
        .u8(GENERALIZED_TIME_TAG).u8(start.length).bytes(start)
        .u8(GENERALIZED_TIME_TAG).u8(end.length).bytes(end);
    return CommandOriginator.of(request, MESSAGE_CODE).command(request, MESSAGE_CODE, w.toByteArray());
  }

  private static byte[] generalizedTime(Instant t, String element) throws RequestRefused {
    if (t.getNano() != 0 || t.atOffset(ZoneOffset.UTC).getYear() > 9999) {
      throw TransformValues.invalid(element, "a time in whole seconds before year 10000");
    }
    return GENERALIZED_TIME.format(t).getBytes(StandardCharsets.US_ASCII);
  }
}
