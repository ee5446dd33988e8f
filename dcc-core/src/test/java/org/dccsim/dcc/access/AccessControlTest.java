package org.dccsim.dcc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.junit.jupiter.api.Test;

class AccessControlTest {

  private final Eui64 supplier = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private final Eui64 supplier2 = Eui64.parse("90-B3-D5-1F-30-03-00-00");
  private final Eui64 operator = Eui64.parse("90-B3-D5-1F-30-02-00-00");
  private final Eui64 stranger = Eui64.parse("01-02-03-04-05-06-07-08");
  private final ServiceCatalogue catalogue = ServiceCatalogue.duis54();
  private final ServiceReferenceVariant enableSupply = catalogue.find("7.1").orElseThrow();
  private final ServiceReferenceVariant readRegisters = catalogue.find("4.1.1").orElseThrow();
  private final InventoryDevice esme = InventoryDevice.builder(Eui64.parse("00-DB-12-34-56-78-90-A0"), DeviceType.ESME)
      .registeredParty(UserRole.IS, supplier)
      .registeredParty(UserRole.ED, operator)
      .build();

  private AccessControl control(boolean enforce) {
    UserRegistry users = new UserRegistry();
    users.register(new User(supplier, "supplier", EnumSet.of(UserRole.IS, UserRole.GS), RemotePartyRole.SUPPLIER, true));
    users.register(new User(supplier2, "supplier 2", EnumSet.of(UserRole.IS), RemotePartyRole.SUPPLIER, true));
    users.register(new User(operator, "network operator", EnumSet.of(UserRole.ED, UserRole.GT), RemotePartyRole.NETWORK_OPERATOR, true));
    return new AccessControl(users, enforce);
  }

  @Test
  void aRegisteredSupplierMayEnableSupplyOnItsOwnMeter() throws RequestRefused {
    AccessControl ac = control(true);
    Set<UserRole> roles = ac.authoriseService(supplier, enableSupply).roles();
    assertThat(roles).containsExactly(UserRole.IS);
    ac.authoriseDevice(supplier, roles, esme);
  }

  @Test
  void anUnknownUserIsE1AndAnIneligibleRoleIsE2() {
    AccessControl ac = control(true);
    assertThatThrownBy(() -> ac.authoriseService(stranger, readRegisters))
        .isInstanceOfSatisfying(RequestRefused.class, r -> assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN_USER));
    assertThatThrownBy(() -> ac.authoriseService(operator, enableSupply))
        .isInstanceOfSatisfying(RequestRefused.class, r -> assertThat(r.outcome()).isEqualTo(Outcome.ROLE_NOT_ELIGIBLE));
  }

  @Test
  void aSupplierThatIsNotTheDevicesRegisteredSupplierIsE4() throws RequestRefused {
    AccessControl ac = control(true);
    Set<UserRole> roles = ac.authoriseService(supplier2, enableSupply).roles();
    assertThatThrownBy(() -> ac.authoriseDevice(supplier2, roles, esme))
        .isInstanceOfSatisfying(RequestRefused.class,
            r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_AUTHORISED_FOR_DEVICE));
  }

  @Test
  void theNetworkOperatorReadsRegistersAsTheDevicesDistributor() throws RequestRefused {
    AccessControl ac = control(true);
    Set<UserRole> roles = ac.authoriseService(operator, readRegisters).roles();
    assertThat(roles).containsExactly(UserRole.ED, UserRole.GT);
    ac.authoriseDevice(operator, roles, esme);
  }

  @Test
  void withoutEnforcementOnlyTheUsersExistenceIsChecked() throws RequestRefused {
    AccessControl ac = control(false);
    Set<UserRole> roles = ac.authoriseService(operator, enableSupply).roles();
    ac.authoriseDevice(supplier2, roles, esme);
    assertThatThrownBy(() -> ac.authoriseService(stranger, enableSupply)).isInstanceOf(RequestRefused.class);
  }
}
