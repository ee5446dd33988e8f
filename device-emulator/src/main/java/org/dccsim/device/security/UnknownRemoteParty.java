package org.dccsim.device.security;

import java.security.PublicKey;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;

/**
 * The unknown remote party (URP) of a command: a party the device holds no trust anchor for (a new
 * supplier before its credentials are placed, another User), for whom the ACB sends the command
 * with the party's key agreement certificate in the other-information. The device answers the
 * ACB, but encrypts sensitive values for the party's key, keyed by the device's own originator
 * counter, which the response header carries as the supplementary originator counter.
 *
 * <p>[?] Only the Read Prepayment Daily Read Log use cases (ECS21b, GCS16b: SRV 4.14, which a
 * gaining supplier may send before its credentials are placed) are answered so, whoever the party
 * is: the RTDS has URP variants of these two only, and answers a certificate-carrying GCS61 as an
 * ordinary command (the command's counter, no supplementary originator counter). The certificate
 * is taken as the ACB vouches for it; the device does not check its chain.
 *
 * @param counter the device's originator counter for this response
 */
public record UnknownRemoteParty(Eui64 party, PublicKey keyAgreementKey, long counter) {

  /** ECS21b and GCS16b, the use cases answered to a URP. */
  private static final Set<Integer> URP_USE_CASES = Set.of(0x0034, 0x0096);

  /** The URP of {@code command} to {@code device}: a URP use case whose command carries a party's certificate. */
  public static Optional<UnknownRemoteParty> of(VerifiedCommand command, EmulatedDevice device)
      throws CommandRejected {
    OtherInformation other = command.apdu().header().otherInformation();
    Optional<ByteSlice> certificate = other.keyAgreementCertificate();
    if (certificate.isEmpty() || other.supplementaryRemotePartyId().isEmpty()
        || !URP_USE_CASES.contains(other.messageCode())) {
      return Optional.empty();
    }
    PublicKey key;
    try {
      key = SmkiCertificate.fromDer(certificate.get().toByteArray()).publicKey();
    } catch (RuntimeException e) {
      throw new CommandRejected(CommandRejected.Reason.PAYLOAD_INVALID, "unreadable remote party certificate");
    }
    return Optional.of(new UnknownRemoteParty(other.supplementaryRemotePartyId().get(), key, device.alertCounter() + 1));
  }

  /** The ECDH secret of the device's key agreement key and the party's certificate key: not kept, a URP is rare. */
  public byte[] sharedSecret(EmulatedDevice device, DeviceServices services) {
    return services.ecdh().sharedSecret(device.ownPrivateKey(KeyUsage.KEY_AGREEMENT, services), keyAgreementKey);
  }

  /**
   * The response header: the command's, turned round, with the device's counter as the
   * supplementary originator counter; the device's originator counter moves on, as for an alert.
   */
  public GroupingHeader responseHeader(EmulatedDevice device, VerifiedCommand command, Optional<CosemDateTime> dateTime) {
    device.setAlertCounter(counter);
    GroupingHeader h = command.apdu().header().response(dateTime);
    OtherInformation o = h.otherInformation();
    return new GroupingHeader(h.cra(), h.originatorCounter(), h.originator(), h.recipient(), h.dateTime(),
        new OtherInformation(o.messageCode(), o.supplementaryRemotePartyId(), o.supplementaryRemotePartyCounter(),
            OptionalLong.of(counter), Optional.empty()));
  }
}
