package org.dccsim.device.gsme;

import static org.dccsim.gbcs.gbz.ZclValue.BITMAP16;
import static org.dccsim.gbcs.gbz.ZclValue.BITMAP8;
import static org.dccsim.gbcs.gbz.ZclValue.CHARACTER_STRING;
import static org.dccsim.gbcs.gbz.ZclValue.ENUM8;
import static org.dccsim.gbcs.gbz.ZclValue.INT32;
import static org.dccsim.gbcs.gbz.ZclValue.OCTET_STRING;
import static org.dccsim.gbcs.gbz.ZclValue.UINT16;
import static org.dccsim.gbcs.gbz.ZclValue.UINT24;
import static org.dccsim.gbcs.gbz.ZclValue.UINT32;
import static org.dccsim.gbcs.gbz.ZclValue.UINT48;
import static org.dccsim.gbcs.gbz.ZclValue.UINT8;

import org.dccsim.device.zcl.ZclAttribute;
import org.dccsim.device.zcl.ZclAttributeRef;
import org.dccsim.device.zcl.ZclDevice;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * The ZCL attributes of gas metering that GBCS use cases read and write (ZigBee SE 1.4 Basic,
 * Price, Metering and Prepayment clusters), with their data types and the defaults a new meter
 * has. The GSME holds them; the GPF holds its copy of the same.
 */
public final class GasAttributes {

  public static final int BASIC = 0x0000;
  public static final int PRICE = 0x0700;
  public static final int METERING = 0x0702;
  public static final int PREPAYMENT = 0x0705;

  // Metering
  public static final ZclAttributeRef CURRENT_SUMMATION_DELIVERED = new ZclAttributeRef(METERING, 0x0000);
  public static final ZclAttributeRef SUPPLY_STATUS = new ZclAttributeRef(METERING, 0x0014);
  public static final ZclAttributeRef UNIT_OF_MEASURE = new ZclAttributeRef(METERING, 0x0300);
  public static final ZclAttributeRef MULTIPLIER = new ZclAttributeRef(METERING, 0x0301);
  public static final ZclAttributeRef DIVISOR = new ZclAttributeRef(METERING, 0x0302);
  public static final ZclAttributeRef UNCONTROLLED_FLOW_THRESHOLD = new ZclAttributeRef(METERING, 0x0B10);
  // Prepayment
  public static final ZclAttributeRef PAYMENT_CONTROL_CONFIGURATION = new ZclAttributeRef(PREPAYMENT, 0x0000);
  public static final ZclAttributeRef CREDIT_REMAINING = new ZclAttributeRef(PREPAYMENT, 0x0001);
  public static final ZclAttributeRef EMERGENCY_CREDIT_REMAINING = new ZclAttributeRef(PREPAYMENT, 0x0002);
  public static final ZclAttributeRef ACCUMULATED_DEBT = new ZclAttributeRef(PREPAYMENT, 0x0005);
  public static final ZclAttributeRef OVERALL_DEBT_CAP = new ZclAttributeRef(PREPAYMENT, 0x0006);
  public static final ZclAttributeRef EMERGENCY_CREDIT_LIMIT = new ZclAttributeRef(PREPAYMENT, 0x0010);
  public static final ZclAttributeRef EMERGENCY_CREDIT_THRESHOLD = new ZclAttributeRef(PREPAYMENT, 0x0011);
  public static final ZclAttributeRef MAX_CREDIT_LIMIT = new ZclAttributeRef(PREPAYMENT, 0x0021);
  public static final ZclAttributeRef MAX_CREDIT_PER_TOP_UP = new ZclAttributeRef(PREPAYMENT, 0x0022);
  public static final ZclAttributeRef LOW_CREDIT_WARNING_LEVEL = new ZclAttributeRef(PREPAYMENT, 0x0031);
  public static final ZclAttributeRef CUT_OFF_VALUE = new ZclAttributeRef(PREPAYMENT, 0x0040);
  // Price
  public static final ZclAttributeRef THRESHOLD_MULTIPLIER = new ZclAttributeRef(PRICE, 0x0202);
  public static final ZclAttributeRef THRESHOLD_DIVISOR = new ZclAttributeRef(PRICE, 0x0203);
  public static final ZclAttributeRef STANDING_CHARGE = new ZclAttributeRef(PRICE, 0x0301);
  public static final ZclAttributeRef CONVERSION_FACTOR = new ZclAttributeRef(PRICE, 0x0302);
  public static final ZclAttributeRef CONVERSION_FACTOR_TRAILING_DIGIT = new ZclAttributeRef(PRICE, 0x0303);
  public static final ZclAttributeRef CALORIFIC_VALUE = new ZclAttributeRef(PRICE, 0x0304);
  public static final ZclAttributeRef CALORIFIC_VALUE_UNIT = new ZclAttributeRef(PRICE, 0x0305);
  public static final ZclAttributeRef CALORIFIC_VALUE_TRAILING_DIGIT = new ZclAttributeRef(PRICE, 0x0306);
  public static final ZclAttributeRef TARIFF_UNIT_OF_MEASURE = new ZclAttributeRef(PRICE, 0x0615);
  public static final ZclAttributeRef CURRENCY = new ZclAttributeRef(PRICE, 0x0616);
  public static final ZclAttributeRef PRICE_TRAILING_DIGIT = new ZclAttributeRef(PRICE, 0x0617);

