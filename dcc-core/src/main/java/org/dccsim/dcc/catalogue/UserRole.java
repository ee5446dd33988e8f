package org.dccsim.dcc.catalogue;

import java.util.Optional;

/**
 * The DUIS User Roles. No message carries the role: the DCC derives it from the User ID (the
 * RequestID originator), which is registered per role; one User ID may hold several roles.
 */
public enum UserRole {
  IS("Import Supplier"),
  ES("Export Supplier"),
  GS("Gas Supplier"),
  ED("Electricity Distributor"),
  GT("Gas Transporter"),
  RSA("Registered Supplier Agent"),
  OU("Other User");

  private final String title;

  UserRole(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static Optional<UserRole> fromCode(String code) {
    for (UserRole r : values()) {
      if (r.name().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
