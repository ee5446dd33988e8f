package org.dccsim.device;

import java.security.PublicKey;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;

/**
 * How a meter accepts a UTRN (GBCS 14), the same for the ESME and the GSME: the digits must read
 * (check digit, PTUT), the MAC must be the supplier's, and the counter must be new. The PTUT
 * carries only the low 10 bits of the counter's upper half, so the meter takes the first counter
 * above its last that ends in them; the UTRN of the last counter again is a duplicate.
 *
 * <p>The MAC key is agreed with the supplier's prepayment top-up key where the supplier's anchor
 * holds one, else with its key agreement key [?: a model without the prepayment cell]. What the
 * meter does with an accepted top-up (its credit, its own limits, its counter) is the caller's:
 * this class changes no state.
 */
public final class UtrnAcceptance {

  private static final long MAX_UPPER_COUNTER = 0xFFFF_FFFFL;
  private static final long TRUNCATION = 0x400;

  private UtrnAcceptance() {}

  /** Why a UTRN was taken or refused. */
  public enum Verdict {
    ACCEPTED,
    /** Unreadable digits, no supplier anchor, a wrong MAC, or the counter exhausted. */
    INVALID,
    /** The UTRN of the last accepted counter. */
    DUPLICATE
  }

  /**
   * @param utrn the parsed UTRN; null when the digits did not read
   * @param counter the upper half of the UTRN counter the meter keeps once it applies the top-up
   *     (meaningful when accepted)
   */
  public record Result(Verdict verdict, Utrn utrn, long counter) {

    public boolean accepted() {
      return verdict == Verdict.ACCEPTED;
    }

    static Result refused(Verdict verdict, Utrn utrn) {
      return new Result(verdict, utrn, -1);
    }
  }

  /**
   * Checks {@code digits} for {@code meter}, whose last accepted counter's upper half is
   * {@code lastCounter} (0 before the first top-up).
   */
  public static Result check(EmulatedDevice meter, ByteSlice digits, long lastCounter, DeviceServices services) {
    Utrn utrn;
    try {
      utrn = Utrn.parse(digits);
    } catch (GbcsCodecException e) {
      return Result.refused(Verdict.INVALID, null);
    }
    Optional<TrustAnchor> supplier = meter.anchors().forRole(RemotePartyRole.SUPPLIER);
    if (supplier.isEmpty()
        || supplier.get().prepaymentKey() == null && supplier.get().keyAgreementKey() == null) {
      return Result.refused(Verdict.INVALID, utrn);
    }
    TrustAnchor anchor = supplier.get();
    byte[] z = sharedSecret(meter, anchor, services);
    if (utrn.truncatedCounter() == (lastCounter & 0x3FF)
        && utrn.verifies(lastCounter << 32, anchor.party(), meter.id(), z)) {
      return Result.refused(Verdict.DUPLICATE, utrn);
    }
    long upper = (lastCounter & ~0x3FFL) | utrn.truncatedCounter();
    if (upper <= lastCounter) {
      upper += TRUNCATION;
    }
    if (upper > MAX_UPPER_COUNTER || !utrn.verifies(upper << 32, anchor.party(), meter.id(), z)) {
      return Result.refused(Verdict.INVALID, utrn);
    }
    return new Result(Verdict.ACCEPTED, utrn, upper);
  }

  /**
   * The secret of the meter's key agreement key with the supplier's prepayment key, agreed on each
   * top-up (top-ups are rare, so it is not cached), or the cached one with the supplier's KA key.
   */
  private static byte[] sharedSecret(EmulatedDevice meter, TrustAnchor supplier, DeviceServices services) {
    PublicKey prepayment = supplier.prepaymentKey();
    if (prepayment == null) {
      return meter.sharedSecret(supplier, services);
    }
    return services.ecdh().sharedSecret(meter.ownPrivateKey(KeyUsage.KEY_AGREEMENT, services), prepayment);
  }
}
