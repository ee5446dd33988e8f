package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.comparable;

import java.util.HexFormat;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.junit.jupiter.api.Test;

/**
 * 6.22 on an ESME: each alert code has its bit, so the settings of any request are written, and
 * every RTDS scenario whose settings a template carries is reproduced byte for byte.
 */
class AlertBehaviourTransformTest {

  private final AlertBehaviourTransform transform = new AlertBehaviourTransform();

  @Test
  void theSupplierAndNetworkOperatorSettingsAreTheRtdsCommandsOfTheirScenarios() throws RequestRefused {
    for (String useCase : new String[] {"ECS25a1", "ECS25a2", "ECS25a3", "ECS25b3"}) {
      String template = useCase + "_6.22_SUCCESS_REQUEST_DUIS.XML";
      assertThat(comparable(transform.transform(TemplateRequests.template(template).accepted())))
          .as(useCase).isEqualTo(comparable(TemplateRequests.rtdsCommand(template)));
    }
    // the ECS25a template carries the settings of RTDS's error scenario
    AcceptedRequest ecs25a = TemplateRequests.template("ECS25a_6.22_SUCCESS_REQUEST_DUIS.XML")
        .counters(1001, 1302).accepted();
    assertThat(comparable(transform.transform(ecs25a)))
        .isEqualTo(comparable(TemplateRequests.rtdsCommand("ECS25a_6.22_ERROR_REQUEST_DUIS.XML")));
  }

  @Test
  void eachAlertOfTheRequestIsMarkedChangedAndSetToItsState() throws RequestRefused {
    GeneralSigningApdu apdu = transform.transform(TemplateRequests.template("ECS25b3_6.22_SUCCESS_REQUEST_DUIS.XML")
        .replace("<sr:x8014>Enable</sr:x8014>", "<sr:x809C>Disable</sr:x809C>")
        .replace("<sr:x8015>Disable</sr:x8015>", "<sr:x8001>Enable</sr:x8001>").accepted());

    BitString bits = (BitString) accessRequest(apdu).data().get(0);
    byte[] expected = new byte[64];
    expected[31 - 0x9C / 8] = (byte) (1 << (0x9C % 8));
    expected[31] = 0x02;
    expected[63] = 0x02;
    assertThat(HexFormat.of().formatHex(bits.value().toByteArray())).isEqualTo(HexFormat.of().formatHex(expected));
  }

  @Test
  void aSupplierAlertAmongTheNetworkOperatorsSettingsIsRefusedNamingIt() {
    assertThatThrownBy(() -> transform.transform(TemplateRequests.template("ECS25b3_6.22_SUCCESS_REQUEST_DUIS.XML")
        .replace("<sr:x8014>Enable</sr:x8014>", "<sr:x8114>Enable</sr:x8114>").accepted()))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains("NetworkOperatorESMECommon/x8114");
        });
  }
}
