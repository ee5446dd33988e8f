package org.dccsim.gbcs.asn1;

import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.RemotePartyRole;

/** GBCS RemotePartyRole INTEGER values: the SMKI roles bar DCC Boxed's XML-signing ones. */
final class RemotePartyRoles {

  private RemotePartyRoles() {}

  static RemotePartyRole read(DerElement e) throws GbcsCodecException {
    return e.integerCode(RemotePartyRoles::gbcsRole, "remote party role");
  }

  static RemotePartyRole gbcsRole(int code) {
    RemotePartyRole role = RemotePartyRole.fromCode(code).orElse(null);
    return role == RemotePartyRole.XML_SIGN || role == RemotePartyRole.DSP_XML_SIGN ? null : role;
  }

  static void requireGbcs(RemotePartyRole role) {
    if (gbcsRole(role.code()) == null) {
      throw new IllegalArgumentException(role + " is not a GBCS remote party role");
    }
  }
}
