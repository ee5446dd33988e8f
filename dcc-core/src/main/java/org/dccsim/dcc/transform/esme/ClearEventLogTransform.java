package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 3.3 Clear Event Log on an ESME: reset (method 1) of the event log, ECS15a, or with
 * ESMEEventLogType ALCS of the auxiliary load control switch event log, ECS15c. The security log
 * cannot be cleared remotely.
 */
final class ClearEventLogTransform implements DeviceCommandTransform {

  private static final int PROFILE_CLASS = 7;
  private static final int RESET = 1;
  private static final List<DlmsData> DATA = List.of(DlmsData.integer(0));
  private static final List<AccessRequestSpec> EVENT_LOG =
      List.of(AccessRequestSpec.action(PROFILE_CLASS, new ObisCode(0, 0, 99, 98, 0, 255), RESET));
  private static final List<AccessRequestSpec> ALCS_EVENT_LOG =
      List.of(AccessRequestSpec.action(PROFILE_CLASS, new ObisCode(0, 17, 99, 98, 2, 255), RESET));

  private final int eventLogCode = EsmeReadRequests.messageCode("ECS15a");
  private final int alcsEventLogCode = EsmeReadRequests.messageCode("ECS15c");

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    // absent, the ESME's own event log is meant (the element exists to choose the ALCS log)
    String log = TransformValues.optionalText(TransformValues.body(request), "ESMEEventLogType").orElse("ESME");
    switch (log) {
      case "ESME":
        return EsmeReadRequests.command(eventLogCode, request, EVENT_LOG, DATA);
      case "ALCS":
        return EsmeReadRequests.command(alcsEventLogCode, request, ALCS_EVENT_LOG, DATA);
      default:
        throw TransformValues.invalid("ClearEventLog/ESMEEventLogType", "ESME or ALCS, not '" + log + "'");
    }
  }
}
