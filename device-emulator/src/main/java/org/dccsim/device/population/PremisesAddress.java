package org.dccsim.device.population;

import org.dccsim.device.CspRegion;

/**
 * The identifiers of a population's premises, made from its index so that nothing is stored: the
 * UPRN, the import MPAN of its electricity meter and the MPRN of its gas meter. They are unique
 * within a population and recognisably synthetic (UPRNs from 900000000000, MPRNs from 7000000000).
 */
public final class PremisesAddress {

  /** The MPAN check digit weights, one per digit of the first twelve. */
  private static final int[] MPAN_PRIMES = {3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43};

  private static final long UPRN_BASE = 900_000_000_000L;
  private static final long MPRN_BASE = 7_000_000_000L;

  private PremisesAddress() {}

  /** A 12-digit UPRN. */
  public static String uprn(long premises) {
    return Long.toString(UPRN_BASE + premises);
  }

  /**
   * A 13-digit MPAN core: the region's distributor ID, ten digits from the index, and the check
   * digit (the first twelve digits weighted by the primes 3..43, summed, modulo 11, modulo 10).
   */
  public static String mpan(long premises, CspRegion region) {
    String first12 = distributorId(region) + String.format("%010d", premises);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * MPAN_PRIMES[i];
    }
    return first12 + (sum % 11 % 10);
  }

  /** Whether a 13-digit MPAN core's check digit is right. */
  public static boolean isValidMpan(String mpan) {
    if (mpan.length() != 13 || !mpan.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (mpan.charAt(i) - '0') * MPAN_PRIMES[i];
    }
    return sum % 11 % 10 == mpan.charAt(12) - '0';
  }

  /** A 10-digit MPRN (no check digits: GB MPRNs carry none that a DCC checks). */
  public static String mprn(long premises) {
    return Long.toString(MPRN_BASE + premises);
  }

  /** One distribution network per CSP region: North West, West Midlands, London. */
  private static String distributorId(CspRegion region) {
    return switch (region) {
      case NORTH -> "16";
      case CENTRAL -> "14";
      case SOUTH -> "12";
    };
  }
}
