package org.dccsim.dcc.transform.hub;

import java.time.Instant;
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
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;

/**
 * 6.23 Update Security Credentials (CoS): on a change of supplier the DCC's transitional change
 * of supplier party originates CS02b supplier by TransCoS (0x0107), authorised by its digital
 * signing cell, placing the gaining supplier's certificates and setting the supplier's counter
 * floors as a change for another role. A future-dated request carries its execution date-time.
 *
 * <p>[?] A cancellation carries no counter floors (RTDS 6.23 CANCELLATION, unlike the User's own
 * CS02b cancellations): the DCC builds it only to cancel the command it scheduled.
 */
final class ChangeOfSupplierCredentialsTransform implements DeviceCommandTransform {

  private final Set<DeviceType> types;

  ChangeOfSupplierCredentialsTransform(Set<DeviceType> types) {
    this.types = Set.copyOf(types);
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    Optional<Instant> execution = CredentialValues.executionDateTime(body);
    boolean cancellation = execution.equals(Optional.of(CredentialValues.GBCS_CANCELLATION));
    long floor = CredentialValues.requiredFloor(body, "SupplierFloorSeqNumber");
    var topUpFloor = TrustAnchorReplacements.topUpFloor(body, "SupplierPrepaymentTopUpFloorSeqNumber");
    AuthorisingRemotePartyControl control = new AuthorisingRemotePartyControl(
        CredentialsReplacementMode.SUPPLIER_BY_TRANSITIONAL_COS, Optional.empty(), CredentialValues.cpvChecks(body),
        Optional.of(TrustAnchorCellIdentifier.management(
            RemotePartyRole.TRANSITIONAL_COS, CertificateKeyUsage.DIGITAL_SIGNATURE)),
        request.requestId().counter(), OptionalLong.empty(), Optional.empty(),
        cancellation
            ? Optional.empty()
            : Optional.of(List.of(new RemotePartySeqNumberChange(RemotePartyRole.SUPPLIER, floor, topUpFloor))));
    UpdateSecurityCredentials.Command command = new UpdateSecurityCredentials.Command(control,
        TrustAnchorReplacements.of(TransformValues.child(body, "SupplierReplacementCertificates"),
            RemotePartyRole.SUPPLIER),
        CredentialValues.certificationPath(body), execution);
    return HubCommands.byDccParty(request, DccParties.TRANSITIONAL_COS,
        CredentialsReplacementMode.SUPPLIER_BY_TRANSITIONAL_COS.messageCode(), command.toDer());
  }
}
