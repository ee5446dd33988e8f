package org.dccsim.gbcs.alert;

import org.dccsim.gbcs.asn1.DerAlert;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzPayload;

/**
 * Reads the alert code of a device alert, whatever its payload: a DLMS data notification, a GBZ
 * alert, or an ASN.1 alert (credentials updates, firmware). DUIS reports it as the AlertCode of a
 * DeviceAlertMessage.
 */
public final class DeviceAlerts {

  private static final int DATA_NOTIFICATION = 0x0F;

  private DeviceAlerts() {}

  /** The 2-byte alert code (e.g. 0x8F20). */
  public static int alertCode(GeneralSigningApdu alert) throws GbcsCodecException {
    if (alert.cra() != CraFlag.ALERT) {
      throw new GbcsCodecException(0, "an alert (CRA flag 03), not a " + alert.cra());
    }
    ByteSlice content = alert.content();
    if (DerPayloadCodec.carriesDer(alert.messageCode())) {
      if (DerPayloadCodec.decode(alert).payload() instanceof DerAlert a) {
        return a.alertCode();
      }
      throw new GbcsCodecException(0, "an ASN.1 alert for message code " + String.format("0x%04X", alert.messageCode()));
    }
    if (content.length() > 0 && content.get(0) == DATA_NOTIFICATION) {
      return DlmsAlert.of(DlmsCodec.decodeDataNotification(content)).alertCode();
    }
    if (GbzCodec.decode(content) instanceof GbzPayload.Alert a) {
      return a.alertCode();
    }
    throw new GbcsCodecException(0, "a GBZ alert, not a use-case payload");
  }
}
