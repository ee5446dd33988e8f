package org.dccsim.device.esme;

import java.time.Instant;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * What the energy a prepayment meter imported between two times costs at its active price matrix
 * (0-0:19.20.0.255, attribute 5): each stretch at the TOU rate the active calendar gives it
 * ({@link TouSplit}) at that rate's price, plus the energy each block took ({@link BlockSplit}) at
 * that block's price. The RTDS price matrix holds 80 prices indexed by one byte: 0x01..0x30 the
 * 48 TOU rates, 0xA1..0xD8 blocks 1 to 4 (high nibble A..D) of TOU rates 1 to 8 (low nibble); its
 * TOU tariff sets only TOU prices and its block tariff only block prices.
 *
 * <p>[?] Both parts are charged, so a "TOU with blocks" tariff pays the sum; blocks 5 to 8 of the
 * block split pay block 4's price. The block part is computed only when a block price is set (it
 * walks the block period so far).
 */
final class EnergyCharge {

  static final ObisCode PRICE_MATRIX = Obis.of("0-0:19.20.0.255");
  private static final int TOU_PRICES = TouSplit.TOU_RATES;
  private static final int BLOCK_PRICES = 4;

  private EnergyCharge() {}

  /** The cost in 10^-5 pounds of the energy imported from {@code from} to {@code to}; 0 without a tariff. */
  static long between(Esme esme, CosemEngine<Esme> engine, Instant from, Instant to) {
    Prices prices = Prices.of(engine.stored(esme, PRICE_MATRIX, 5));
    if (prices == null || !to.isAfter(from)) {
      return 0;
    }
    long[] whAtRate = new long[TOU_PRICES + 1];
    TouSplit.walk(esme, engine, from.getEpochSecond(), to.getEpochSecond(), (rate, a, b) ->
        whAtRate[Math.min(Math.max(rate, 1), TOU_PRICES)] += esme.activeImportWh(Instant.ofEpochSecond(b))
            - esme.activeImportWh(Instant.ofEpochSecond(a)));
    long sum = 0;
    for (int r = 1; r <= TOU_PRICES; r++) {
      sum += whAtRate[r] * prices.tou[r];
    }
    if (prices.anyBlockPrice) {
      long[] before = BlockSplit.registers(esme, engine, from);
      long[] after = BlockSplit.registers(esme, engine, to);
      for (int rate = 1; rate <= BlockSplit.RATES; rate++) {
        for (int block = 1; block <= BlockSplit.BLOCKS; block++) {
          int i = (rate - 1) * BlockSplit.BLOCKS + (block - 1);
          sum += (after[i] - before[i]) * prices.block[Math.min(block, BLOCK_PRICES)][rate];
        }
      }
    }
    return PrepaymentSettlement.scaled(sum, prices.commodityScale, prices.priceScale);
  }

  /** The price matrix's prices by index, and its scales; null when it holds none. */
  private record Prices(long[] tou, long[][] block, boolean anyBlockPrice, int commodityScale, int priceScale) {

    static Prices of(DlmsData unitCharge) {
      if (!(unitCharge instanceof Structure u) || u.elements().size() != 3
          || !(u.elements().get(0) instanceof Structure scales) || scales.elements().size() != 2
          || !(scales.elements().get(0) instanceof IntegerValue commodity)
          || !(scales.elements().get(1) instanceof IntegerValue price)
          || !(u.elements().get(2) instanceof DlmsArray entries) || entries.elements().isEmpty()) {
        return null;
      }
      long[] tou = new long[TOU_PRICES + 1];
      long[][] block = new long[BLOCK_PRICES + 1][BlockSplit.RATES + 1];
      boolean anyBlock = false;
      for (DlmsData e : entries.elements()) {
        if (!(e instanceof Structure s) || s.elements().size() != 2
            || !(s.elements().get(1) instanceof IntegerValue p)) {
          continue;
        }
        int index = s.elements().get(0) instanceof OctetString o && o.value().length() == 1 ? o.value().get(0) & 0xFF
            : -1;
        int b = (index >> 4) - 0x9;
        int r = index & 0x0F;
        if (index >= 1 && index <= TOU_PRICES) {
          tou[index] = p.value();
        } else if (b >= 1 && b <= BLOCK_PRICES && r >= 1 && r <= BlockSplit.RATES) {
          block[b][r] = p.value();
          anyBlock |= p.value() != 0;
        } else if (index == -1 && tou[1] == 0) {
          tou[1] = p.value(); // an unindexed price (a flat tariff): rate 1's
        }
      }
      return new Prices(tou, block, anyBlock, (int) commodity.value(), (int) price.value());
    }
  }
}
