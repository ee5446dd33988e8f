package org.dccsim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The emulated network's options reach the settings dccsim starts with, and bad ones are refused. */
class DccsimCommandWanOptionsTest {

  @Test
  void theHanLatencyAndGsmeWakeAreTheOnesGiven() throws Exception {
    CommandLine cli = DccsimCommand.commandLine();
    cli.parseArgs("--han-latency", "PT0.2S", "--gsme-wake", "PT2M");
    DccsimCommand command = cli.getCommand();

    var wan = command.settings().wan();
    assertThat(wan.hanLatency()).isEqualTo(Duration.ofMillis(200));
    assertThat(wan.gsmeWakeInterval()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void withoutTheOptionTheHanHopIsOneMillisecond() throws Exception {
    CommandLine cli = DccsimCommand.commandLine();
    cli.parseArgs();
    assertThat(((DccsimCommand) cli.getCommand()).settings().wan().hanLatency()).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void aNegativeHanLatencyIsRefusedWithItsReason() {
    CommandLine cli = DccsimCommand.commandLine();
    cli.parseArgs("--han-latency", "-PT1S");
    assertThatThrownBy(() -> ((DccsimCommand) cli.getCommand()).settings())
        .hasMessageContaining("the HAN latency cannot be negative");
  }
}
