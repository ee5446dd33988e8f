package org.dccsim.dcc.transform.hub;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.RemotePartySeqNumberChange;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TimeBasedCpvChecks;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;

/**
 * 6.15.1 Update Security Credentials (KRP), critical: the User replaces its own trust anchors on
 * a meter, CS02b supplier by supplier (0x0102) or network operator by network operator (0x0103),
 * or, as supplier, those of the ESME's load controller, CS02g (0x0126), chosen by the request's
 * RemotePartyRole. The User's digital signing cell authorises the command and its request counter
 * is the authorising sequence number; the floor sequence numbers become the new party's (its own
 * change) or the load controller's (a change for another role). Future-dated or cancelled
 * commands carry the execution date-time in the payload.
 */
final class UpdateSecurityCredentialsTransform implements DeviceCommandTransform {

  private final Set<DeviceType> types;

  UpdateSecurityCredentialsTransform(Set<DeviceType> types) {
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
    OptionalLong floor = CredentialValues.floor(body, "RemotePartyFloorSeqNumber");
    var topUpFloor = TrustAnchorReplacements.topUpFloor(body, "RemotePartyPrepaymentTopUpFloorSeqNumber");
    BodyElement certificates = TransformValues.child(
        TransformValues.child(body, "ReplacementCertificates"), "SupplierOrNetworkOperatorCertificates");
    long counter = request.requestId().counter();
    Optional<TimeBasedCpvChecks> cpv = CredentialValues.cpvChecks(body);
    AuthorisingRemotePartyControl control;
    switch (role) {
      case SUPPLIER, NETWORK_OPERATOR -> {
        if (role == RemotePartyRole.NETWORK_OPERATOR && topUpFloor.isPresent()) {
          throw TransformValues.invalid(body.localName() + "/RemotePartyPrepaymentTopUpFloorSeqNumber",
              "absent for a network operator");
        }
        control = new AuthorisingRemotePartyControl(
            role == RemotePartyRole.SUPPLIER
                ? CredentialsReplacementMode.SUPPLIER_BY_SUPPLIER
                : CredentialsReplacementMode.NETWORK_OPERATOR_BY_NETWORK_OPERATOR,
            Optional.empty(), cpv,
            Optional.of(TrustAnchorCellIdentifier.management(role, CertificateKeyUsage.DIGITAL_SIGNATURE)),
            counter, floor, topUpFloor, Optional.empty());
      }
      case LOAD_CONTROLLER -> {
        if (request.device().type() != DeviceType.ESME) {
          throw TransformValues.invalid(body.localName() + "/RemotePartyRole",
              "Supplier or NetworkOperator: only an ESME has load controller credentials");
        }
        if (topUpFloor.isPresent()) {
          throw TransformValues.invalid(body.localName() + "/RemotePartyPrepaymentTopUpFloorSeqNumber",
              "absent for a load controller");
        }
        control = new AuthorisingRemotePartyControl(
            CredentialsReplacementMode.LOAD_CONTROLLER_BY_SUPPLIER, Optional.empty(), cpv,
            Optional.of(TrustAnchorCellIdentifier.management(
                RemotePartyRole.SUPPLIER, CertificateKeyUsage.DIGITAL_SIGNATURE)),
            counter, OptionalLong.empty(), Optional.empty(),
            floor.isPresent()
                ? Optional.of(List.of(new RemotePartySeqNumberChange(
                    RemotePartyRole.LOAD_CONTROLLER, floor.getAsLong(), Optional.empty())))
                : Optional.empty());
      }
      default -> throw TransformValues.invalid(body.localName() + "/RemotePartyRole",
          "Supplier, NetworkOperator or LoadController, not " + role);
    }
    UpdateSecurityCredentials.Command command = new UpdateSecurityCredentials.Command(control,
        TrustAnchorReplacements.of(certificates, role), CredentialValues.certificationPath(body),
        CredentialValues.executionDateTime(body));
    return HubCommands.byUser(request, control.mode().messageCode(), command.toDer());
  }
}
