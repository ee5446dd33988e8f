package org.dccsim.device.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.dccsim.device.CspRegion;
import org.junit.jupiter.api.Test;

class PremisesAddressTest {

  @Test
  void mpanCarriesTheRegionsDistributorAndAValidCheckDigit() {
    String mpan = PremisesAddress.mpan(1_234_567, CspRegion.NORTH);
    assertThat(mpan).hasSize(13).startsWith("160001234567");
    assertThat(PremisesAddress.isValidMpan(mpan)).isTrue();
    // worked by hand: 1*3 + 6*5 + 1*19 + 2*23 + 3*29 + 4*31 + 5*37 + 6*41 + 7*43 = 1041; mod 11 = 7
    assertThat(mpan).endsWith("7");
  }

  @Test
  void aChangedDigitFailsTheCheck() {
    String mpan = PremisesAddress.mpan(42, CspRegion.SOUTH);
    char wrong = mpan.charAt(5) == '9' ? '8' : (char) (mpan.charAt(5) + 1);
    assertThat(PremisesAddress.isValidMpan(mpan.substring(0, 5) + wrong + mpan.substring(6))).isFalse();
    assertThat(PremisesAddress.isValidMpan("12345")).isFalse();
  }

  @Test
  void uprnAndMprnAreDistinctPerPremisesAndFitDuis() {
    assertThat(PremisesAddress.uprn(0)).isEqualTo("900000000000");
    assertThat(PremisesAddress.uprn(7)).isNotEqualTo(PremisesAddress.uprn(8));
    assertThat(PremisesAddress.mprn(99_999_999)).hasSizeLessThanOrEqualTo(10);
  }
}
