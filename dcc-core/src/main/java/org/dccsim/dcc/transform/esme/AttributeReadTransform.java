package org.dccsim.dcc.transform.esme;

import java.util.List;
import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * An ESME read that GBCS fixes completely: a get of each of a list of attributes (registers,
 * configuration, tariff tables), nothing taken from the request body but who asks and when.
 */
final class AttributeReadTransform implements DeviceCommandTransform {

  private final int messageCode;
  private final List<AccessRequestSpec> specs;
  private final List<DlmsData> data;

  AttributeReadTransform(String useCase, List<CosemDescriptor> attributes) {
    this.messageCode = EsmeReadRequests.messageCode(useCase);
    this.specs = EsmeReadRequests.gets(attributes);
    this.data = EsmeReadRequests.nulls(specs.size());
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
