package org.dccsim.gbcs.inspect;

import java.util.List;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.security.SensitivePayloadCipher;

/**
 * Finds the encrypted parts of a decoded payload: in DLMS, the octet strings that carry a
 * sensitive-payload security header (31 and a 4-byte invocation counter) followed by ciphertext
 * and a 12-byte tag, as the protected-attribute responses of GBCS do.
 */
final class EncryptedParts {

  private static final int MINIMUM = SensitivePayloadCipher.HEADER_LENGTH + 12;

  private EncryptedParts() {}

  static void collect(Object payload, List<ByteSlice> out) {
    if (payload instanceof AccessResponse r) {
      r.data().forEach(d -> dlms(d, out));
    } else if (payload instanceof AccessRequest r) {
      r.data().forEach(d -> dlms(d, out));
    }
  }

  private static void dlms(DlmsData d, List<ByteSlice> out) {
    if (d instanceof DlmsData.Structure s) {
      s.elements().forEach(e -> dlms(e, out));
    } else if (d instanceof DlmsData.DlmsArray a) {
      a.elements().forEach(e -> dlms(e, out));
    } else if (d instanceof DlmsData.OctetString o) {
      ByteSlice v = o.value();
      if (v.length() >= MINIMUM && v.get(0) == SensitivePayloadCipher.SECURITY_CONTROL) {
        out.add(v);
      }
    }
  }
}
