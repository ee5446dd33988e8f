package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * An ESME command whose request body has no parameters, so GBCS fixes its every byte but the
 * header: e.g. activate emergency credit, reset the tariff block counters, disable the privacy PIN.
 */
final class FixedCommandTransform implements DeviceCommandTransform {

  private final int messageCode;
  private final List<AccessRequestSpec> specs;
  private final List<DlmsData> data;

  FixedCommandTransform(String useCase, List<AccessRequestSpec> specs, List<DlmsData> data) {
    if (specs.size() != data.size()) {
      throw new IllegalArgumentException("one data item per specification");
    }
    this.messageCode = EsmeReadRequests.messageCode(useCase);
    this.specs = List.copyOf(specs);
    this.data = List.copyOf(data);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) {
    return EsmeReadRequests.command(messageCode, request, specs, data);
  }
}
