package org.dccsim.device.esme;

import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;

/** UTRNs the bench's supplier mints for our meters, with its key agreement key (the anchors hold no prepayment key). */
final class OurUtrns {

  private OurUtrns() {}

  /** A UTRN of {@code value} for {@code meter} with the counter whose upper half is {@code upperCounter}. */
  static ByteSlice mint(RtdsDeviceBench bench, Eui64 meter, Utrn.ValueClass valueClass, int value, long upperCounter) {
    return mint(bench, meter, valueClass, value, upperCounter, RtdsDeviceBench.SUPPLIER);
  }

  /** The same, its MAC computed as {@code originator} would: a wrong MAC unless it is the supplier. */
  static ByteSlice mint(RtdsDeviceBench bench, Eui64 meter, Utrn.ValueClass valueClass, int value, long upperCounter,
      Eui64 originator) {
    byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(
        bench.organisationKey(originator, KeyUsage.KEY_AGREEMENT), bench.ourDeviceKey(meter, KeyUsage.KEY_AGREEMENT));
    return Utrn.ascii(Utrn.mint(valueClass, value, upperCounter << 32, RtdsDeviceBench.SUPPLIER, meter, z));
  }
}
