package org.dccsim.gbcs.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;

/**
 * A UTRN (GBCS section 14): the 20-digit top-up code of a prepayment meter. The first 19 digits
 * are the PPTD, 7394156990786306048 plus the 64-bit PTUT; the last is a Verhoeff check digit
 * with GBCS's own tables (14.8). The PTUT's upper half is 7 zero bits, the low 10 bits of the
 * top-up counter's upper half (top-up counters, like the GBCS command counter that carries a
 * remote top-up, live in the upper 32 bits), the value class (pennies or pounds) and a 13-bit
 * value; its lower half is the last 4 bytes of a 16-byte GMAC over 11 00 00 00 00 00 ||
 * originator || target || 01 || counter || PTUT upper half, keyed by the GBCS KDF (command mode)
 * from the supplier's prepayment top-up KA key and the meter's KA key.
 */
public record Utrn(int truncatedCounter, ValueClass valueClass, int value, long mac) {

  /** How a UTRN's value counts money. */
  public enum ValueClass {
    PENNIES,
    POUNDS
  }

  public static final int DIGITS = 20;
  public static final int MAX_VALUE = 0x1FFF;

  private static final long PPTD_BASE = 7394156990786306048L;
  private static final int[][] PERMUTATION = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  private static final int[][] MULTIPLICATION = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  /** GBCS's inverse table, which is not the textbook Verhoeff one. */
  private static final int[] INVERSE = {1, 2, 6, 7, 5, 8, 3, 0, 9, 4};
  private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(Utrn::newCipher);

  public Utrn {
    Objects.requireNonNull(valueClass);
    if (truncatedCounter < 0 || truncatedCounter > 0x3FF || value < 0 || value > MAX_VALUE
        || mac < 0 || mac > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a PTUT holds a 10-bit counter, a 13-bit value and a 32-bit MAC");
    }
  }

  /**
   * Reads a UTRN from its digits (as a top-up code carries them: ASCII).
   *
   * @throws GbcsCodecException when it is not 20 digits, its check digit is wrong or the PPTD is
   *     not a PTUT (offset: the digit at fault)
   */
  public static Utrn parse(ByteSlice digits) throws GbcsCodecException {
    if (digits.length() != DIGITS) {
      throw new GbcsCodecException(0, "a UTRN of 20 digits, not " + digits.length() + " bytes");
    }
    long pptd = 0;
    for (int i = 0; i < DIGITS - 1; i++) {
      int d = digit(digits.get(i), i);
      if (pptd > (Long.MAX_VALUE - d) / 10) {
        throw new GbcsCodecException(i, "a PPTD below 2^63");
      }
      pptd = pptd * 10 + d;
    }
    int check = digit(digits.get(DIGITS - 1), DIGITS - 1);
    if (check != checkDigit(Long.toString(pptd))) {
      throw new GbcsCodecException(DIGITS - 1, "check digit " + checkDigit(Long.toString(pptd)) + ", not " + check);
    }
    long ptut = pptd - PPTD_BASE;
    if (ptut < 0 || (ptut >>> 57) != 0) {
      throw new GbcsCodecException(0, "a PPTD from 7394156990786306048 with the PTUT's top 7 bits zero");
    }
    int high = (int) (ptut >>> 32);
    int valueClass = (high >>> 13) & 0x3;
    if (valueClass > 1) {
      throw new GbcsCodecException(0, "value class 00 (pennies) or 01 (pounds), not " + Integer.toBinaryString(valueClass));
    }
    return new Utrn((high >>> 15) & 0x3FF, ValueClass.values()[valueClass], high & MAX_VALUE, ptut & 0xFFFF_FFFFL);
  }

