package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.comparable;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.request;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.requestAs;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.rtdsCommand;

import java.time.Instant;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.CustomerIdentificationNumbers;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.dcc.transform.Transforms;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiRepository;
import org.junit.jupiter.api.Test;

/**
 * Use cases that share an SRV and a request body and differ by what the DCC knows of the device
 * (its ESME variant or GBCS generation) or of the User (its remote party role): each form
 * reproduces its RTDS scenarios byte for byte when told the variant. The conformance test cannot
 * judge them yet, since it gives every template the same device and a supplier's role.
 */
class EsmeVariantTransformsTest {

  private static final TransformRegistry ALL =
      Transforms.standard(ServiceCatalogue.duis54(), new DeviceInventory(), new SmkiRepository(),
          new HanDeviceLogs(), CustomerIdentificationNumbers.unpredictable());
  private static final long Y2K = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

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

  @Test
  void theRmsVoltageCountersOfOnePhaseOrOfAllThreeAreResetByTheEsmesElements() throws RequestRefused {
    String template = "ECS29e_6.27_SUCCESS_REQUEST_DUIS.XML";
    for (String variant : new String[] {"A", "B"}) {
      GeneralSigningApdu apdu = registered(TemplateRequests.template(template).esmeVariant(variant).accepted());
      assertThat(apdu.messageCode()).as(variant).isEqualTo(0x00D3);
      assertThat(accessRequest(apdu).specs()).as(variant).extracting(s -> s.descriptor().instance().toString())
          .containsExactly("1-0:32.32.0.4", "1-0:32.36.0.4");
    }
    GeneralSigningApdu polyphase = registered(TemplateRequests.template(template).esmeVariant("C").accepted());
    assertThat(polyphase.messageCode()).isEqualTo(0x00D4);
    assertThat(accessRequest(polyphase).specs()).hasSize(6)
        .allSatisfy(s -> assertThat(s.kind()).isEqualTo(AccessSpecKind.ACTION));
  }

  @Test
  void theAccessControlBrokerReadsTheCommsHubsIdentityInTheFormOfItsGbcsVersion() throws RequestRefused {
    TemplateRequests t = TemplateRequests.template("ECS26i_6.2.4_SUCCESS_REQUEST_DUIS.XML").counters(1000, 1300);
    GeneralSigningApdu older = registered(t.gbcsVersion("3.1").accepted());
    GeneralSigningApdu newer = registered(t.gbcsVersion("4.2").accepted());

    assertThat(older.messageCode()).isEqualTo(0x0092);
    assertThat(accessRequest(older).specs()).hasSize(3);
    assertThat(newer.messageCode()).isEqualTo(0x00FA);
    assertThat(accessRequest(newer).specs()).extracting(s -> s.descriptor().instance().toString())
        .containsExactly("0-0:96.1.4.255", "0-0:96.1.6.255");
    assertThat(newer.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(newer.originatorCounter()).isEqualTo(1300);
    assertThat(newer.header().otherInformation())
        .isEqualTo(OtherInformation.withRemoteParty(0x00FA, Eui64.parse("90-B3-D5-1F-30-01-00-00"), 1000));
  }

  @Test
  void theExportDailyReadLogIsReadForTheRequestsPeriodByTheAccessControlBroker() throws RequestRefused {
    GeneralSigningApdu apdu = registered(TemplateRequests.template("ECS21c_4.6.2_SUCCESS_REQUEST_DUIS.XML")
        .replace("2014-11-30T09:00:00.00Z", "2014-12-20T06:30:00Z").counters(1002, 1302).accepted());

    assertThat(apdu.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    AccessRequestSpec read = accessRequest(apdu).specs().get(0);
    assertThat(read.descriptor().instance()).isEqualTo(new ObisCode(0, 0, 98, 1, 10, 255));
    Structure range = (Structure) read.selectiveAccess().orElseThrow().parameters();
    assertThat(range.elements().get(1))
        .isEqualTo(DlmsData.doubleLongUnsigned(Instant.parse("2014-12-20T06:30:00Z").getEpochSecond() - Y2K));
  }

  private static GeneralSigningApdu registered(AcceptedRequest request) throws RequestRefused {
    return ALL.forVariant(request.srv().variant()).orElseThrow().transform(request);
  }

  private static void assertReproduces(DeviceCommandTransform transform, String template) throws RequestRefused {
    GeneralSigningApdu expected = rtdsCommand(template);
    GeneralSigningApdu actual = transform.transform(request(template));
    assertThat(actual.originatorCounter()).as(template).isEqualTo(expected.originatorCounter());
    assertThat(comparable(actual)).as(template).isEqualTo(comparable(expected));
  }
}
