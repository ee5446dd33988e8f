package org.dccsim.device.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.TrustAnchor;
import org.dccsim.device.TrustAnchors;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.esme.SupplyState;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.usecase.ReadInstantaneousImportRegisters;
import org.dccsim.gbcs.wan.DeviceMessageListener;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcKeys;
import org.junit.jupiter.api.Test;

class EmulatedWanTest {

  private final SecureRandom random = new SecureRandom();
  private final KeyPair ka = EcKeys.generate(random);
  private final DeviceServices services =
      DeviceServices.create(Clock.systemUTC(), CryptoProvider.BC, (eui, usage) -> ka.getPrivate());
  private final CompletableFuture<byte[]> answered = new CompletableFuture<>();
  private final CompletableFuture<String> undeliverable = new CompletableFuture<>();
  private final DeviceMessageListener dcc = new DeviceMessageListener() {
    @Override public void onDeviceMessage(Eui64 device, byte[] gbcsMessage) { answered.complete(gbcsMessage); }
    @Override public void onUndeliverable(Eui64 device, byte[] gbcsMessage, String reason) { undeliverable.complete(reason); }
  };

  @Test
  void carriesACommandToItsDeviceAndTheResponseBack() throws Exception {
    KeyPair supplierKa = EcKeys.generate(random);
    KeyPair acbKa = EcKeys.generate(random);
    Eui64 id = Eui64.parse("00-DB-12-34-56-78-90-A0");
    Eui64 supplier = Eui64.parse("90-B3-D5-1F-30-01-00-00");
    Esme esme = new Esme(id,
        TrustAnchors.of(
            new TrustAnchor(RemotePartyRole.SUPPLIER, supplier, null, supplierKa.getPublic()),
            new TrustAnchor(RemotePartyRole.ACCESS_CONTROL_BROKER, Eui64.DCC_ACCESS_CONTROL_BROKER, null, acbKa.getPublic())),
        SupplyState.ENABLED);
    try (EmulatedWan wan = new EmulatedWan(services, dcc, new EmulatedWan.Settings(Duration.ofMillis(1), 2))) {
      wan.attach(esme);
      wan.send(id, services.mac().wrap(
          ReadInstantaneousImportRegisters.command(7, supplier, id),
          acbKa.getPrivate(), ka.getPublic()));
      byte[] response = answered.get(5, TimeUnit.SECONDS);
      assertThat(GbcsCodec.decode(response).apdu().originatorCounter()).isEqualTo(7);
    }
  }

  @Test
  void reportsAMessageForAnUnknownDeviceAsUndeliverable() throws Exception {
    try (EmulatedWan wan = new EmulatedWan(services, dcc, new EmulatedWan.Settings(Duration.ZERO, 1))) {
      wan.send(Eui64.parse("01-02-03-04-05-06-07-08"), new byte[] {1});
      assertThat(undeliverable.get(5, TimeUnit.SECONDS)).contains("01-02-03-04-05-06-07-08");
    }
  }
}
