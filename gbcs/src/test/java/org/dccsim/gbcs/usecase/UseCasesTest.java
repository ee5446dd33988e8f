package org.dccsim.gbcs.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.junit.jupiter.api.Test;

/** The use-case table agrees with the message codes and with who sends what to whom in the RTDS. */
class UseCasesTest {

  private static final Map<Eui64, DeviceType> DEVICES = Map.of(
      Eui64.parse("00DB1234567890A0"), DeviceType.ESME, Eui64.parse("00DB1234567890A1"), DeviceType.GSME,
      Eui64.parse("00DB1234567890A2"), DeviceType.CHF, Eui64.parse("00DB1234567890A3"), DeviceType.GPF,
      Eui64.parse("00DB1234567890A4"), DeviceType.PPMID, Eui64.parse("00DB1234567890A5"), DeviceType.HCALCS,
      Eui64.parse("00DB1234567890A6"), DeviceType.ESME);
  private static final Map<Eui64, RemotePartyRole> PARTIES = Map.of(
      Eui64.parse("90B3D51F30010000"), RemotePartyRole.SUPPLIER, Eui64.parse("90B3D51F30030000"), RemotePartyRole.SUPPLIER,
      Eui64.parse("90B3D51F30020000"), RemotePartyRole.NETWORK_OPERATOR,
      Eui64.parse("90B3D51F30000002"), RemotePartyRole.ACCESS_CONTROL_BROKER,
      Eui64.parse("90B3D51F30010008"), RemotePartyRole.LOAD_CONTROLLER,
      Eui64.parse("90B3D51F30000004"), RemotePartyRole.TRANSITIONAL_COS,
      Eui64.parse("90B3D51F30000001"), RemotePartyRole.RECOVERY, Eui64.parse("90B3D51F30000007"), RemotePartyRole.WAN_PROVIDER);

  @Test
  void everyMessageCodeHasItsUseCaseDescribed() {
    for (MessageCode c : MessageCodes.standard().all()) {
      UseCase u = UseCases.standard().forMessageCode(c.code()).orElseThrow(() -> new AssertionError(c + " has no use case"));
      assertThat(u.name()).as(c.toString()).isNotBlank();
      assertThat(u.deviceTypes()).as(c.toString()).isNotEmpty();
    }
    assertThat(UseCases.standard().find("ECS17b").orElseThrow().name()).isEqualTo("Read ESME Energy Registers (Import Energy)");
    assertThat(UseCases.standard().find("ECS42").orElseThrow().senders()).containsExactly(RemotePartyRole.SUPPLIER);
  }

  @Test
  void everyRtdsMessageGoesToOrComesFromADeviceTypeAndSenderTheTableNames() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (RtdsFiles.RtdsFile f : RtdsFiles.all()) {
      byte[] b = f.bytes();
      GeneralSigningApdu a = b[0] == (byte) 0xDD ? GbcsCodec.decode(b).apdu() : GbcsCodec.decodeApdu(b);
      UseCase u = UseCases.standard().forMessageCode(a.messageCode()).orElseThrow();
      Eui64 device = a.cra() == CraFlag.COMMAND ? a.recipient() : a.originator();
      if (DEVICES.containsKey(device) && !u.deviceTypes().contains(DEVICES.get(device))) {
        wrong.add(f + ": " + DEVICES.get(device) + " not in " + u.deviceTypes());
      }
      if (a.cra() == CraFlag.COMMAND && PARTIES.containsKey(a.originator())
          && !u.senders().contains(PARTIES.get(a.originator()))) {
        wrong.add(f + ": sender " + PARTIES.get(a.originator()) + " not in " + u.senders());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
