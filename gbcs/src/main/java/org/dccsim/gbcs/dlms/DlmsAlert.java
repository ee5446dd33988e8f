package org.dccsim.gbcs.dlms;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A GBCS DLMS alert: the body of a Data-Notification, a structure of the 2-byte alert code
 * (long-unsigned, e.g. 0x8F66 future-dated command executed), the alert's date-time as a 12-byte
 * octet string, and the details that depend on the alert (none for the generic alerts; for
 * 8F66/8F67 the command's message code, counter and the attribute it changed; for 8F0A the billing
 * data log). All 62 DLMS alerts of RTDS 4.5.0 have this form. The alert code is what a DUIS
 * DeviceAlertMessage carries as AlertCode.
 */
public record DlmsAlert(int alertCode, CosemDateTime dateTime, List<DlmsData> details) {

  public DlmsAlert {
    Objects.requireNonNull(dateTime);
    details = List.copyOf(details);
    if (alertCode < 0 || alertCode > 0xFFFF) {
      throw new IllegalArgumentException("an alert code is 2 bytes: " + alertCode);
    }
  }

  /**
   * Reads the alert from a decoded Data-Notification; offsets in a refusal count from the
   * notification's tag.
   */
  public static DlmsAlert of(DataNotification notification) throws GbcsCodecException {
    int bodyOffset = 1 + 4 + 1 + (notification.dateTime().isPresent() ? CosemDateTime.LENGTH : 0);
    if (!(notification.body() instanceof Structure s) || s.elements().size() < 2) {
      throw new GbcsCodecException(bodyOffset, "an alert structure of alert code, date-time, details");
    }
    List<DlmsData> elements = s.elements();
    int at = bodyOffset + 2;
    if (!(elements.get(0) instanceof IntegerValue code)
        || code.type() != IntegerType.LONG_UNSIGNED) {
      throw new GbcsCodecException(at, "the alert code as long-unsigned (12)");
    }
    at += 3;
    if (!(elements.get(1) instanceof OctetString time)
        || time.value().length() != CosemDateTime.LENGTH) {
      throw new GbcsCodecException(at, "the alert date-time as an octet string of 12 bytes");
    }
    return new DlmsAlert(
        (int) code.value(),
        CosemDateTime.of(time.value().toByteArray()),
        elements.subList(2, elements.size()));
  }

  /** The notification body: the structure {@link #of} reads. */
  public DlmsData body() {
    List<DlmsData> elements = new ArrayList<>(2 + details.size());
    elements.add(DlmsData.longUnsigned(alertCode));
    elements.add(DlmsData.octetString(dateTime.toByteArray()));
    elements.addAll(details);
    return new Structure(elements);
  }

  /** The Data-Notification of this alert, without a date-time in the APDU (as RTDS sends them). */
  public DataNotification toNotification(long longInvokeIdAndPriority) {
    return new DataNotification(longInvokeIdAndPriority, Optional.empty(), body());
  }

  /** The alert code as DUIS writes it: four upper-case hex digits ("8F66"). */
  public String alertCodeHex() {
    return HexFormat.of().withUpperCase().toHexDigits((short) alertCode);
  }
}
