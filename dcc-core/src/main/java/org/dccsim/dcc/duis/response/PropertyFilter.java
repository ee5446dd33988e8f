package org.dccsim.dcc.duis.response;

import java.util.Objects;

/** sr:PropertyFilter: a premises identified by post code and address. */
public record PropertyFilter(String postCode, String addressIdentifier) {

  public PropertyFilter {
    Objects.requireNonNull(postCode, "postCode");
    Objects.requireNonNull(addressIdentifier, "addressIdentifier");
  }
}
