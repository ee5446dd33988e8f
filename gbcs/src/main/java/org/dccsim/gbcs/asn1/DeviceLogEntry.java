package org.dccsim.gbcs.asn1;

import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;

/** One entry of a Comms Hub or GPF device log: the device's entity identifier and type. */
public record DeviceLogEntry(Eui64 deviceId, GbcsDeviceType deviceType) {

  public DeviceLogEntry {
    Objects.requireNonNull(deviceId);
    Objects.requireNonNull(deviceType);
  }

  static DeviceLogEntry read(DerElement e) throws GbcsCodecException {
    return e.sequence(s -> new DeviceLogEntry(
        s.next("deviceId").eui64(), s.next("deviceType").integerCode(GbcsDeviceType.values(), 0, "device type")));
  }

  ASN1Encodable toAsn1() {
    return Der.sequence(Der.eui64(deviceId), Der.integer(deviceType.code()));
  }
}
