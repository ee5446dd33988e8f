package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dccsim.dcc.transform.esme.ConfigurationTransformsTest.assertRefused;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.template;

import java.util.HexFormat;
import java.util.List;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.ByteSlice;
import org.junit.jupiter.api.Test;

/** The schedulers' tables follow the request: dates, days, special days, switches and levels. */
class AuxiliaryLoadSchedulerTransformTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String SWITCHES = "ECS46c_6.14.2_IMMEDIATE_SOME_OPTIONALS_SUCCESS_REQUEST_DUIS.XML";
  private static final String CONTROLLERS = "ECS46d_6.14.3_IMMEDIATE_APC_INPUT_SUCCESS_REQUEST_DUIS.XML";

  @Test
  void switchEntriesTakeTheirDaysDatesAndSwitchFromTheRequest() throws Exception {
    AccessRequest r = accessRequest(AuxiliaryLoadSchedulerTransform.switches().transform(template(SWITCHES)
        .replaceFirst("<sr:ActivateDeactivateSwitch index=\"1\">\\s*<sr:ActivateSwitch/>",
            "<sr:ActivateDeactivateSwitch index=\"3\"><sr:DeactivateSwitch/>")
        .replace("<sr:SwitchTypeAndId index=\"2\">", "<sr:SwitchTypeAndId index=\"4\">")
        .replace("00-DB-12-34-56-78-90-97", "00-DB-12-34-56-78-90-55")
        .accepted()));

    assertThat(r.specs().get(1).descriptor().instance().f()).isEqualTo(24);
    assertThat(r.data().get(1)).isEqualTo(DlmsData.octetString(HEX.parseHex("00DB123456789055")));
    Structure first = entry(r, 0);
    assertThat(first.elements().get(3)).isEqualTo(DlmsData.longUnsigned(0x0302));
  }

  @Test
  void aLastDayOfMonthAndADayOfTheWeekAreCosemWildcards() throws Exception {
    AccessRequest r = accessRequest(AuxiliaryLoadSchedulerTransform.switches().transform(template(SWITCHES)
        .replace("<sr:SpecifiedDayOfMonth>25</sr:SpecifiedDayOfMonth>", "<sr:LastDayOfMonth/>")
        .replace("<sr:SpecifiedDayOfMonth>26</sr:SpecifiedDayOfMonth>", "<sr:SecondLastDayOfMonth/>")
        .replaceFirst("(ALCSHCALCSSpecialDay index=\"2\">[\\s\\S]*?)<sr:NonSpecifiedDayOfWeek/>",
            "$1<sr:SpecifiedDayOfWeek>5</sr:SpecifiedDayOfWeek>")
        .accepted()));

    List<DlmsData> days = ((DlmsData.DlmsArray) r.data().get(2)).elements();
    assertThat(((Structure) days.get(0)).elements().get(1)).isEqualTo(DlmsData.octetString(HEX.parseHex("FFFF0CFEFF")));
    assertThat(((Structure) days.get(1)).elements().get(1)).isEqualTo(DlmsData.octetString(HEX.parseHex("FFFF0CFD05")));
  }

  @Test
  void controllerEntriesCarryLevelDirectionAndTheirSpecialDays() throws Exception {
    AccessRequest r = accessRequest(AuxiliaryLoadSchedulerTransform.controllers().transform(template(CONTROLLERS)
        .replaceFirst("<sr:CommandedStateLevel>0</sr:CommandedStateLevel>\\s*<sr:InputFromControlledLoad/>",
            "<sr:CommandedStateLevel>42</sr:CommandedStateLevel>")
        .accepted()));

    Structure first = entry(r, 0);
    assertThat(first.elements().get(3)).isEqualTo(DlmsData.longUnsigned(0x1100 | 0x80 | 42));
    Structure second = entry(r, 1);
    assertThat(second.elements().get(7)).isEqualTo(bits(3, 0xA0));
    assertThat(second.elements().get(6)).isEqualTo(bits(7, 0xF8));
  }

  @Test
  void aSpecialDayTheRequestDoesNotDefineIsRefused() {
    assertRefused(AuxiliaryLoadSchedulerTransform.controllers(), template(CONTROLLERS)
        .replace("<sr:SpecialDaysApplicability identifier=\"3\"/>", "<sr:SpecialDaysApplicability identifier=\"4\"/>"),
        "identifier=4");
    assertRefused(AuxiliaryLoadSchedulerTransform.switches(), template(SWITCHES)
        .replace("00-DB-12-34-56-78-90-97", "not-an-eui"), "HCALCS");
  }

  private static DlmsData bits(int count, int packed) {
    return new DlmsData.BitString(count, ByteSlice.copyOf(new byte[] {(byte) packed}));
  }

  private static Structure entry(AccessRequest r, int i) {
    int scheduler = r.specs().size() - 3;
    return (Structure) ((DlmsData.DlmsArray) r.data().get(scheduler)).elements().get(i);
  }
}
