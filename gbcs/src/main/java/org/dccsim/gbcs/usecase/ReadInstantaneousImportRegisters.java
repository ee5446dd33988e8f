package org.dccsim.gbcs.usecase;

import static org.dccsim.gbcs.dlms.DlmsData.array;
import static org.dccsim.gbcs.dlms.DlmsData.doubleLongUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.enumValue;
import static org.dccsim.gbcs.dlms.DlmsData.integer;
import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.nullData;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.smki.Eui64;

/**
 * ECS17b "Read ESME Energy Registers (Import Energy)", DUIS SRV 4.1.1, non-critical. The command
 * invokes get_protected_attributes (method 1) of the data protection object 0-0:43.2.8.255 for
 * attribute 2 of 0-0:94.44.34.10; the ESME answers with the registers encrypted for the requester
 * (see {@link SensitivePayloadCipher}). Payload layouts are those of RTDS 4.5.0.
 */
public final class ReadInstantaneousImportRegisters {

  public static final String USE_CASE = "ECS17b";
  public static final int MESSAGE_CODE = 0x0027;

  private static final int DATA_PROTECTION_CLASS = 30;
  private static final ObisCode DATA_PROTECTION = new ObisCode(0, 0, 43, 2, 8, 255);
  private static final int GET_PROTECTED_ATTRIBUTES = 1;
  private static final ObisCode IMPORT_REGISTERS = new ObisCode(0, 0, 94, 44, 34, 10);
  private static final int DATA_CLASS = 1;
  private static final int VALUE_ATTRIBUTE = 2;

  /** The device's side of the command: who asked, and under which counter. */
  public record Request(long counter, Eui64 requester, Eui64 device) {}

  private final SensitivePayloadCipher cipher;

  public ReadInstantaneousImportRegisters(SensitivePayloadCipher cipher) {
    this.cipher = cipher;
  }

  /** The command APDU (signature NULL), to be wrapped with the ACB's MAC. */
  public static GeneralSigningApdu command(long counter, Eui64 requester, Eui64 device) {
    return GeneralSigningApdu.create(
        GroupingHeader.of(CraFlag.COMMAND, counter, requester, device, MESSAGE_CODE),
        commandPayload(counter, requester, device),
        SignatureField.NULL);
  }

  public static byte[] commandPayload(long counter, Eui64 requester, Eui64 device) {
    DlmsData objectList =
        array(
            structure(
                longUnsigned(DATA_CLASS),
                octetString(IMPORT_REGISTERS.toBytes()),
                integer(VALUE_ATTRIBUTE),
                longUnsigned(0),
                structure(enumValue(0), nullData())));
    DlmsData parameters =
        structure(objectList, new DataProtectionParameters(counter, requester, device).toDlms());
    return DlmsCodec.encode(
        DlmsUseCaseSupport.request(
            counter,
            List.of(AccessRequestSpec.action(DATA_PROTECTION_CLASS, DATA_PROTECTION, GET_PROTECTED_ATTRIBUTES)),
            List.of(parameters)));
  }

  /** Parses the command on the device side; anything but this use case's payload is refused. */
  public static Request parseCommand(GeneralSigningApdu command)
      throws GbcsCodecException, UnexpectedPayloadException {
    AccessRequest request = DlmsUseCaseSupport.requireRequest(USE_CASE, MESSAGE_CODE, command);
    Request parsed = new Request(command.originatorCounter(), command.originator(), command.recipient());
    byte[] expected = commandPayload(parsed.counter(), parsed.requester(), parsed.device());
    DlmsUseCaseSupport.requireEquals(
        USE_CASE, "access request", DlmsCodec.decodeAccessRequest(ByteSlice.copyOf(expected)), request);
    return parsed;
  }

  /**
   * The device's response APDU (signature NULL, to be MACed by the device): the readings
   * encrypted with the device's KA private key and the requester's KA public key.
   */
  public GeneralSigningApdu response(
      Request request,
      ImportRegisterReadings readings,
      Optional<CosemDateTime> dateTime,
      PrivateKey deviceKa,
      PublicKey requesterKa) {
    return response(request, dateTime,
        cipher.encrypt(
            encodeReadings(readings), request.device(), request.counter(), request.requester(), deviceKa, requesterKa));
  }

  /** As the other {@code response}, from the shared secret of the device's and requester's KA keys. */
  public GeneralSigningApdu response(
      Request request, ImportRegisterReadings readings, Optional<CosemDateTime> dateTime, byte[] sharedSecret) {
    return response(request, dateTime,
        cipher.encrypt(encodeReadings(readings), request.device(), request.counter(), request.requester(), sharedSecret));
  }