  /** Supply status values (Metering 0014). */
  public static final int SUPPLY_OFF = 0;
  public static final int SUPPLY_ARMED = 1;
  public static final int SUPPLY_ON = 2;

  /** ISO 4217 numeric code of the pound sterling. */
  public static final int GBP = 826;

  private GasAttributes() {}

  /** The block threshold {@code n} (1-based) of block tariffs (Price 0100 + n - 1). */
  public static ZclAttributeRef blockThreshold(int n) {
    return new ZclAttributeRef(PRICE, 0x0100 + n - 1);
  }

  /**
   * The price of a tier and block (Price 0400 + 16 × tier + block - 1): tier 0 for block
   * tariffs, block 1 for time-of-use tiers.
   */
  public static ZclAttributeRef price(int tier, int block) {
    return new ZclAttributeRef(PRICE, 0x0400 + 16 * tier + block - 1);
  }

  /** An attribute of debt {@code n} (1..3) of the Prepayment debt set (0210 + 16 × (n - 1) + offset). */
  public static ZclAttributeRef debt(int n, int offset) {
    return new ZclAttributeRef(PREPAYMENT, 0x0200 + 16 * n + offset);
  }

  /** Debt attribute offsets within a debt's block. */
  public static final int DEBT_AMOUNT = 0x1;
  public static final int DEBT_RECOVERY_METHOD = 0x2;
  public static final int DEBT_RECOVERY_START_TIME = 0x3;
  public static final int DEBT_RECOVERY_COLLECTION_TIME = 0x4;
  public static final int DEBT_RECOVERY_FREQUENCY = 0x6;
  public static final int DEBT_RECOVERY_AMOUNT = 0x7;
  public static final int DEBT_RECOVERY_TOP_UP_PERCENTAGE = 0x9;

