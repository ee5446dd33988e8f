package org.dccsim.app.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.dccsim.device.TrustAnchors;
import org.dccsim.device.chf.CommsHub;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.PrepaymentTariff;
import org.dccsim.device.gsme.Gsme;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class DeviceViewTest {

  @Test
  void aMeterShowsItsSupplyPaymentModeAndBalanceInPounds() {
    Esme esme = new Esme(Eui64.parse("02-DC-C5-00-00-00-00-01"), TrustAnchors.of());
    esme.installInPrepayment(PrepaymentTariff.DEFAULT.installed());

    assertThat(DeviceView.of(esme).meter())
        .containsEntry("supply", "ENABLED").containsEntry("paymentMode", "PREPAYMENT")
        .containsEntry("balancePounds", 10.0);
    assertThat(DeviceView.of(new Gsme(Eui64.parse("02-DC-C5-00-00-00-00-02"), TrustAnchors.of())).meter())
        .containsEntry("valve", "ON").containsEntry("creditPounds", 0.0);
    assertThat(DeviceView.of(new CommsHub(Eui64.parse("02-DC-C5-00-00-00-00-00"), TrustAnchors.of())).meter())
        .as("no meter").isNull();
  }
}
