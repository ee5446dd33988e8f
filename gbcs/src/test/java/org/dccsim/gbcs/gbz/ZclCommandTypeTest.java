package org.dccsim.gbcs.gbz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.gbz.PriceCommands.PublishBlockThresholds;
import org.dccsim.gbcs.gbz.PriceCommands.TierBlockThresholds;
import org.junit.jupiter.api.Test;

class ZclCommandTypeTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void oneLayoutDecodesWhatItEncodesIncludingATierAndCountPackedInOneByte() throws GbcsCodecException {
    PublishBlockThresholds thresholds = new PublishBlockThresholds(1, 2, new ZclUtcTime(3), 4, 0, 1, 0,
        List.of(new TierBlockThresholds(1, List.of(0x0102L, 0x0304L)), new TierBlockThresholds(2, List.of())));
    String hex = "01000000" + "02000000" + "03000000" + "04000000" + "000100"
        + "12" + "020100000000" + "040300000000" + "20";

    assertThat(HEX.formatHex(ZclCommandCodec.encode(thresholds))).isEqualTo(hex);
    assertThat(decode(PriceCommands.CLUSTER, ZclHeader.of(thresholds, 0, false), hex)).isEqualTo(thresholds);
  }

  @Test
  void theCommandIdAndDirectionComeFromTheType() {
    PublishBlockThresholds thresholds = new PublishBlockThresholds(0, 0, ZclUtcTime.NOW, 0, 0, 1, 0, List.of());

    assertThat(thresholds.commandId()).isEqualTo(0x06);
    assertThat(thresholds.serverToClient()).isTrue();
    assertThat(thresholds.clusterSpecific()).isTrue();
  }

  @Test
  void aCountBeyondThePayloadFailsAtTheFirstMissingEntry() {
    // Get Sampled Data Response announcing 65535 samples and carrying one.
    String hex = "0100" + "00000000" + "00" + "0a00" + "ffff" + "010203";
    ZclHeader header = new ZclHeader(ZclHeader.CLUSTER_SPECIFIC | ZclHeader.SERVER_TO_CLIENT, 0, 0x07);

    assertThatThrownBy(() -> decode(MeteringCommands.CLUSTER, header, hex))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(14))
        .hasMessageContaining("sample");
  }

  @Test
  void aClusterRefusesTwoCommandsWithOneIdInOneDirection() {
    ZclCommandType<PriceCommands.GetCurrentPrice> twin = ZclCommandType.toServer(0x00,
        f -> new PriceCommands.GetCurrentPrice(f.u8("command options", PriceCommands.GetCurrentPrice::commandOptions)));

    assertThatThrownBy(() -> ZclClusterCommands.of(PriceCommands.GetCurrentPrice.TYPE, twin))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ZclClusterCommands.of(PriceCommands.GetCurrentPrice.TYPE, PriceCommands.PublishPrice.TYPE)).isNotNull();
  }

  private static ZclCommand decode(int cluster, ZclHeader header, String hex) throws GbcsCodecException {
    return ZclCommandCodec.decode(cluster, header, ByteSlice.copyOf(HEX.parseHex(hex)));
  }
}
