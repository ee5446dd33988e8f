package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.ReadDeviceJoinDetails;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 8.9 Read Device Log on a meter: CS07 (0x0013), whose command is NULL. The registered supplier
 * or network operator originates it; anyone else (an Other User) reads through the access control
 * broker, named as supplementary remote party (RTDS CS07 SUCCESS and ERROR).
 */
final class ReadDeviceJoinDetailsTransform implements DeviceCommandTransform {

  private static final int CS07 = HubCommands.messageCode("CS07");
  private static final byte[] NULL_COMMAND = new ReadDeviceJoinDetails.Command().toDer();

  private final Set<DeviceType> types;

  ReadDeviceJoinDetailsTransform(Set<DeviceType> types) {
    this.types = Set.copyOf(types);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    return HubCommands.byUserOrOnItsBehalf(request, CS07, NULL_COMMAND);
  }
}
