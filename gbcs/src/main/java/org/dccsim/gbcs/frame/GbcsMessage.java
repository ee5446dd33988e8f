package org.dccsim.gbcs.frame;

import java.util.Objects;
import java.util.Optional;

/**
 * One GBCS message as it travels between DCC and device: a General-Signing APDU, either bare (DF
 * ...) or wrapped in General-Ciphering (DD ...) with a 12-byte MAC.
 */
public record GbcsMessage(GeneralSigningApdu apdu, Optional<ByteSlice> mac) {

  public static final int MAC_LENGTH = 12;

  public GbcsMessage {
    Objects.requireNonNull(apdu, "apdu");
    Objects.requireNonNull(mac, "mac");
    if (mac.isPresent() && mac.get().length() != MAC_LENGTH) {
      throw new IllegalArgumentException("a GBCS MAC is 12 bytes, not " + mac.get().length());
    }
  }

  public static GbcsMessage unwrapped(GeneralSigningApdu apdu) {
    return new GbcsMessage(apdu, Optional.empty());
  }

  public static GbcsMessage wrapped(GeneralSigningApdu apdu, byte[] mac) {
    return new GbcsMessage(apdu, Optional.of(ByteSlice.copyOf(mac)));
  }

  public boolean isMacProtected() {
    return mac.isPresent();
  }
}
