package org.dccsim.app.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;

/**
 * The Users registered for the emulated devices, and so the trust anchors those devices hold: the
 * test supplier 90-B3-D5-1F-30-01-00-00 (or the first supplier User), the test network operator
 * 90-B3-D5-1F-30-02-00-00 where there is one, and the DCC's access control broker.
 */
public record RegisteredParties(UserIdentity supplier, Optional<UserIdentity> networkOperator, TrustAnchors anchors) {

  private static final Eui64 TEST_SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 TEST_NETWORK_OPERATOR = Eui64.parse("90-B3-D5-1F-30-02-00-00");

  public static RegisteredParties of(Identities identities) {
    UserIdentity supplier = identities.user(TEST_SUPPLIER)
        .filter(u -> u.gbcsRole() == RemotePartyRole.SUPPLIER)
        .or(() -> identities.users().stream().filter(u -> u.gbcsRole() == RemotePartyRole.SUPPLIER).findFirst())
        .orElseThrow(() -> new IllegalStateException("no supplier User to register the emulated devices to"));
    Optional<UserIdentity> operator = identities.user(TEST_NETWORK_OPERATOR)
        .filter(u -> u.gbcsRole() == RemotePartyRole.NETWORK_OPERATOR);
    List<TrustAnchor> anchors = new ArrayList<>();
    anchors.add(anchor(supplier));
    operator.ifPresent(o -> anchors.add(anchor(o)));
    anchors.add(new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null,
        identities.dcc().acbKeyAgreement().certificate().publicKey()));
    return new RegisteredParties(supplier, operator, TrustAnchors.of(anchors.toArray(TrustAnchor[]::new)));
  }

  /**
   * The DUIS roles registered for a device of this type: the supplier as IS (electricity devices and
   * the hub) or GS (gas), the network operator as ED or GT for meters and the GPF.
   */
  public Map<UserRole, Eui64> forDevice(DeviceType type) {
    Map<UserRole, Eui64> m = new EnumMap<>(UserRole.class);
    boolean gas = type == DeviceType.GSME || type == DeviceType.GPF;
    m.put(gas ? UserRole.GS : UserRole.IS, supplier.id());
    if (type == DeviceType.ESME || gas) {
      networkOperator.ifPresent(o -> m.put(gas ? UserRole.GT : UserRole.ED, o.id()));
    }
    return m;
  }

  private static TrustAnchor anchor(UserIdentity user) {
    return new TrustAnchor(user.gbcsRole(), user.id(),
        user.gbcsSigning() != null ? user.gbcsSigning().publicKey() : null, user.keyAgreement().publicKey());
  }
}
