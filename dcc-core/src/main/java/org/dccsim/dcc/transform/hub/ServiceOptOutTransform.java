package org.dccsim.dcc.transform.hub;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.CredentialsReplacementMode;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.AuthorisingRemotePartyControl;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * 8.5 Service Opt Out: the access control broker replaces its own credentials on the device with
 * the User's (CS02b ACB by ACB, 0x0104), so that the DCC no longer controls it. The ACB replacing
 * its own cells names no authorising cell; the request's ACB floor becomes the new party's. The
 * DCC holds the request until its execution date-time ("DSP"), so the payload has none.
 */
final class ServiceOptOutTransform implements DeviceCommandTransform {

  private final Set<DeviceType> types;

  ServiceOptOutTransform(Set<DeviceType> types) {
    this.types = Set.copyOf(types);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    AuthorisingRemotePartyControl control = new AuthorisingRemotePartyControl(
        CredentialsReplacementMode.ACCESS_CONTROL_BROKER_BY_ACB, Optional.empty(), CredentialValues.cpvChecks(body),
        Optional.empty(), request.requestId().counter(),
        OptionalLong.of(CredentialValues.requiredFloor(body, "ACBFloorSeqNumber")), Optional.empty(), Optional.empty());
    UpdateSecurityCredentials.Command command = new UpdateSecurityCredentials.Command(control,
        TrustAnchorReplacements.of(TransformValues.child(body, "ReplacementCertificates"),
            RemotePartyRole.ACCESS_CONTROL_BROKER),
        CredentialValues.certificationPath(body), Optional.empty());
    return HubCommands.byDccParty(request, Eui64.DCC_ACCESS_CONTROL_BROKER,
        CredentialsReplacementMode.ACCESS_CONTROL_BROKER_BY_ACB.messageCode(), command.toDer());
  }
}
