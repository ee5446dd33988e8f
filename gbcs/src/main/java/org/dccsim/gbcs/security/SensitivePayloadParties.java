package org.dccsim.gbcs.security;

import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;

/**
 * The originator, counter and recipient that key a sensitive payload (KDF mode 04). The recipient
 * is the supplementary remote party when the message names one (a response relayed through the
 * ACB is still encrypted for the User who asked), and the counter is the supplementary
 * originator counter when present (URP); otherwise both come from the grouping header. Checked
 * on every encrypted GBZ component of RTDS 4.5.0.
 */
public record SensitivePayloadParties(Eui64 originator, long counter, Eui64 recipient) {

  public static SensitivePayloadParties of(GroupingHeader header) {
    OtherInformation other = header.otherInformation();
    return new SensitivePayloadParties(
        header.originator(),
        other.supplementaryOriginatorCounter().orElse(header.originatorCounter()),
        other.supplementaryRemotePartyId().orElse(header.recipient()));
  }
}
