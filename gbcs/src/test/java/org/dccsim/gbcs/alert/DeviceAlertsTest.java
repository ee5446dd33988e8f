package org.dccsim.gbcs.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/** Every RTDS alert's code is read from its payload and agrees with the code its file name gives. */
class DeviceAlertsTest {

  private static final Pattern CODE_IN_NAME = Pattern.compile("_(8[0-9A-F]{3})_");

  @Test
  void everyRtdsAlertHasTheAlertCodeItsFileNames() throws Exception {
    List<String> wrong = new ArrayList<>();
    int alerts = 0;
    int named = 0;
    for (RtdsFiles.RtdsFile f : RtdsFiles.all()) {
      byte[] b = f.bytes();
      GeneralSigningApdu a = b[0] == (byte) 0xDD ? GbcsCodec.decode(b).apdu() : GbcsCodec.decodeApdu(b);
      if (a.cra() != CraFlag.ALERT) {
        continue;
      }
      alerts++;
      int code = DeviceAlerts.alertCode(a);
      Matcher m = CODE_IN_NAME.matcher(f.name());
      if (m.find()) {
        named++;
        if (code != Integer.parseInt(m.group(1), 16)) {
          wrong.add(f + ": " + HexFormat.of().toHexDigits((short) code));
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(alerts).isEqualTo(93);
    assertThat(named).isGreaterThan(80);
  }
}
