package org.dccsim.dcc.transform.esme;

import java.util.ArrayList;
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
 * 4.10 Read Network Data on an ESME → ECS23 (single phase) or ECS23b (polyphase, ESME variant C):
 * per phase, the average RMS voltage counters (value and scaler-unit of 1-0:x.32.0.4 and x.36.0.4)
 * and the average RMS voltage profile (1-0:x.24.0.255) captured within the ReadLogPeriod, with its
 * capture period; x is 32, 52, 72 for phases 1, 2, 3. For an unknown remote party the access
 * control broker sends it ({@link EsmeReadRequests#logCommand}).
 */
final class VoltageOperationalDataTransform implements DeviceCommandTransform {

  private static final int REGISTER = 3;
  private static final int PROFILE = 7;
  private static final int[] PHASES = {32, 52, 72};

  private final int messageCode;
  private final int phases;

  VoltageOperationalDataTransform(boolean polyphase) {
    this.messageCode = EsmeReadRequests.messageCode(polyphase ? "ECS23b" : "ECS23");
    this.phases = polyphase ? 3 : 1;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    LogReadPeriod period = LogReadPeriod.read(TransformValues.body(request));
    List<AccessRequestSpec> specs = new ArrayList<>(6 * phases);
    for (int p = 0; p < phases; p++) {
      int c = PHASES[p];
      ObisCode belowLimit = new ObisCode(1, 0, c, 32, 0, 4);
      ObisCode aboveLimit = new ObisCode(1, 0, c, 36, 0, 4);
      ObisCode profile = new ObisCode(1, 0, c, 24, 0, 255);
      specs.add(AccessRequestSpec.get(REGISTER, belowLimit, 2));
      specs.add(AccessRequestSpec.get(REGISTER, belowLimit, 3));
      specs.add(AccessRequestSpec.get(REGISTER, aboveLimit, 2));
      specs.add(AccessRequestSpec.get(REGISTER, aboveLimit, 3));
      specs.add(LogRangeReadTransform.bufferWithin(profile, period));
      specs.add(AccessRequestSpec.get(PROFILE, profile, 4)); // capture period
    }
    List<DlmsData> data = EsmeReadRequests.nulls(specs.size());
    return EsmeReadRequests.logCommand(messageCode, request, specs, data);
  }
}