  /**
   * A UTRN for {@code value} and {@code counter} (whose upper 32 bits the PTUT carries), MACed
   * with the shared secret of the supplier's prepayment top-up KA key and the meter's KA key.
   */
  public static String mint(
      ValueClass valueClass, int value, long counter, Eui64 originator, Eui64 target, byte[] sharedSecret) {
    Utrn unsigned = new Utrn((int) ((counter >>> 32) & 0x3FF), valueClass, value, 0);
    Utrn utrn = new Utrn(unsigned.truncatedCounter, valueClass, value,
        unsigned.expectedMac(counter, originator, target, sharedSecret));
    String pptd = Long.toString(PPTD_BASE + utrn.ptut());
    return pptd + checkDigit(pptd);
  }

  /** The 64-bit PTUT. */
  public long ptut() {
    return ((long) ptutHigh() << 32) | mac;
  }

  /**
   * Whether the MAC is the one the supplier computes for this top-up with the full counter
   * {@code counter}, and the counter's upper half ends in the truncated counter.
   */
  public boolean verifies(long counter, Eui64 originator, Eui64 target, byte[] sharedSecret) {
    return ((counter >>> 32) & 0x3FF) == truncatedCounter && expectedMac(counter, originator, target, sharedSecret) == mac;
  }

  /** The value in the meter's currency units, {@code unitsPerPound} of them to the pound. */
  public long amount(long unitsPerPound) {
    return valueClass == ValueClass.POUNDS ? value * unitsPerPound : value * unitsPerPound / 100;
  }

  /** The digits as a top-up code carries them. */
  public static ByteSlice ascii(String utrn) {
    return ByteSlice.copyOf(utrn.getBytes(StandardCharsets.US_ASCII));
  }

  private int ptutHigh() {
    return truncatedCounter << 15 | valueClass.ordinal() << 13 | value;
  }

  private long expectedMac(long counter, Eui64 originator, Eui64 target, byte[] sharedSecret) {
    byte[] aad = new byte[6 + 8 + 8 + 1 + 8 + 4];
    aad[0] = 0x11;
    originator.writeTo(aad, 6);
    target.writeTo(aad, 14);
    aad[22] = 0x01;
    for (int i = 0; i < 8; i++) {
      aad[23 + i] = (byte) (counter >>> (56 - 8 * i));
    }
    int high = ptutHigh();
    for (int i = 0; i < 4; i++) {
      aad[31 + i] = (byte) (high >>> (24 - 8 * i));
    }
    byte[] key = MessageKeyDerivation.key(sharedSecret, originator, KdfMode.COMMAND, counter, target);
    byte[] tag;
    try {
      Cipher c = GCM.get();
      SecretKeySpec k = new SecretKeySpec(key, "AES");
      GCMParameterSpec spec = new GCMParameterSpec(128, MessageKeyDerivation.iv(originator));
      try {
        c.init(Cipher.ENCRYPT_MODE, k, spec);
      } catch (InvalidAlgorithmParameterException sameKeyAndIvAsLastTime) {
        c = newCipher();
        GCM.set(c);
        c.init(Cipher.ENCRYPT_MODE, k, spec);
      }
      c.updateAAD(aad);
      tag = c.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
    return (tag[12] & 0xFFL) << 24 | (tag[13] & 0xFFL) << 16 | (tag[14] & 0xFFL) << 8 | (tag[15] & 0xFFL);
  }

  /** GBCS 14.8's Verhoeff check digit of {@code digits}. */
  static int checkDigit(String digits) {
    int check = 0;
    int k = 4;
    for (int j = 0; j < digits.length(); j++) {
      check = MULTIPLICATION[check][PERMUTATION[k][digits.charAt(j) - '0']];
      k = (k + 1) % 8;
    }
    return INVERSE[check];
  }

  private static int digit(int b, int at) throws GbcsCodecException {
    if (b < '0' || b > '9') {
      throw new GbcsCodecException(at, String.format("a decimal digit, not byte %02X", b));
    }
    return b - '0';
  }

  private static Cipher newCipher() {
    try {
      // the 16-byte tag GBCS truncates differently here than AesGcm's 12-byte MAC tags
      return Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }
}