  private static GeneralSigningApdu response(Request request, Optional<CosemDateTime> dateTime, byte[] sealed) {
    GroupingHeader header =
        GroupingHeader.of(CraFlag.COMMAND, request.counter(), request.requester(), request.device(), MESSAGE_CODE)
            .response(dateTime);
    DlmsData data =
        structure(
            new DataProtectionParameters(request.counter(), request.device(), request.requester()).toDlms(),
            octetString(sealed));
    AccessResponse response =
        new AccessResponse(
            LongInvokeIdAndPriority.forCounter(request.counter()),
            Optional.empty(),
            Optional.empty(),
            List.of(data),
            List.of(new AccessResponse.Result(AccessSpecKind.ACTION, 0)));
    return GeneralSigningApdu.create(header, DlmsCodec.encode(response), SignatureField.NULL);
  }

  /** Decrypts and reads the registers, as the requester (its KA private key, the device's KA public key). */
  public ImportRegisterReadings parseResponse(
      GeneralSigningApdu response, PrivateKey requesterKa, PublicKey deviceKa)
      throws GbcsCodecException, UnexpectedPayloadException, GbcsSecurityException {
    AccessResponse r = DlmsUseCaseSupport.requireResponse(USE_CASE, MESSAGE_CODE, response);
    if (r.results().size() != 1 || !r.results().get(0).isSuccess()) {
      throw new UnexpectedPayloadException(USE_CASE, "action result", "success", r.results());
    }
    if (r.data().size() != 1
        || !(r.data().get(0) instanceof Structure data)
        || data.elements().size() != 2
        || !(data.elements().get(1) instanceof OctetString sealed)) {
      throw new UnexpectedPayloadException(
          USE_CASE, "response data", "structure {protection parameters, protected attributes}", r.data());
    }
    DataProtectionParameters p = DataProtectionParameters.fromDlms(USE_CASE, data.elements().get(0));
    DlmsUseCaseSupport.requireEquals(
        USE_CASE,
        "protection parameters",
        new DataProtectionParameters(response.originatorCounter(), response.originator(), response.recipient()),
        p);
    byte[] plain =
        cipher.decrypt(
            sealed.value(), response.originator(), response.originatorCounter(), response.recipient(), requesterKa, deviceKa);
    return decodeReadings(plain);
  }

  static byte[] encodeReadings(ImportRegisterReadings readings) {
    List<DlmsData> fields = new ArrayList<>(5);
    fields.add(doubleLongUnsigned(readings.activeImport().value()));
    fields.add(scalerUnit(readings.activeImport()));
    fields.add(doubleLongUnsigned(readings.reactiveImport().value()));
    fields.add(scalerUnit(readings.reactiveImport()));
    readings.secondElementActiveImport().ifPresent(v -> fields.add(doubleLongUnsigned(v)));
    return DlmsCodec.encodeData(structure(new Structure(fields)));
  }

  static ImportRegisterReadings decodeReadings(byte[] plain)
      throws GbcsCodecException, UnexpectedPayloadException {
    DlmsData decoded = DlmsCodec.decodeData(ByteSlice.copyOf(plain));
    if (decoded instanceof Structure outer
        && outer.elements().size() == 1
        && outer.elements().get(0) instanceof Structure registers) {
      List<DlmsData> f = registers.elements();
      if (f.size() != 4 && f.size() != 5) {
        throw new UnexpectedPayloadException(USE_CASE, "register structure", "4 or 5 elements", f.size());
      }
      OptionalLong second = OptionalLong.empty();
      if (f.size() == 5) {
        if (!(f.get(4) instanceof IntegerValue v)) {
          throw new UnexpectedPayloadException(USE_CASE, "second element register", "an integer", f.get(4));
        }
        second = OptionalLong.of(v.value());
      }
      return new ImportRegisterReadings(register(f.get(0), f.get(1)), register(f.get(2), f.get(3)), second);
    }
    throw new UnexpectedPayloadException(USE_CASE, "decrypted registers", "structure of registers", decoded);
  }

  private static DlmsData scalerUnit(ImportRegisterReadings.RegisterValue v) {
    return structure(integer(v.scaler()), enumValue(v.unit()));
  }

  private static ImportRegisterReadings.RegisterValue register(DlmsData value, DlmsData scalerUnit)
      throws UnexpectedPayloadException {
    if (value instanceof IntegerValue v
        && scalerUnit instanceof Structure su
        && su.elements().size() == 2
        && su.elements().get(0) instanceof IntegerValue scaler
        && su.elements().get(1) instanceof IntegerValue unit) {
      try {
        return new ImportRegisterReadings.RegisterValue(v.value(), (int) scaler.value(), (int) unit.value());
      } catch (IllegalArgumentException e) {
        throw new UnexpectedPayloadException(USE_CASE, "register", "a value with scaler and unit", e.getMessage());
      }
    }
    throw new UnexpectedPayloadException(USE_CASE, "register", "value and {scaler, unit}", value + " " + scalerUnit);
  }
}
