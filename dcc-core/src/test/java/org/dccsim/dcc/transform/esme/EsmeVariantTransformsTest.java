package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.comparable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.request;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.requestAs;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.rtdsCommand;

import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;
import org.junit.jupiter.api.Test;

/**
 * Use cases that share an SRV and a request body and differ by what the DCC knows of the device
 * (its ESME variant or GBCS generation) or of the User (its remote party role): each form
 * reproduces its RTDS scenarios byte for byte when told the variant. The conformance test cannot
 * judge them yet, since it gives every template the same device and a supplier's role.
 */
class EsmeVariantTransformsTest {

  @Test
  void paymentModeOfSingleAndTwinElementEsmesIsTheRtdsPreCommand() throws RequestRefused {
    DeviceCommandTransform single = new PaymentModeTransform(false);
    DeviceCommandTransform twin = new PaymentModeTransform(true);

    assertReproduces(single, "ECS02_1.6_IMMEDIATE_SINGLE_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(twin, "ECS02_1.6_FUTURE_DATED_TWIN_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(twin, "ECS02_1.6_CANCELLATION_TWIN_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(single, "ECS03_1.6_IMMEDIATE_SINGLE_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(twin, "ECS03_1.6_FUTURE_DATED_TWIN_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(twin, "ECS03_1.6_CANCELLATION_TWIN_SUCCESS_REQUEST_DUIS.XML");
  }

  @Test
  void prepaymentConfigurationWritesTheActiveOrPassiveMaximumMeterBalanceAsEcs08OrEcs08a() throws RequestRefused {
    DeviceCommandTransform ecs08 = new PrepaymentConfigurationTransform("ECS08");
    DeviceCommandTransform ecs08a = new PrepaymentConfigurationTransform("ECS08a");

    for (String scenario : new String[] {"IMMEDIATE", "FUTURE_DATED", "CANCELLATION"}) {
      assertReproduces(ecs08, "ECS08_2.1_" + scenario + "_SUCCESS_REQUEST_DUIS.XML");
      assertReproduces(ecs08a, "ECS08a_2.1_" + scenario + "_SUCCESS_REQUEST_DUIS.XML");
    }
  }

  @Test
  void singlePhaseAndPolyphaseVoltageReadsAreEcs23AndEcs23bAndEcs26bAndEcs26k() throws RequestRefused {
    assertReproduces(new VoltageOperationalDataTransform(false), "ECS23_4.10_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(new VoltageOperationalDataTransform(true), "ECS23b_4.10_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(EsmeVariantReads.voltageConfiguration(false), "ECS26b_6.2.1_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(EsmeVariantReads.voltageConfiguration(true), "ECS26k_6.2.1_SUCCESS_REQUEST_DUIS.XML");
  }

  @Test
  void billingCalendarAndIdentityReadsHaveTheirOlderAndNewerForms() throws RequestRefused {
    assertReproduces(EsmeVariantReads.billingCalendar(false), "ECS26d_6.2.3_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(EsmeVariantReads.billingCalendar(true), "ECS26l_6.2.3_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(EsmeVariantReads.identity(false), "ECS26e_6.2.4_SUCCESS_REQUEST_DUIS.XML");
    assertReproduces(EsmeVariantReads.identity(true), "ECS26m_6.2.4_SUCCESS_REQUEST_DUIS.XML");
  }

  @Test
  void eventAndAlertBehavioursAreReadForTheRequestersRole() throws RequestRefused {
    DeviceCommandTransform read = new AlertBehaviourReadTransform();
    String supplier = "ECS25r1_6.2.10_SUCCESS_REQUEST_DUIS.XML";
    String networkOperator = "ECS25r2_6.2.10_SUCCESS_REQUEST_DUIS.XML";

    assertThat(comparable(read.transform(requestAs(RemotePartyRole.SUPPLIER, supplier))))
        .isEqualTo(comparable(rtdsCommand(supplier)));
    assertThat(comparable(read.transform(requestAs(RemotePartyRole.NETWORK_OPERATOR, networkOperator))))
        .isEqualTo(comparable(rtdsCommand(networkOperator)));
    assertThatThrownBy(() -> read.transform(requestAs(RemotePartyRole.OTHER, supplier)))
        .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID));
  }

  private static void assertReproduces(DeviceCommandTransform transform, String template) throws RequestRefused {
    GeneralSigningApdu expected = rtdsCommand(template);
    GeneralSigningApdu actual = transform.transform(request(template));
    assertThat(actual.originatorCounter()).as(template).isEqualTo(expected.originatorCounter());
    assertThat(comparable(actual)).as(template).isEqualTo(comparable(expected));
  }
}
