package org.dccsim.dcc.transform.esme;

import static org.dccsim.gbcs.dlms.DlmsData.integer;
import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * Prices as the unit_charge attributes of the ESME's charge objects (class 113): {scaling
 * {commodity scale, price scale}, commodity {class, logical name, attribute}, charge table [{index,
 * price}]}. A standing charge or debt recovery rate has no commodity and one entry with an empty
 * index; a price matrix charges for the active import register in kWh (commodity scale 3 against
 * its Wh value) with one entry per TOU rate and block.
 */
final class UnitCharges {

  /** TOU rates of the primary element (indices 01..30 hex). */
  static final int PRIMARY_TOU_RATES = 48;
  /** Block tariffs of the primary element, each of up to four blocks (indices A1..D8). */
  static final int BLOCK_TARIFFS = 8;
  static final int BLOCKS = 4;
  static final int SECONDARY_TOU_RATES = 4;

  private static final int KWH_SCALE = 3;
  private static final DlmsData NO_COMMODITY = structure(longUnsigned(0), octetString(new byte[6]), integer(0));
  private static final DlmsData PRIMARY_IMPORT =
      structure(longUnsigned(3), octetString(new ObisCode(1, 0, 1, 8, 0, 255).toBytes()), integer(2));
  private static final DlmsData SECONDARY_IMPORT =
      structure(longUnsigned(3), octetString(new ObisCode(1, 20, 1, 8, 0, 255).toBytes()), integer(2));

  private UnitCharges() {}

  /** A single amount (standing charge, debt recovery rate) at the given price scale. */
  static DlmsData amount(long price, int priceScale) {
    return structure(structure(integer(0), integer(priceScale)), NO_COMMODITY,
        new DlmsArray(List.of(structure(octetString(new byte[0]), price(price)))));
  }

  /** The standing charge of ElectricityPriceElements. */
  static DlmsData standingCharge(BodyElement prices) throws RequestRefused {
    return amount(TransformValues.integer(prices, "StandingCharge", Short.MIN_VALUE, Short.MAX_VALUE),
        priceScale(prices, "StandingChargeScale"));
  }

  /**
   * The primary price matrix of ElectricityPriceElements: TOU prices 1..48, then block prices by
   * block (A..D) and block tariff (1..8); prices the request does not give are 0.
   */
  static DlmsData primaryPrices(BodyElement prices) throws RequestRefused {
    long[] tou = new long[PRIMARY_TOU_RATES];
    long[][] blocks = new long[BLOCKS][BLOCK_TARIFFS];
    BodyElement tariff = prices.child("TOUTariff")
        .or(() -> prices.child("BlockTariff"))
        .or(() -> prices.child("HybridTariff"))
        .orElseThrow(() -> TransformValues.invalid(
            "ElectricityPriceElements", "a TOUTariff, BlockTariff or HybridTariff"));
    boolean[] seen = new boolean[PRIMARY_TOU_RATES];
    for (BodyElement p : tariff.children("TOUPrice")) {
      int i = EsmeBodyValues.index(p, PRIMARY_TOU_RATES);
      requireOnce(seen, i, "TOUPrice");
      tou[i - 1] = EsmeBodyValues.integer(p, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    boolean[] seenTariff = new boolean[BLOCK_TARIFFS];
    for (BodyElement b : tariff.children("BlockPrices")) {
      int t = EsmeBodyValues.index(b, BLOCK_TARIFFS);
      requireOnce(seenTariff, t, "BlockPrices");
      boolean[] seenBlock = new boolean[BLOCKS];
      for (BodyElement p : b.children("BlockPrice")) {
        int block = EsmeBodyValues.index(p, BLOCKS);
        requireOnce(seenBlock, block, "BlockPrice");
        blocks[block - 1][t - 1] = EsmeBodyValues.integer(p, Short.MIN_VALUE, Short.MAX_VALUE);
      }
    }
    List<DlmsData> table = new ArrayList<>(PRIMARY_TOU_RATES + BLOCKS * BLOCK_TARIFFS);
    for (int i = 0; i < PRIMARY_TOU_RATES; i++) {
      table.add(entry(i + 1, tou[i]));
    }
    for (int block = 0; block < BLOCKS; block++) {
      for (int t = 0; t < BLOCK_TARIFFS; t++) {
        // block 1..4 is the high nibble A..D, the block tariff the low nibble
        table.add(entry(0xA0 + 0x10 * block + t + 1, blocks[block][t]));
      }
    }
    return structure(structure(integer(KWH_SCALE), integer(priceScale(prices, "PriceScale"))), PRIMARY_IMPORT,
        new DlmsArray(table));
  }

  /** The secondary element's four TOU prices (PriceSecondary); a price not given is 0. */
  static DlmsData secondaryPrices(BodyElement prices) throws RequestRefused {
    long[] tou = new long[SECONDARY_TOU_RATES];
    boolean[] seen = new boolean[SECONDARY_TOU_RATES];
    for (BodyElement p : prices.children("ElectricityPriceElement")) {
      int i = EsmeBodyValues.index(p, SECONDARY_TOU_RATES);
      requireOnce(seen, i, "ElectricityPriceElement");
      tou[i - 1] = EsmeBodyValues.integer(p, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    List<DlmsData> table = new ArrayList<>(SECONDARY_TOU_RATES);
    for (int i = 0; i < SECONDARY_TOU_RATES; i++) {
      table.add(entry(i + 1, tou[i]));
    }
    return structure(structure(integer(KWH_SCALE), integer(priceScale(prices, "PriceScale"))), SECONDARY_IMPORT,
        new DlmsArray(table));
  }

  static int priceScale(BodyElement parent, String name) throws RequestRefused {
    return (int) TransformValues.integer(parent, name, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  private static DlmsData entry(int index, long price) {
    return structure(octetString(new byte[] {(byte) index}), price(price));
  }

  private static DlmsData price(long price) {
    return new IntegerValue(IntegerType.LONG, price);
  }

  private static void requireOnce(boolean[] seen, int index, String element) throws RequestRefused {
    if (seen[index - 1]) {
      throw TransformValues.invalid(element, "each index once, not " + index + " twice");
    }
    seen[index - 1] = true;
  }
}
