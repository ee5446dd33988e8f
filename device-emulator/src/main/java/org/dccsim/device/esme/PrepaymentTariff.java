package org.dccsim.device.esme;

import org.dccsim.gbcs.dlms.DlmsData;

/**
 * The tariff a population's prepayment meters start with, so that their credit runs down without
 * a supplier first sending ECS01a: a flat unit rate (TOU rate 1 of the price matrix), a daily
 * standing charge and the credit on the meter at installation. Prices are held at price scale -4
 * (1/100 p), so up to 327.67 p fits the price matrix's 16-bit prices.
 *
 * <p>[?] The default (25 p/kWh, 50 p/day, £10 of opening credit) is dccsim's, roughly a GB
 * prepayment tariff: the consumption model's meter uses about £3 a day, so credit runs out within
 * days of network time.
 */
public record PrepaymentTariff(double unitRatePence, double standingChargePence, double openingCreditPounds) {

  public static final PrepaymentTariff DEFAULT = new PrepaymentTariff(25, 50, 10);

  private static final int PRICE_SCALE = -4;
  private static final double MAX_PENCE = Short.MAX_VALUE / 100.0;

  public PrepaymentTariff {
    for (double pence : new double[] {unitRatePence, standingChargePence}) {
      if (!(pence >= 0 && pence <= MAX_PENCE)) {
        throw new IllegalArgumentException("a price is between 0 and " + MAX_PENCE + " pence, not " + pence);
      }
    }
    if (!(openingCreditPounds >= 0 && openingCreditPounds <= 20_000)) {
      throw new IllegalArgumentException("opening credit is between £0 and £20,000, not " + openingCreditPounds);
    }
  }

  /** What a meter stores of it, made once and shared by every meter (the values are immutable). */
  public Installed installed() {
    return new Installed(
        unitCharge(3, new byte[] {1}, unitRatePence),
        unitCharge(0, new byte[0], standingChargePence),
        EsmeObjectModel.s32(Math.round(openingCreditPounds * 100_000)));
  }

  private static DlmsData unitCharge(int commodityScale, byte[] index, double pence) {
    return DlmsData.structure(
        DlmsData.structure(DlmsData.integer(commodityScale), DlmsData.integer(PRICE_SCALE)),
        commodityScale == 0
            ? DlmsData.structure(DlmsData.longUnsigned(0), DlmsData.octetString(new byte[6]), DlmsData.integer(0))
            : DlmsData.structure(DlmsData.longUnsigned(3),
                DlmsData.octetString(new byte[] {1, 0, 1, 8, 0, (byte) 0xFF}), DlmsData.integer(2)),
        DlmsData.array(DlmsData.structure(DlmsData.octetString(index),
            new DlmsData.IntegerValue(org.dccsim.gbcs.dlms.IntegerType.LONG, Math.round(pence * 100)))));
  }

  /** The price matrix, standing charge and meter balance a prepayment meter is installed with. */
  public record Installed(DlmsData priceMatrix, DlmsData standingCharge, DlmsData meterBalance) {}
}
