package org.dccsim.smki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemotePartyRoleTest {

  @Test
  void mapsEveryCodeBothWays() {
    int[] codes = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x7F, 0x87, 0x89};
    RemotePartyRole[] roles = RemotePartyRole.values();

    assertThat(roles).hasSameSizeAs(codes);
    for (int i = 0; i < codes.length; i++) {
      assertThat(roles[i].code()).isEqualTo(codes[i]);
      assertThat(RemotePartyRole.fromCode(codes[i])).contains(roles[i]);
    }
  }

  @Test
  void unassignedAndOutOfRangeCodesHaveNoRole() {
    assertThat(RemotePartyRole.fromCode(0x09)).isEmpty();
    assertThat(RemotePartyRole.fromCode(0x88)).isEmpty();
    assertThat(RemotePartyRole.fromCode(-1)).isEmpty();
    assertThat(RemotePartyRole.fromCode(256)).isEmpty();
  }

  @Test
  void writesTheOrganisationalUnitInUpperCaseAndFileNamesInLowerCase() {
    assertThat(RemotePartyRole.OTHER.organisationalUnit()).isEqualTo("7F");
    assertThat(RemotePartyRole.OTHER.hex()).isEqualTo("7f");
    assertThat(RemotePartyRole.SUPPLIER.organisationalUnit()).isEqualTo("02");
    assertThat(RemotePartyRole.DSP_XML_SIGN.hex()).isEqualTo("89");
  }
}
