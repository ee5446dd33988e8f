package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.CustomerIdentificationNumbers;
import org.dccsim.dcc.transform.TransformFamily;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.PpmidHcalcsFirmware;
import org.dccsim.smki.SmkiRepository;

/**
 * Comms Hub (CCS, DBCH) and cross-device security use cases (CS: credentials, joins, top-up,
 * firmware activation, the GSME's event and security logs; the CIN of 9.1). Registered for the
 * device types that hold the credentials concerned; [?] RTDS shows each on one type, the meters'
 * counterparts are the same GBCS structures.
 */
public final class CommsHubAndSecurityTransforms implements TransformFamily {

  private static final Set<DeviceType> METERS = Set.of(DeviceType.ESME, DeviceType.GSME);

  /**
   * Everything but the joins, which need the inventory and SMKI ({@link #registerJoins}), and the
   * device log updates and restores, which need the inventory and the DCC's device log records
   * ({@link #registerDeviceLogs}). The CS02b / CS02g transforms place the request's certificates
   * in the payload; the public DUIS templates carry re-issued certificates (same subjects and keys,
   * new serials), so the RTDS judge runs them with the RTDS's certificates. The Comms Hub, PPMID and
   * HCALCS use cases are sent by the access control broker on the User's behalf.
   */
  @Override
  public void registerAll(TransformRegistry r) {
    register(r, "2.2", TopUpTransform.esme());
    register(r, "2.2", TopUpTransform.gsme());
    register(r, "3.3", GsmeEventLogTransforms.clear());
    register(r, "6.13", GsmeEventLogTransforms.read());
    register(r, "6.15.2", DeviceCredentialCommands.updateCertificate(METERS));
    register(r, "6.17", DeviceCredentialCommands.issue(METERS));
    register(r, "6.24.1", new RetrieveSecurityCredentialsTransform(METERS));
    register(r, "6.24.2", DeviceCredentialCommands.provideCertificate(METERS));
    register(r, "8.9", new ReadDeviceJoinDetailsTransform(METERS));
    register(r, "11.3", ActivateFirmwareTransform.create(METERS));
    registerCertificateReplacements(r);
    registerOnBehalfOfUser(r);
  }

  /** The CS02b / CS02g transforms: credentials replacement, handover, change of supplier, opt-out. */
  void registerCertificateReplacements(TransformRegistry r) {
    register(r, "6.15.1", new UpdateSecurityCredentialsTransform(METERS));
    register(r, "6.21", new HandoverTransform(Set.of(DeviceType.ESME, DeviceType.GSME, DeviceType.GPF)));
    register(r, "6.23", new ChangeOfSupplierCredentialsTransform(METERS));
    register(r, "8.5", new ServiceOptOutTransform(METERS));
  }

  /**
   * The use cases the access control broker sends on the User's behalf to a Comms Hub Function,
   * PPMID or HCALCS, naming the User and its request counter in other-information.
   */
  void registerOnBehalfOfUser(TransformRegistry r) {
    register(r, "6.28", SubGhzCommands.setConfiguration());
    register(r, "6.29", SubGhzCommands.requestChannelScan());
    register(r, "6.30", SubGhzCommands.readConfiguration());
    register(r, "6.31", SubGhzCommands.readChannel());
    register(r, "6.32", SubGhzCommands.readChannelLog());
    register(r, "8.9", new CommsHubDeviceLogTransform());
    register(r, "11.2", new OnBehalfCommandTransform("CS08", Set.of(DeviceType.PPMID, DeviceType.HCALCS),
        (request, body) -> new PpmidHcalcsFirmware.ReadCommand().toDer()));
  }

  /**
   * 8.7.1 / 8.7.2 Join and 8.8.1 / 8.8.2 Unjoin Service, whose GBCS method and message code follow
   * from the type of the other device (from the inventory) and which, for method C, carry the
   * other device's key agreement certificate (from the SMKI).
   */
  public void registerJoins(TransformRegistry r, DeviceInventory inventory, SmkiRepository smki) {
    Set<DeviceType> joining = Set.of(DeviceType.ESME, DeviceType.GSME, DeviceType.PPMID, DeviceType.HCALCS);
    register(r, "8.7.1", HanJoinTransform.join(joining, inventory, smki));
    register(r, "8.7.2", HanJoinTransform.join(joining, inventory, smki));
    register(r, "8.8.1", HanJoinTransform.unjoin(joining, inventory, smki));
    register(r, "8.8.2", HanJoinTransform.unjoin(joining, inventory, smki));
  }

  /**
   * 8.11 Update HAN Device Log, whose CCS01 carries the device's type from the inventory, and
   * 8.12.1 / 8.12.2 Restore HAN / GPF Device Log, whose payloads are the DCC's records of the old
   * hub's or GPF's device log.
   */
  public void registerDeviceLogs(TransformRegistry r, DeviceInventory inventory, HanDeviceLogs logs) {
    register(r, "8.11", new UpdateHanDeviceLogTransform(inventory));
    register(r, "8.12.1", RestoreHanDeviceLogTransform.commsHub(logs));
    register(r, "8.12.2", RestoreHanDeviceLogTransform.gpf(logs));
  }

  /**
   * 9.1 Request Customer Identification Number on an ESME (ECS50) or a GSME (GCS36), sent by the
   * access control broker with a CIN the DCC draws from {@code cins}.
   */
  public void registerCustomerIdentification(TransformRegistry r, CustomerIdentificationNumbers cins) {
    register(r, "9.1", CustomerIdentificationNumberTransforms.esme(cins));
    register(r, "9.1", CustomerIdentificationNumberTransforms.gsme(cins));
  }

  private static void register(TransformRegistry r, String variant, DeviceCommandTransform transform) {
    for (DeviceType type : transform.targetTypes()) {
      r.register(variant, type, transform);
    }
  }
}
