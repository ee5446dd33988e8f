package org.dccsim.device;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.gbz.GbzAlertBody;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.ZclUtcTime;

/**
 * How a device type writes the payload of a generic alert (GBCS GCA/GNCA: an alert code and the
 * time it was raised, nothing else): as a DLMS Data-Notification (ESME, Comms Hub), as a GBZ alert
 * (GSME, GPF), or not at all (devices with no such alerts).
 */
public enum AlertFormat {
  DLMS {
    @Override
    public Optional<byte[]> genericAlert(int alertCode, Instant at, long alertCounter) {
      DlmsAlert alert = new DlmsAlert(alertCode, DeviceTime.cosem(at), List.of());
      return Optional.of(DlmsCodec.encode(alert.toNotification(LongInvokeIdAndPriority.forCounter(alertCounter))));
    }
  },
  GBZ {
    @Override
    public Optional<byte[]> genericAlert(int alertCode, Instant at, long alertCounter) {
      return Optional.of(GbzCodec.encode(new GbzPayload.Alert(alertCode, ZclUtcTime.of(at), new GbzAlertBody.None())));
    }
  },
  NONE {
    @Override
    public Optional<byte[]> genericAlert(int alertCode, Instant at, long alertCounter) {
      return Optional.empty();
    }
  };

  /** The payload of a generic alert; empty for a device type that has none. */
  public abstract Optional<byte[]> genericAlert(int alertCode, Instant at, long alertCounter);
}
