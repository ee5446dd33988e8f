package org.dccsim.gbcs.usecase;

import static org.dccsim.gbcs.dlms.DlmsData.array;
import static org.dccsim.gbcs.dlms.DlmsData.enumValue;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.util.Objects;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.smki.Eui64;

/**
 * The protection parameters that GBCS puts in "data protection" (class 30) requests and responses
 * for sensitive readings: protection type 2 (encryption), transaction id 04 || counter (the KDF
 * mode byte of payload encryption and the originator counter), originator and recipient titles,
 * empty other-information, and key info "agreed key" with key parameter 02. The layout was read
 * from RTDS ECS17b; its field names follow the COSEM data protection class.
 */
public record DataProtectionParameters(long counter, Eui64 originator, Eui64 recipient) {

  private static final int ENCRYPTION = 2;
  private static final int AGREED_KEY = 2;
  private static final byte[] KEY_PARAMETER = {2};
  private static final int PAYLOAD_ENCRYPTION_MODE = 4;

  public DataProtectionParameters {
    Objects.requireNonNull(originator);
    Objects.requireNonNull(recipient);
  }

  /** array(1) of structure {protection type, protection options}. */
  public DlmsData toDlms() {
    byte[] transactionId = new byte[9];
    transactionId[0] = PAYLOAD_ENCRYPTION_MODE;
    for (int i = 0; i < 8; i++) {
      transactionId[1 + i] = (byte) (counter >>> (8 * (7 - i)));
    }
    DlmsData keyInfo =
        structure(enumValue(AGREED_KEY), structure(octetString(KEY_PARAMETER), octetString(new byte[0])));
    DlmsData options =
        structure(
            octetString(transactionId),
            octetString(originator.toBytes()),
            octetString(recipient.toBytes()),
            octetString(new byte[0]),
            keyInfo);
    return array(structure(enumValue(ENCRYPTION), options));
  }

  /** Reads back what {@link #toDlms()} writes; anything else is refused. */
  public static DataProtectionParameters fromDlms(String useCase, DlmsData data)
      throws UnexpectedPayloadException {
    if (data instanceof DlmsArray a
        && a.elements().size() == 1
        && a.elements().get(0) instanceof Structure entry
        && entry.elements().size() == 2
        && entry.elements().get(1) instanceof Structure options
        && options.elements().size() >= 3
        && options.elements().get(0) instanceof OctetString id
        && options.elements().get(1) instanceof OctetString from
        && options.elements().get(2) instanceof OctetString to
        && id.value().length() == 9
        && id.value().get(0) == PAYLOAD_ENCRYPTION_MODE
        && from.value().length() == 8
        && to.value().length() == 8) {
      long counter = 0;
      for (int i = 1; i < 9; i++) {
        counter = (counter << 8) | id.value().get(i);
      }
      DataProtectionParameters p = new DataProtectionParameters(
          counter, Eui64.fromBytes(from.value().toByteArray()), Eui64.fromBytes(to.value().toByteArray()));
      DlmsUseCaseSupport.requireEquals(useCase, "protection parameters", p.toDlms(), data);
      return p;
    }
    throw new UnexpectedPayloadException(useCase, "protection parameters", "GBCS data protection layout", data);
  }
}
