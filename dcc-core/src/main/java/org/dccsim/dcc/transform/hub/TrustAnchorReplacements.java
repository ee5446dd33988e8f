package org.dccsim.dcc.transform.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.asn1.CellUsage;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.SeqNumberUsage;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.SpecialistSeqNumber;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TrustAnchorReplacement;
import org.dccsim.smki.RemotePartyRole;

/**
 * The trust anchor replacements of a CS02b / CS02g command from a DUIS element of replacement
 * certificates: the digital signing, key agreement and (suppliers only) prepayment top-up key
 * agreement certificate, each into its cell of the role, in that order.
 */
final class TrustAnchorReplacements {

  private TrustAnchorReplacements() {}

  static List<TrustAnchorReplacement> of(BodyElement certificates, RemotePartyRole role) throws RequestRefused {
    List<TrustAnchorReplacement> list = new ArrayList<>(3);
    add(list, certificates, "DigitalSigningCertificate", role, CertificateKeyUsage.DIGITAL_SIGNATURE,
        CellUsage.MANAGEMENT);
    add(list, certificates, "KeyAgreementCertificate", role, CertificateKeyUsage.KEY_AGREEMENT, CellUsage.MANAGEMENT);
    if (certificates.child("KeyAgreementTopUpCertificate").isPresent() && role != RemotePartyRole.SUPPLIER) {
      throw TransformValues.invalid(certificates.localName() + "/KeyAgreementTopUpCertificate",
          "absent: only a supplier has a prepayment top-up cell");
    }
    add(list, certificates, "KeyAgreementTopUpCertificate", role, CertificateKeyUsage.KEY_AGREEMENT,
        CellUsage.PREPAYMENT_TOP_UP);
    if (list.isEmpty()) {
      throw TransformValues.invalid(certificates.localName(), "at least one certificate");
    }
    return list;
  }

  /** The prepayment top-up floor as a specialist counter floor, if the request sets one. */
  static Optional<List<SpecialistSeqNumber>> topUpFloor(BodyElement body, String name) throws RequestRefused {
    var floor = CredentialValues.floor(body, name);
    return floor.isPresent()
        ? Optional.of(List.of(new SpecialistSeqNumber(SeqNumberUsage.PREPAYMENT_TOP_UP, floor.getAsLong())))
        : Optional.empty();
  }

  private static void add(List<TrustAnchorReplacement> list, BodyElement certificates, String name,
      RemotePartyRole role, CertificateKeyUsage usage, CellUsage cell) throws RequestRefused {
    var certificate = CredentialValues.optionalCertificate(certificates, name);
    if (certificate.isPresent()) {
      list.add(new TrustAnchorReplacement(certificate.get(), new TrustAnchorCellIdentifier(role, usage, cell)));
    }
  }
}
