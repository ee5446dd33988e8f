package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.request;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.transform;

import java.util.HexFormat;
import java.util.List;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.IntegerType;
import org.junit.jupiter.api.Test;

/** The tariff, price and debt transforms map every request value into the ESME's passive tables. */
class EsmeTariffTransformsTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final String TOU = "ECS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_REQUEST_DUIS.XML";
  private static final String HYBRID = "ECS01a_1.1.1_FUTURE_DATED_TOU_BLOCK_SUCCESS_REQUEST_DUIS.XML";

  // positions of ECS01a's data items
  private static final int SEASONS = 0;
  private static final int DAYS = 2;
  private static final int SPECIAL_DAYS = 3;
  private static final int THRESHOLDS_OF_TARIFF_1 = 4;
  private static final int CURRENCY = 12;
  private static final int STANDING_CHARGE = 13;
  private static final int PRICES = 14;
  private static final int FIRST_ACTIVATION = 15;

  @Test
  void touPricesLandAtTheirRateIndexAndTheStandingChargeAtItsScale() throws RequestRefused {
    List<DlmsData> data = accessRequest(transform(request(TOU,
        "<sr:TOUPrice index=\"2\">3127</sr:TOUPrice>", "<sr:TOUPrice index=\"48\">-3127</sr:TOUPrice>",
        "<sr:StandingCharge>20000</sr:StandingCharge>", "<sr:StandingCharge>1234</sr:StandingCharge>",
        "<sr:StandingChargeScale>-5</sr:StandingChargeScale>", "<sr:StandingChargeScale>-2</sr:StandingChargeScale>")))
        .data();

    List<DlmsData> table = chargeTable(data.get(PRICES));
    assertThat(table).hasSize(80);
    assertThat(entry(table.get(1))).isEqualTo("02=0");
    assertThat(entry(table.get(47))).isEqualTo("30=-3127");
    assertThat(entry(table.get(2))).isEqualTo("03=4744");
    Structure standing = (Structure) data.get(STANDING_CHARGE);
    assertThat(((Structure) standing.elements().get(0)).elements().get(1)).isEqualTo(DlmsData.integer(-2));
    assertThat(entry(chargeTable(standing).get(0))).isEqualTo("=1234");
  }

  @Test
  void blockPricesAreIndexedByBlockLetterAndBlockTariffNumber() throws RequestRefused {
    List<DlmsData> table = chargeTable(accessRequest(transform(request(HYBRID,
        "<sr:BlockPrice index=\"2\">6969</sr:BlockPrice>",
        "<sr:BlockPrice index=\"2\">6969</sr:BlockPrice><sr:BlockPrice index=\"4\">777</sr:BlockPrice>")))
        .data().get(PRICES));

    assertThat(entry(table.get(48))).isEqualTo("A1=2289");
    assertThat(entry(table.get(49))).isEqualTo("A2=4002");
    assertThat(entry(table.get(57))).isEqualTo("B2=6969");
    assertThat(entry(table.get(73))).isEqualTo("D2=777");
  }

  @Test
  void theSwitchingTableKeepsTheRequestsNamesTimesAndActions() throws RequestRefused {
    List<DlmsData> data = accessRequest(transform(request(TOU,
        "<sr:SeasonName>winter</sr:SeasonName>", "<sr:SeasonName>dark</sr:SeasonName>",
        "<sr:StartTime>07:00:00.00Z</sr:StartTime>\n                <sr:TOUTariffAction>3</sr:TOUTariffAction>",
        "<sr:StartTime>07:30:15.25Z</sr:StartTime>\n                <sr:BlockTariffAction>8</sr:BlockTariffAction>",
        "<sr:SpecifiedDayOfMonth>25</sr:SpecifiedDayOfMonth>", "<sr:LastDayOfMonth/>")))
        .data();

    Structure winter = (Structure) ((DlmsArray) data.get(SEASONS)).elements().get(0);
    assertThat(octets(winter.elements().get(0))).isEqualTo(HEX.formatHex("dark".getBytes()));
    Structure day1 = (Structure) ((DlmsArray) data.get(DAYS)).elements().get(0);
    Structure secondAction = (Structure) ((DlmsArray) day1.elements().get(1)).elements().get(1);
    assertThat(octets(secondAction.elements().get(0))).isEqualTo("071E0F19");
    assertThat(secondAction.elements().get(2)).isEqualTo(DlmsData.longUnsigned(108));
    Structure christmas = (Structure) ((DlmsArray) data.get(SPECIAL_DAYS)).elements().get(1);
    assertThat(octets(christmas.elements().get(1))).isEqualTo("FFFF0CFEFF");
  }

  @Test
  void blockThresholdsGoToTheRegisterMonitorOfTheirTariffInIndexOrder() throws RequestRefused {
    List<DlmsData> data = accessRequest(transform(request(HYBRID,
        "<sr:BlockThreshold index=\"1\">10000</sr:BlockThreshold>\n"
            + "            <sr:BlockThreshold index=\"2\">4294967295</sr:BlockThreshold>",
        "<sr:BlockThreshold index=\"2\">4294967295</sr:BlockThreshold>\n"
            + "            <sr:BlockThreshold index=\"1\">15</sr:BlockThreshold>")))
        .data();

    assertThat(data.get(THRESHOLDS_OF_TARIFF_1)).isEqualTo(new DlmsArray(List.of(
        DlmsData.doubleLongUnsigned(15), DlmsData.doubleLongUnsigned(4_294_967_295L))));
  }

  @Test
  void theExecutionDateTimeActivatesEveryPassiveTableAndItsAbsenceActivatesThemAtOnce() throws RequestRefused {
    List<DlmsData> future = accessRequest(transform(request(HYBRID,
        "2030-01-15T09:00:00.00Z", "2027-06-30T22:15:00Z"))).data();
    List<DlmsData> immediate = accessRequest(transform(request(TOU))).data();
    List<DlmsData> cancelled = accessRequest(transform(request(HYBRID,
        "2030-01-15T09:00:00.00Z", "3000-12-31T00:00:00.00Z"))).data();

    assertThat(future.subList(FIRST_ACTIVATION, FIRST_ACTIVATION + 6)).extracting(EsmeTariffTransformsTest::octets)
        .containsOnly("07EB061EFF160F00008000FF");
    assertThat(immediate.subList(FIRST_ACTIVATION, FIRST_ACTIVATION + 6)).extracting(EsmeTariffTransformsTest::octets)
        .containsOnly("0000000000000000008000FF");
    assertThat(cancelled.subList(FIRST_ACTIVATION, FIRST_ACTIVATION + 6)).extracting(EsmeTariffTransformsTest::octets)
        .containsOnly("FFFFFFFFFFFFFFFFFF8000FF");
  }

  @Test
  void theEuroIsFalseInTheCurrencyFlag() throws RequestRefused {
    List<DlmsData> data = accessRequest(transform(request(TOU,
        "<sr:CurrencyUnits>GBP</sr:CurrencyUnits>", "<sr:CurrencyUnits>ECB</sr:CurrencyUnits>"))).data();

    assertThat(data.get(CURRENCY)).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void aPriceTwiceForOneRateOrOutsideTheLongRangeIsRefused() {
    assertThatThrownBy(() -> transform(request(TOU,
        "<sr:TOUPrice index=\"2\">3127</sr:TOUPrice>", "<sr:TOUPrice index=\"1\">3127</sr:TOUPrice>")))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains("TOUPrice");
        });
    assertThatThrownBy(() -> transform(request(TOU,
        "<sr:TOUPrice index=\"2\">3127</sr:TOUPrice>", "<sr:TOUPrice index=\"2\">40000</sr:TOUPrice>")))
        .isInstanceOf(RequestRefused.class);
  }

  @Test
  void secondaryElementActionsAreScripts201To204AndItsPricesFour() throws RequestRefused {
    AccessRequest tariff = accessRequest(transform(request("ECS01c_1.1.2_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML",
        "<sr:ElectricityPriceElement index=\"2\">0</sr:ElectricityPriceElement>",
        "<sr:ElectricityPriceElement index=\"2\">999</sr:ElectricityPriceElement>")));
    AccessRequest price = accessRequest(transform(request("ECS01d_1.2.2_FUTURE_DATED_SUCCESS_REQUEST_DUIS.XML",
        "<sr:PriceScale>-5</sr:PriceScale>", "<sr:PriceScale>-3</sr:PriceScale>")));

    assertThat(chargeTable(tariff.data().get(0))).extracting(EsmeTariffTransformsTest::entry)
        .containsExactly("01=10100", "02=999", "03=12300", "04=13400");
    Structure day1 = (Structure) ((DlmsArray) tariff.data().get(3)).elements().get(0);
    assertThat(((DlmsArray) day1.elements().get(1)).elements())
        .extracting(a -> ((Structure) a).elements().get(2))
        .containsExactly(DlmsData.longUnsigned(201), DlmsData.longUnsigned(204), DlmsData.longUnsigned(203));
    assertThat(((Structure) ((Structure) price.data().get(0)).elements().get(0)).elements().get(1))
        .isEqualTo(DlmsData.integer(-3));
  }

  @Test
  void debtRecoveryRatesPeriodsAndRegistersComeFromTheRequest() throws RequestRefused {
    List<DlmsData> data = accessRequest(transform(request("ECS07_2.3_SUCCESS_REQUEST_DUIS.XML",
        "<sr:DebtRecoveryRate>15</sr:DebtRecoveryRate>", "<sr:DebtRecoveryRate>-7</sr:DebtRecoveryRate>",
        "<sr:DebtRecoveryRatePeriod>DAILY</sr:DebtRecoveryRatePeriod>\n      </sr:ElecDebtRecovery2>",
        "<sr:DebtRecoveryRatePeriod>HOURLY</sr:DebtRecoveryRatePeriod>\n      </sr:ElecDebtRecovery2>",
        "<sr:PaymentDebtRegister>50000</sr:PaymentDebtRegister>", "<sr:PaymentDebtRegister>-1</sr:PaymentDebtRegister>")))
        .data();

    assertThat(entry(chargeTable(data.get(1)).get(0))).isEqualTo("=-7");
    assertThat(data.get(3)).isEqualTo(DlmsData.doubleLongUnsigned(86_400));
    assertThat(data.get(4)).isEqualTo(DlmsData.doubleLongUnsigned(3_600));
    assertThat(data.get(7)).isEqualTo(new IntegerValue(IntegerType.DOUBLE_LONG, -1));
  }

  private static List<DlmsData> chargeTable(DlmsData unitCharge) {
    return ((DlmsArray) ((Structure) unitCharge).elements().get(2)).elements();
  }

  private static String entry(DlmsData e) {
    List<DlmsData> f = ((Structure) e).elements();
    return octets(f.get(0)) + "=" + ((IntegerValue) f.get(1)).value();
  }

  private static String octets(DlmsData d) {
    return HEX.formatHex(((OctetString) d).value().toByteArray());
  }
}
