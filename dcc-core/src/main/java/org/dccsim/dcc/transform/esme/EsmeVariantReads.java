package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.EsmeReadRequests.attribute;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * Configuration reads whose GBCS use case depends on the device rather than the request:
 * polyphase ESMEs (variant C) have phase 2 and 3 objects, and GBCS later added forms of some reads
 * with their own message codes (ECS26l, ECS26m, ECS26n) that newer devices answer; {@link
 * org.dccsim.dcc.transform.DeviceVariantChoice} picks the form by the inventory.
 */
final class EsmeVariantReads {

  private static final int DATA = 1;
  private static final int LIMITER = 71;
  private static final int SINGLE_ACTION_SCHEDULE = 22;

  private EsmeVariantReads() {}

  /** 6.2.1 Read Device Configuration (Voltage): ECS26b, or ECS26k with phases 2 and 3. */
  static DeviceCommandTransform voltageConfiguration(boolean polyphase) {
    List<CosemDescriptor> a = new ArrayList<>();
    for (int limiter = 1; limiter <= 4; limiter++) {
      ObisCode l = new ObisCode(0, 0, 17, 0, limiter, 255);
      a.add(attribute(LIMITER, l, 4)); // threshold_normal
      a.add(attribute(LIMITER, l, 6)); // min_over_threshold_duration
    }
    a.add(attribute(DATA, new ObisCode(1, 0, 32, 35, 0, 4), 2));
    a.add(attribute(DATA, new ObisCode(1, 0, 32, 31, 0, 4), 2));
    if (polyphase) {
      for (int c : new int[] {52, 72}) {
        a.add(attribute(DATA, new ObisCode(1, 0, c, 31, 0, 4), 2));
        a.add(attribute(DATA, new ObisCode(1, 0, c, 35, 0, 4), 2));
      }
    }
    return new AttributeReadTransform(polyphase ? "ECS26k" : "ECS26b", a);
  }

  /** 6.2.3 Read Device Configuration (Billing Calendar): ECS26d, or ECS26l (all periodicities). */
  static DeviceCommandTransform billingCalendar(boolean allPeriodicities) {
    return new AttributeReadTransform(allPeriodicities ? "ECS26l" : "ECS26d",
        List.of(attribute(SINGLE_ACTION_SCHEDULE, new ObisCode(0, 0, 15, 0, 0, 255), 4)));
  }

  /**
   * 6.2.4 Read Device Configuration (Identity Exc MPxN) on a Comms Hub: ECS26i, or ECS26n (CH
   * identity and type) without the device id object 0-0:96.1.1.255, as ECS26m drops it on the
   * ESME. The access control broker sends both.
   */
  static DeviceCommandTransform commsHubIdentity(boolean newer) {
    AccessRequestContent c = new AccessRequestContent();
    if (!newer) {
      c.get(DATA, new ObisCode(0, 0, 96, 1, 1, 255), CosemClassIds.VALUE);
    }
    c.get(DATA, new ObisCode(0, 0, 96, 1, 4, 255), CosemClassIds.VALUE)
        .get(DATA, new ObisCode(0, 0, 96, 1, 6, 255), CosemClassIds.VALUE);
    return new FixedDlmsCommandTransform(newer ? "ECS26n" : "ECS26i", DeviceType.CHF, c);
  }

  /**
   * 6.2.4 Read Device Configuration (Identity Exc MPxN): ECS26e, or ECS26m (identity, type and
   * supply tamper state) without the device id object 0-0:96.1.1.255.
   */
  static DeviceCommandTransform identity(boolean withSupplyTamperState) {
    List<CosemDescriptor> a = new ArrayList<>();
    if (!withSupplyTamperState) {
      a.add(attribute(DATA, new ObisCode(0, 0, 96, 1, 1, 255), 2));
    }
    a.add(attribute(DATA, new ObisCode(0, 0, 96, 1, 2, 255), 2));
    a.add(attribute(DATA, new ObisCode(0, 0, 96, 1, 4, 255), 2));
    a.add(attribute(DATA, new ObisCode(0, 0, 96, 1, 6, 255), 2));
    a.add(attribute(DATA, new ObisCode(0, 0, 94, 44, 0, 4), 2));
    return new AttributeReadTransform(withSupplyTamperState ? "ECS26m" : "ECS26e", a);
  }
}
