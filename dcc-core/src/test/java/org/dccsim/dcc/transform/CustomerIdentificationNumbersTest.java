package org.dccsim.dcc.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CINs are four decimal digits, and the DCC's default draws them unpredictably. */
class CustomerIdentificationNumbersTest {

  @Test
  void aCinIsFourDecimalDigitsWithLeadingZeros() {
    assertThat(CustomerIdentificationNumber.of(7).digits()).isEqualTo("0007");
    assertThat(CustomerIdentificationNumber.of(9999).ascii()).containsExactly('9', '9', '9', '9');
    for (String bad : new String[] {"123", "12345", "12a4", "\u0661\u0662\u0663\u0664"}) {
      assertThatThrownBy(() -> new CustomerIdentificationNumber(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> CustomerIdentificationNumber.of(10_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultSourceSpreadsItsCinsOverAllTenThousand() {
    CustomerIdentificationNumbers cins = CustomerIdentificationNumbers.unpredictable();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      seen.add(cins.next().digits());
    }
    // 2000 draws of 10,000 values give about 1,810 distinct ones; fewer than 1,600 has odds below 1e-19 (McDiarmid)
    assertThat(seen).hasSizeGreaterThan(1600);
  }
}
