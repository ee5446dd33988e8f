package org.dccsim.gbcs.asn1;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * GCS59 GPF Device Log Restore (message code 0x008C) and GCS62 GPF Device Log Backup Alert
 * (0x00B2): a replacement GPF gets the device log its predecessor backed up.
 */
public final class GpfDeviceLog {

  private GpfDeviceLog() {}

  public record RestoreCommand(List<DeviceLogEntry> entries) implements DerPayload {

    public RestoreCommand {
      entries = List.copyOf(entries);
    }

    static RestoreCommand read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new RestoreCommand(s.next("deviceLogEntries").sequenceOf(DeviceLogEntry::read)));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.sequenceOf(entries, DeviceLogEntry::toAsn1)));
    }
  }

  /** One restored entry and whether joining it succeeded. */
  public record RestoreOutcome(DeviceLogEntry entry, JoinDevice.ResponseCode code) {

    public RestoreOutcome {
      Objects.requireNonNull(entry);
      Objects.requireNonNull(code);
    }

    static RestoreOutcome read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new RestoreOutcome(DeviceLogEntry.read(s.next("deviceLogEntry")),
          s.next("joinResponseCode").integerCode(JoinDevice.ResponseCode.values(), 0, "join response code")));
    }

    ASN1Encodable toAsn1() {
      return Der.sequence(entry.toAsn1(), Der.integer(code.code()));
    }
  }

  public record RestoreResponse(List<RestoreOutcome> outcomes) implements DerPayload {

    public RestoreResponse {
      outcomes = List.copyOf(outcomes);
    }

    static RestoreResponse read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new RestoreResponse(s.next("restoreOutcomes").sequenceOf(RestoreOutcome::read)));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.sequenceOf(outcomes, RestoreOutcome::toAsn1)));
    }
  }

  /** The GPF's device log, sent for backup whenever it changes. */
  public record BackupAlert(int alertCode, Instant backupDateTime, List<DeviceLogEntry> entries) implements DerAlert {

    public BackupAlert {
      Der.requireAlertCode(alertCode);
      Objects.requireNonNull(backupDateTime);
      entries = List.copyOf(entries);
    }

    static BackupAlert read(DerElement e) throws GbcsCodecException {
      return e.sequence(s -> new BackupAlert(s.next("alertCode").alertCode(), s.next("backupDateTime").generalizedTime(),
          s.next("deviceLogEntries").sequenceOf(DeviceLogEntry::read)));
    }

    @Override
    public byte[] toDer(DerLengthForm form) {
      return Der.encode(form, Der.sequence(Der.integer(alertCode), Der.time(backupDateTime),
          Der.sequenceOf(entries, DeviceLogEntry::toAsn1)));
    }
  }
}
