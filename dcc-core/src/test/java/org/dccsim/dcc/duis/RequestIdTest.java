package org.dccsim.dcc.duis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

  @Test
  void parsesAndFormatsTheDuisForm() {
    RequestId id = RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000");

    assertThat(id.originator()).isEqualTo(Eui64.parse("90-B3-D5-1F-30-01-00-00"));
    assertThat(id.target()).isEqualTo(Eui64.parse("00-DB-12-34-56-78-90-A0"));
    assertThat(id.counter()).isEqualTo(1000);
    assertThat(id).hasToString("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000");
  }

  @Test
  void acceptsEitherCaseAndWritesUpperCase() {
    RequestId id = RequestId.parse("00-db-12-34-56-78-00-04:00-Db-12-34-56-78-90-a0:0");

    assertThat(id).hasToString("00-DB-12-34-56-78-00-04:00-DB-12-34-56-78-90-A0:0");
  }

  @Test
  void carriesTheWholeUnsignedSixtyFourBitCounterRange() {
    RequestId max =
        RequestId.parse("90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:18446744073709551615");

    assertThat(max.counter()).isEqualTo(-1L);
    assertThat(max.counterText()).isEqualTo("18446744073709551615");
    assertThat(max.toString()).endsWith(":18446744073709551615");
    assertThat(RequestId.parse(max.withCounter(1_660_751_141_087L).toString()).counter())
        .isEqualTo(1_660_751_141_087L);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:18446744073709551616",
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:99999999999999999999",
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:01",
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:-1",
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:+1",
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:",
    "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0",
    "90B3D51F30010000:00-DB-12-34-56-78-90-A0:1000",
    "90-B3-D5-1F-30-01-00-0G:00-DB-12-34-56-78-90-A0:1000",
    "90-B3-D5-1F-30-01-00-00;00-DB-12-34-56-78-90-A0:1000",
    "",
  })
  void refusesWhatTheXsdPatternRefuses(String text) {
    assertThatThrownBy(() -> RequestId.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theResponseIdSwapsTheEuisAndKeepsTheCounter() {
    RequestId request =
        RequestId.parse("90-B3-D5-1F-30-01-00-00:88-73-84-57-00-2F-96-1E:1660751141087");

    ResponseId response = request.responseId();

    assertThat(response).hasToString("88-73-84-57-00-2F-96-1E:90-B3-D5-1F-30-01-00-00:1660751141087");
    assertThat(ResponseId.parse(response.toString())).isEqualTo(response);
    assertThat(response.requestId()).isEqualTo(request);
    assertThat(response.responder()).isEqualTo(request.target());
  }

  @Test
  void namesTheFaultInTheMessage() {
    assertThatThrownBy(() -> ResponseId.parse("x"))
        .hasMessage("not a DUIS ResponseID (EUI-64:EUI-64:counter): 'x'");
    assertThatThrownBy(() -> RequestId.parse(
            "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:18446744073709551616"))
        .hasMessage("RequestID counter '18446744073709551616' exceeds 18446744073709551615");
  }
}
