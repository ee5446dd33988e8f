package org.dccsim.dcc.transform.hub;

import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.CredentialsReplacementMode;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.AuthorisingRemotePartyControl;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * 6.21 Request Handover of DCC Controlled Device: a device whose supplier or network operator
 * cells hold the DCC's credentials is handed to the User. The DCC originates the CS02b command
 * (supplier by supplier, or network operator by network operator) through its access control
 * broker, authorised by the role's digital signing cell it holds, with the User's certificates as
 * replacements. DUIS schedules a future-dated request in the DCC ("DSP"), so the payload has no
 * execution date-time.
 */
final class HandoverTransform implements DeviceCommandTransform {

  private final Set<DeviceType> types;

  HandoverTransform(Set<DeviceType> types) {
    this.types = Set.copyOf(types);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    RemotePartyRole role = CredentialValues.role(body, "RemotePartyRole");
    CredentialsReplacementMode mode;
    if (role == RemotePartyRole.SUPPLIER) {
      mode = CredentialsReplacementMode.SUPPLIER_BY_SUPPLIER;
    } else if (role == RemotePartyRole.NETWORK_OPERATOR) {
      mode = CredentialsReplacementMode.NETWORK_OPERATOR_BY_NETWORK_OPERATOR;
    } else {
      throw TransformValues.invalid(body.localName() + "/RemotePartyRole", "Supplier or NetworkOperator, not " + role);
    }
    AuthorisingRemotePartyControl control = new AuthorisingRemotePartyControl(mode, Optional.empty(),
        CredentialValues.cpvChecks(body),
        Optional.of(TrustAnchorCellIdentifier.management(role, CertificateKeyUsage.DIGITAL_SIGNATURE)),
        request.requestId().counter(),
        CredentialValues.floor(body, "RemotePartyFloorSeqNumber"),
        TrustAnchorReplacements.topUpFloor(body, "RemotePartyPrepaymentTopUpFloorSeqNumber"),
        Optional.empty());
    UpdateSecurityCredentials.Command command = new UpdateSecurityCredentials.Command(control,
        TrustAnchorReplacements.of(TransformValues.child(body, "ReplacementCertificates"), role),
        CredentialValues.certificationPath(body), Optional.empty());
    return HubCommands.byDccParty(request, Eui64.DCC_ACCESS_CONTROL_BROKER, mode.messageCode(), command.toDer());
  }
}
