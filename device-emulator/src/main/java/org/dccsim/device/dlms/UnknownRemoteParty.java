package org.dccsim.device.dlms;

import java.security.PublicKey;
import java.util.Optional;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.SmkiCertificate;

/**
 * The unknown remote party (URP) of a command: a party the device holds no trust anchor for (a new
 * supplier before its credentials are placed), for whom the ACB sends the command with the party's
 * key agreement certificate in the other-information. The device answers the ACB, but encrypts
 * sensitive values for the party's key, keyed by the device's own originator counter, which the
 * response header carries as the supplementary originator counter (RTDS ECS21b URP).
 *
 * <p>[?] The certificate is taken as the ACB vouches for it; the device does not check its chain.
 *
 * @param counter the device's originator counter for this response
 */
public record UnknownRemoteParty(Eui64 party, PublicKey keyAgreementKey, long counter) {

  /** The URP of {@code command}, when its other-information carries a certificate. */
  public static Optional<UnknownRemoteParty> of(VerifiedCommand command, long counter) throws CosemAccessException {
    OtherInformation other = command.apdu().header().otherInformation();
    Optional<ByteSlice> certificate = other.keyAgreementCertificate();
    if (certificate.isEmpty() || other.supplementaryRemotePartyId().isEmpty()) {
      return Optional.empty();
    }
    PublicKey key;
    try {
      key = SmkiCertificate.fromDer(certificate.get().toByteArray()).publicKey();
    } catch (RuntimeException e) {
      throw new CosemAccessException(AccessResult.OTHER_REASON, "unreadable remote party certificate");
    }
    return Optional.of(new UnknownRemoteParty(other.supplementaryRemotePartyId().get(), key, counter));
  }

  /** The response's other-information: the party, its counter, and the device's counter instead of the certificate. */
  public OtherInformation responseInformation(OtherInformation command) {
    return new OtherInformation(command.messageCode(), command.supplementaryRemotePartyId(),
        command.supplementaryRemotePartyCounter(), java.util.OptionalLong.of(counter), Optional.empty());
  }
}
