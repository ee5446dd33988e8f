package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.11 Synchronise Clock and 8.1.1 Commission Device (critical) on an ESME → ECS70 (and
 * ECS70Commission, the same command): on the clock 0-0:1.0.0.255, set the clock base, preset an
 * adjustment to the device's own time (preset time unspecified) valid from CurrentDateTime for
 * TolerancePeriod seconds, adjust to it, and read back the time and the clock status.
 */
final class SynchroniseClockTransform implements DeviceCommandTransform {

  private static final ObisCode CLOCK = new ObisCode(0, 0, 1, 0, 0, 255);
  private static final int TIME = 2;
  private static final int STATUS = 4;
  private static final int CLOCK_BASE = 9;
  private static final int ADJUST_TO_PRESET_TIME = 4;
  private static final int PRESET_ADJUSTING_TIME = 5;
  /** The clock base GBCS sets (enum 5, as RTDS 4.5.0 has it). */
  private static final int GBCS_CLOCK_BASE = 5;
  private static final int MAX_TOLERANCE_SECONDS = 86_400;

  private final DlmsUseCaseCommand command = DlmsUseCaseCommand.of("ECS70");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    Instant now = TransformValues.dateTime(body, "CurrentDateTime");
    long tolerance = TransformValues.integer(body, "TolerancePeriod", 0, MAX_TOLERANCE_SECONDS);
    DlmsData preset = DlmsData.structure(
        DlmsData.octetString(EsmeDateTimes.unspecified()),
        DlmsData.octetString(EsmeDateTimes.dateTime(now)),
        DlmsData.octetString(EsmeDateTimes.dateTime(now.plusSeconds(tolerance))));
    return command.build(request, new AccessRequestContent()
        .set(CosemClassIds.CLOCK, CLOCK, CLOCK_BASE, DlmsData.enumValue(GBCS_CLOCK_BASE))
        .action(CosemClassIds.CLOCK, CLOCK, PRESET_ADJUSTING_TIME, preset)
        .action(CosemClassIds.CLOCK, CLOCK, ADJUST_TO_PRESET_TIME, DlmsData.integer(0))
        .get(CosemClassIds.CLOCK, CLOCK, TIME)
        .get(CosemClassIds.CLOCK, CLOCK, STATUS));
  }
}
