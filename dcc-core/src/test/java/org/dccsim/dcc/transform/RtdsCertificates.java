package org.dccsim.dcc.transform;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * The public DUIS templates of CS02b/CS02g carry re-issued certificates (same subjects and keys,
 * new serials) where the RTDS has the originals; so do the unknown-remote-party reads (4.14, 4.17)
 * in KAPublicSecurityCredentials, which the RTDS command carries in other-information. To judge a
 * transform on the RTDS's scenario, the template's certificates are swapped, in order, for the
 * RTDS command's: its replacements, then its certification path; or the remote party's.
 */
final class RtdsCertificates {

  private static final Pattern CERTIFICATE =
      Pattern.compile("<sr:(\\w*Certificate|KAPublicSecurityCredentials)>([^<]+)</sr:\\1>");

  private RtdsCertificates() {}

  /**
   * The RTDS command's certificates when it is a credentials update or names an unknown remote
   * party; empty otherwise.
   */
  static Optional<List<EncodedCertificate>> of(GeneralSigningApdu rtdsCommand) {
    Optional<ByteSlice> remoteParty = rtdsCommand.header().otherInformation().keyAgreementCertificate();
    if (remoteParty.isPresent()) {
      return Optional.of(List.of(EncodedCertificate.of(remoteParty.get().toByteArray())));
    }
    try {
      if (!DerPayloadCodec.carriesDer(rtdsCommand.messageCode())
          || !(DerPayloadCodec.decode(rtdsCommand).payload() instanceof UpdateSecurityCredentials.Command c)) {
        return Optional.empty();
      }
      List<EncodedCertificate> all = new ArrayList<>();
      c.replacements().forEach(r -> all.add(r.certificate()));
      all.addAll(c.certificationPath());
      return Optional.of(all);
    } catch (GbcsCodecException e) {
      return Optional.empty();
    }
  }

  /** The request XML with its certificate elements holding these certificates, in order. */
  static String swapInto(String xml, List<EncodedCertificate> certificates) {
    Matcher m = CERTIFICATE.matcher(xml);
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (m.find()) {
      if (i == certificates.size()) {
        throw new AssertionError("the template has more certificates than the RTDS command");
      }
      String base64 = Base64.getEncoder().encodeToString(certificates.get(i++).der().toByteArray());
      m.appendReplacement(b, "<sr:" + m.group(1) + ">" + base64 + "</sr:" + m.group(1) + ">");
    }
    m.appendTail(b);
    if (i != certificates.size()) {
      throw new AssertionError("the template has " + i + " certificates, the RTDS command " + certificates.size());
    }
    return b.toString();
  }
}
