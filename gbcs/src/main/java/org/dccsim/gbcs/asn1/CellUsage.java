package org.dccsim.gbcs.asn1;

/**
 * What a trust anchor cell is used for: GBCS CellUsage, INTEGER DEFAULT management, so a
 * management cell is written by leaving the component out. Only the supplier key-agreement cell
 * for prepayment top-up (UTRN) is prePaymentTopUp.
 */
public enum CellUsage {
  MANAGEMENT,
  PREPAYMENT_TOP_UP;

  public int code() {
    return ordinal();
  }
}
