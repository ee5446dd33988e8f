package org.dccsim.dcc.transform.esme;

import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The ESME's tariff script table (class 9, 0-0:10.0.100.255) and its script selectors as GBCS
 * numbers them: TOU rate n of the primary element is script n, block tariff n is 100 + n, TOU
 * rate n of the secondary element 200 + n, and 99 resets the tariff block counter matrix.
 */
final class TariffScripts {

  static final ObisCode SCRIPT_TABLE = new ObisCode(0, 0, 10, 0, 100, 255);
  static final int RESET_BLOCK_COUNTERS = 99;
  static final int BLOCK_TARIFF_BASE = 100;
  static final int SECONDARY_TOU_BASE = 200;

  private TariffScripts() {}
}