  /**
   * Adds the gas attributes to {@code model}; {@code summation} computes the consumption
   * register (the GSME's from its model, the GPF's from its copy).
   */
  public static <D extends ZclDevice> ZclEngine.Builder<D> define(
      ZclEngine.Builder<D> model, ZclAttribute.Computed<D> summation) {
    model
        .attribute(BASIC, 0x0003, UINT8)
        .attribute(BASIC, 0x0004, CHARACTER_STRING)
        .attribute(BASIC, 0x0005, CHARACTER_STRING)
        // Metering
        .computed(METERING, 0x0000, UINT48, summation)
        .attribute(METERING, 0x0014, fixed(ENUM8, SUPPLY_ON))
        .attribute(METERING, 0x0205, UINT16)
        .attribute(METERING, 0x0206, OCTET_STRING)
        .attribute(METERING, 0x0300, fixed(ENUM8, 0x01)) // m³
        .attribute(METERING, 0x0301, fixed(UINT24, 1))
        .attribute(METERING, 0x0302, fixed(UINT24, 1000))
        .attribute(METERING, 0x0307, OCTET_STRING)
        .attribute(METERING, 0x0607, ENUM8)
        .attribute(METERING, 0x0608, ENUM8)
        .attribute(METERING, 0x0A00, UINT32)
        .attribute(METERING, 0x0B10, UINT16)
        .attribute(METERING, 0x0B11, ENUM8)
        .attribute(METERING, 0x0B12, UINT16)
        .attribute(METERING, 0x0B13, UINT16)
        .attribute(METERING, 0x0B14, UINT8)
        .attribute(METERING, 0x0B15, UINT16);
    for (int tier = 1; tier <= 4; tier++) {
      model.attribute(METERING, 0x0100 + 2 * (tier - 1), UINT48); // CurrentTierNSummationDelivered
    }
    for (int block = 0; block < 4; block++) {
      model.attribute(METERING, 0x0700 + block, UINT48); // CurrentNoTierBlockNSummationDelivered
    }
    // Price
    for (int n = 1; n <= 3; n++) {
      model.attribute(PRICE, 0x0100 + n - 1, UINT48);
    }
    model
        .attribute(PRICE, 0x0202, fixed(UINT24, 1))
        .attribute(PRICE, 0x0203, fixed(UINT24, 1))
        .attribute(PRICE, 0x0301, UINT32)
        .attribute(PRICE, 0x0302, UINT32)
        .attribute(PRICE, 0x0303, BITMAP8)
        .attribute(PRICE, 0x0304, UINT32)
        .attribute(PRICE, 0x0305, ENUM8)
        .attribute(PRICE, 0x0306, BITMAP8)
        .attribute(PRICE, 0x0615, ENUM8)
        .attribute(PRICE, 0x0616, fixed(UINT16, GBP))
        .attribute(PRICE, 0x0617, BITMAP8);
    for (int block = 1; block <= 4; block++) {
      model.attribute(PRICE, price(0, block).attributeId(), UINT32);
    }
    for (int tier = 1; tier <= 4; tier++) {
      model.attribute(PRICE, price(tier, 1).attributeId(), UINT32);
    }
    // Prepayment
    model
        .attribute(PREPAYMENT, 0x0000, BITMAP16)
        .attribute(PREPAYMENT, 0x0001, INT32)
        .attribute(PREPAYMENT, 0x0002, INT32)
        .attribute(PREPAYMENT, 0x0005, INT32)
        .attribute(PREPAYMENT, 0x0006, INT32)
        .attribute(PREPAYMENT, 0x0010, UINT32)
        .attribute(PREPAYMENT, 0x0011, UINT32)
        .attribute(PREPAYMENT, 0x0021, UINT32)
        .attribute(PREPAYMENT, 0x0022, UINT32)
        .attribute(PREPAYMENT, 0x0031, UINT32)
        .attribute(PREPAYMENT, 0x0040, INT32);
    for (int n = 1; n <= 3; n++) {
      model
          .attribute(PREPAYMENT, debt(n, DEBT_AMOUNT).attributeId(), UINT32)
          .attribute(PREPAYMENT, debt(n, DEBT_RECOVERY_METHOD).attributeId(), ENUM8)
          .attribute(PREPAYMENT, debt(n, DEBT_RECOVERY_START_TIME).attributeId(), ZclValue.UTC_TIME)
          .attribute(PREPAYMENT, debt(n, DEBT_RECOVERY_COLLECTION_TIME).attributeId(), UINT16)
          .attribute(PREPAYMENT, debt(n, DEBT_RECOVERY_FREQUENCY).attributeId(), ENUM8)
          .attribute(PREPAYMENT, debt(n, DEBT_RECOVERY_AMOUNT).attributeId(), UINT32)
          .attribute(PREPAYMENT, debt(n, DEBT_RECOVERY_TOP_UP_PERCENTAGE).attributeId(), UINT16);
    }
    return model;
  }

  static ZclValue fixed(int dataType, long bits) {
    return new ZclValue.Fixed(dataType, bits);
  }
}
