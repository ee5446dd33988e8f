package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.junit.jupiter.api.Test;

/**
 * The GSME's top-up, event log and security log commands follow the request: the templates, given
 * the values of the RTDS scenarios they are not written for (another UTRN, other periods), become
 * those scenarios' commands byte for byte; what a GSME cannot do is refused (E45).
 */
class GsmeSecurityTransformsTest {

  private final TransformRegistry registry = registry();

  private static TransformRegistry registry() {
    TransformRegistry r = new TransformRegistry(HubRequests.CATALOGUE);
    new CommsHubAndSecurityTransforms().registerAll(r);
    return r;
  }

  private GeneralSigningApdu transform(String template, UnaryOperator<String> edit, long counter)
      throws RequestRefused {
    AcceptedRequest request = HubRequests.accepted(template, edit, counter, EnumSet.of(UserRole.GS));
    return registry.forVariant(request.srv().variant()).orElseThrow().transform(request);
  }

  private static void assertSameCommand(GeneralSigningApdu actual, GeneralSigningApdu rtds) {
    assertThat(actual.originator()).isEqualTo(rtds.originator());
    assertThat(actual.recipient()).isEqualTo(rtds.recipient());
    assertThat(actual.header().otherInformation()).isEqualTo(rtds.header().otherInformation());
    assertThat(actual.content().toByteArray()).isEqualTo(rtds.content().toByteArray());
  }

  @Test
  void aGsmeTopUpCarriesTheRequestsUtrnAsItsTopUpCode() throws Exception {
    GeneralSigningApdu error = transform("CS01b_2.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("73950067887105178605", "12345678910121314156"), 7L << 32);

    assertSameCommand(error, HubRequests.rtds("2.2_CS01b", "CS01b_2.2_ERROR"));
    assertThat(error.originatorCounter()).isEqualTo(7L << 32);
    assertThatThrownBy(() -> transform("CS01b_2.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("73950067887105178605", "7395006788710517860"), -1))
        .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID))
        .hasMessageContaining("UTRN");
  }

  @Test
  void eventAndSecurityLogReadsCoverTheRequestsPeriod() throws Exception {
    UnaryOperator<String> notFoundPeriod = xml -> xml
        .replaceFirst("<sr:StartDateTime>[^<]+<", "<sr:StartDateTime>2030-01-26T00:00:00Z<")
        .replaceFirst("<sr:EndDateTime>[^<]+<", "<sr:EndDateTime>2030-01-26T07:00:00Z<");
    UnaryOperator<String> otherNotFoundPeriod = xml -> xml
        .replaceFirst("<sr:StartDateTime>[^<]+<", "<sr:StartDateTime>2020-01-26T00:00:00Z<")
        .replaceFirst("<sr:EndDateTime>[^<]+<", "<sr:EndDateTime>2020-01-26T07:00:00Z<");

    assertSameCommand(transform("CS10a_6.13_SUCCESS_REQUEST_DUIS.XML", notFoundPeriod, 1003),
        HubRequests.rtds("6.13_CS10a", "CS10a_6.13_NOT_FOUND"));
    assertSameCommand(transform("CS10b_6.13_SUCCESS_REQUEST_DUIS.XML", otherNotFoundPeriod, 1003),
        HubRequests.rtds("6.13_CS10b", "CS10b_6.13_NOT_FOUND"));
    assertThat(transform("CS10a_6.13_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace(">Event<", ">Security<"), -1).messageCode()).isEqualTo(0x00A1);
  }

  @Test
  void aGsmeLogReadRefusesOtherLogsAndPeriodsAZigBeeTimeCannotHold() {
    assertThatThrownBy(() -> transform("CS10a_6.13_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace(">Event<", ">PowerEvent<"), -1))
        .hasMessageContaining("LogToRead").hasMessageContaining("PowerEvent");
    assertThatThrownBy(() -> transform("CS10a_6.13_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("2030-01-01T00:00:00.00Z", "2140-01-01T00:00:00Z"), -1))
        .hasMessageContaining("ReadLogPeriod/EndDateTime");
    assertThatThrownBy(() -> transform("CS10b_6.13_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("2015-01-01T00:00:00.00Z", "2014-01-01T00:00:00Z"), -1))
        .hasMessageContaining("not before StartDateTime");
  }

  @Test
  void theGsmesEventLogIsClearedAndNoEsmeLogTypeIsTakenForIt() throws Exception {
    assertSameCommand(transform("CS11_3.3_SUCCESS_REQUEST_DUIS.XML", UnaryOperator.identity(), 1001),
        HubRequests.rtds("3.3_CS11", "CS11_3.3_ERROR"));
    assertThatThrownBy(() -> transform("CS11_3.3_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:ClearEventLog/>",
            "<sr:ClearEventLog><sr:ESMEEventLogType>ALCS</sr:ESMEEventLogType></sr:ClearEventLog>"), -1))
        .hasMessageContaining("ESMEEventLogType");
  }
}
