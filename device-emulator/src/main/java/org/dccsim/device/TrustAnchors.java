package org.dccsim.device;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * The trust anchor cells of a device: one remote party per role. Immutable, so that every device
 * of one supplier and network operator can share a single instance; replacing an anchor (CS02b)
 * gives the device a new instance.
 */
public final class TrustAnchors {

  private final Map<RemotePartyRole, TrustAnchor> byRole;

  private TrustAnchors(Map<RemotePartyRole, TrustAnchor> byRole) {
    this.byRole = byRole;
  }

  public static TrustAnchors of(TrustAnchor... anchors) {
    EnumMap<RemotePartyRole, TrustAnchor> m = new EnumMap<>(RemotePartyRole.class);
    for (TrustAnchor a : anchors) {
      m.put(a.role(), a);
    }
    return new TrustAnchors(Collections.unmodifiableMap(m));
  }

  public Optional<TrustAnchor> forRole(RemotePartyRole role) {
    return Optional.ofNullable(byRole.get(role));
  }

  /** The anchor whose party is this EUI-64 (a User's commands carry its EUI as originator). */
  public Optional<TrustAnchor> forParty(Eui64 party) {
    for (TrustAnchor a : byRole.values()) {
      if (a.party().equals(party)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public TrustAnchors with(TrustAnchor replacement) {
    EnumMap<RemotePartyRole, TrustAnchor> m = new EnumMap<>(RemotePartyRole.class);
    m.putAll(byRole);
    m.put(replacement.role(), replacement);
    return new TrustAnchors(Collections.unmodifiableMap(m));
  }

  public Collection<TrustAnchor> all() {
    return byRole.values();
  }
}
