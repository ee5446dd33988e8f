package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.dccsim.device.TrustAnchors;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/** More interruptions than are kept: the oldest fold into a deficit, later reads stay exact. */
class SupplyInterruptionsTest {

  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void registersAfterManyInterruptionsLackExactlyWhatWasDrawnWhileOff() {
    Esme esme = new Esme(Eui64.parse("02-DC-C5-00-00-00-00-01"), TrustAnchors.of());
    long missed = 0;
    Instant t = T0;
    for (int i = 0; i < SupplyInterruptions.KEPT + 8; i++) {
      Instant off = t.plus(Duration.ofHours(1));
      Instant on = off.plus(Duration.ofMinutes(45));
      esme.setSupplyState(SupplyState.DISABLED, off);
      esme.setSupplyState(SupplyState.ENABLED, on);
      missed += ConsumptionModel.activeImportWh(esme.seed(), on) - ConsumptionModel.activeImportWh(esme.seed(), off);
      t = on;
    }
    Instant end = t.plus(Duration.ofHours(5));

    assertThat(esme.activeImportWh(end)).isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), end) - missed);
    assertThat(esme.reactiveImportVarh(end)).isLessThan(ConsumptionModel.reactiveImportVarh(esme.seed(), end));
    assertThat(esme.activeImportWh(T0)).as("before any").isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), T0));
  }

  @Test
  void aPowerOutageStopsTheRegistersAsASupplyInterruptionDoesAndOverlapsCountOnce() {
    Esme esme = new Esme(Eui64.parse("02-DC-C5-00-00-00-00-01"), TrustAnchors.of());
    Instant dark = T0.plus(Duration.ofHours(2));
    Instant disabled = dark.plus(Duration.ofMinutes(30));
    Instant light = dark.plus(Duration.ofHours(1));
    Instant enabled = light.plus(Duration.ofHours(1));
    esme.setCondition(esme.condition().withPowered(false));
    esme.mainsChanged(dark);
    esme.setSupplyState(SupplyState.DISABLED, disabled);
    esme.setCondition(esme.condition().withPowered(true));
    esme.mainsChanged(light);
    assertThat(esme.activePowerW(light.plus(Duration.ofMinutes(5)))).as("still disabled").isZero();
    esme.setSupplyState(SupplyState.ENABLED, enabled);

    Instant end = enabled.plus(Duration.ofHours(3));
    long missed = ConsumptionModel.activeImportWh(esme.seed(), enabled)
        - ConsumptionModel.activeImportWh(esme.seed(), dark);
    assertThat(esme.activeImportWh(end)).isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), end) - missed);
  }

  @Test
  void armingAfterDisablingKeepsOneInterruptionAndEnablingTwiceChangesNothing() {
    Esme esme = new Esme(Eui64.parse("02-DC-C5-00-00-00-00-01"), TrustAnchors.of());
    Instant off = T0.plus(Duration.ofHours(2));
    Instant on = off.plus(Duration.ofHours(3));
    esme.setSupplyState(SupplyState.DISABLED, off);
    esme.setSupplyState(SupplyState.ARMED, off.plus(Duration.ofHours(1)));
    esme.setSupplyState(SupplyState.ENABLED, on);
    esme.setSupplyState(SupplyState.ENABLED, on.plus(Duration.ofHours(1)));

    Instant end = on.plus(Duration.ofHours(4));
    long missed = ConsumptionModel.activeImportWh(esme.seed(), on) - ConsumptionModel.activeImportWh(esme.seed(), off);
    assertThat(esme.activeImportWh(end)).isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), end) - missed);
  }
}
