package org.dccsim.gbcs.inspect;

import java.util.List;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.DataNotification;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.GbzAlertBody;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.usecase.DataProtectionParameters;
import org.dccsim.gbcs.usecase.UnexpectedPayloadException;

/**
 * Finds the encrypted parts of a decoded payload: in DLMS, the octet string that follows GBCS data
 * protection parameters in a structure and holds the security header 31, ciphertext and tag
 * (protected-attribute responses, protected alerts); in GBZ, the encrypted components, in use-case
 * payloads and in alerts that carry components.
 */
final class EncryptedParts {

  /** One encrypted part: DLMS sealed bytes, or a GBZ component. */
  sealed interface Part permits DlmsSealed, GbzSealed {}

  record DlmsSealed(ByteSlice sealed) implements Part {}

  record GbzSealed(GbzComponent component) implements Part {}

  private static final int MINIMUM = SensitivePayloadCipher.HEADER_LENGTH + 12;

  private EncryptedParts() {}

  static void collect(Object payload, List<Part> out) {
    if (payload instanceof AccessResponse r) {
      r.data().forEach(d -> dlms(d, out));
    } else if (payload instanceof AccessRequest r) {
      r.data().forEach(d -> dlms(d, out));
    } else if (payload instanceof DataNotification n) {
      dlms(n.body(), out);
    } else if (payload instanceof GbzPayload.UseCase u) {
      gbz(u.components(), out);
    } else if (payload instanceof GbzPayload.Alert a && a.body() instanceof GbzAlertBody.Components c) {
      gbz(c.components(), out);
    }
  }

  private static void gbz(List<GbzComponent> components, List<Part> out) {
    for (GbzComponent c : components) {
      if (c.content() instanceof GbzComponent.Encrypted) {
        out.add(new GbzSealed(c));
      }
    }
  }

  private static void dlms(DlmsData d, List<Part> out) {
    if (d instanceof DlmsData.Structure s) {
      List<DlmsData> e = s.elements();
      for (int i = 0; i < e.size(); i++) {
        if (i + 1 < e.size()
            && isProtectionParameters(e.get(i))
            && e.get(i + 1) instanceof DlmsData.OctetString o
            && o.value().length() >= MINIMUM
            && o.value().get(0) == SensitivePayloadCipher.SECURITY_CONTROL) {
          out.add(new DlmsSealed(o.value()));
          i++;
        } else {
          dlms(e.get(i), out);
        }
      }
    } else if (d instanceof DlmsData.DlmsArray a) {
      a.elements().forEach(e -> dlms(e, out));
    }
  }

  private static boolean isProtectionParameters(DlmsData d) {
    try {
      DataProtectionParameters.fromDlms("protected attributes", d);
      return true;
    } catch (UnexpectedPayloadException notThem) {
      return false;
    }
  }
}
