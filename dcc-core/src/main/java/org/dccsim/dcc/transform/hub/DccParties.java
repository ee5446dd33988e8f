package org.dccsim.dcc.transform.hub;

import org.dccsim.smki.Eui64;

/**
 * Entity identifiers of the DCC's own remote parties that originate commands of this family,
 * as DCC Boxed and RTDS know them. [?] A configurable DCC identity would replace these.
 */
final class DccParties {

  /** The transitional change of supplier party, originator of CS02b supplier-by-TransCoS (6.23). */
  static final Eui64 TRANSITIONAL_COS = Eui64.parse("90-B3-D5-1F-30-00-00-04");

  private DccParties() {}
}
