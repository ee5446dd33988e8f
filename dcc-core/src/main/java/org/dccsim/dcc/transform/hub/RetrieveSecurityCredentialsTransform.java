package org.dccsim.dcc.transform.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * 6.24.1 Retrieve Device Security Credentials (KRP): the access control broker asks the device
 * for its trust anchors of the requested roles, authenticated by its key agreement cell (the
 * command has a MAC only). CS02a (0x0008), or CS02f (0x011B) when the load controller's are asked
 * for: [?] the templates differ only there, and CS02f came with the load controller role.
 */
final class RetrieveSecurityCredentialsTransform implements DeviceCommandTransform {

  private static final int CS02A = HubCommands.messageCode("CS02a");
  private static final int CS02F = HubCommands.messageCode("CS02f");
  private static final TrustAnchorCellIdentifier ACB_KEY_AGREEMENT = TrustAnchorCellIdentifier.management(
      RemotePartyRole.ACCESS_CONTROL_BROKER, CertificateKeyUsage.KEY_AGREEMENT);

  private final Set<DeviceType> types;

  RetrieveSecurityCredentialsTransform(Set<DeviceType> types) {
    this.types = Set.copyOf(types);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    List<RemotePartyRole> roles = new ArrayList<>();
    for (BodyElement role : body.children("RemotePartyRole")) {
      roles.add(CredentialValues.role(role.text().trim(), body.localName() + "/RemotePartyRole"));
    }
    if (roles.isEmpty()) {
      throw TransformValues.invalid(body.localName() + "/RemotePartyRole", "present");
    }
    int messageCode = roles.contains(RemotePartyRole.LOAD_CONTROLLER) ? CS02F : CS02A;
    return HubCommands.byDccParty(request, Eui64.DCC_ACCESS_CONTROL_BROKER, messageCode,
        new ProvideSecurityCredentialDetails.Command(ACB_KEY_AGREEMENT, roles).toDer());
  }
}
