package org.dccsim.device;

import java.time.Clock;
import org.dccsim.device.security.SecurityAlertPolicy;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.gbcs.usecase.UseCases;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;

/**
 * What every emulated device uses and none owns: the simulation clock, the GBCS tables, the
 * cryptographic services, the devices' keyring, the uplink for alerts, the scheduler for
 * future-dated work, the alerts that refusals raise and the HAN for HAN-only commands. One instance serves a whole population.
 */
public record DeviceServices(
    Clock clock,
    MessageCodes messageCodes,
    UseCases useCases,
    GbcsSigner signer,
    GbcsMac mac,
    SensitivePayloadCipher payloadCipher,
    EcdhP256 ecdh,
    DeviceKeyring keyring,
    DeviceUplink uplink,
    DeviceScheduler scheduler,
    SecurityAlertPolicy securityAlerts,
    DeviceHan han) {

  /**
   * Services with the standard GBCS tables, nothing sent anywhere and future-dated work run at
   * once; {@link #withUplink} and {@link #withScheduler} connect them to a network.
   */
  public static DeviceServices create(Clock clock, CryptoProvider provider, DeviceKeyring keyring) {
    EcdhP256 ecdh = new EcdhP256(provider);
    // devices keep their own shared secrets; this small cache serves only callers that pass keys
    MessageKeyDerivation kdf = new MessageKeyDerivation(new SharedSecretCache(ecdh, 64));
    return new DeviceServices(clock, MessageCodes.standard(), UseCases.standard(),
        new GbcsSigner(new EcdsaP256(provider)), new GbcsMac(kdf),
        new SensitivePayloadCipher(kdf), ecdh, keyring, DeviceUplink.NONE, DeviceScheduler.IMMEDIATE,
        SecurityAlertPolicy.defaults(), DeviceHan.NONE);
  }

  public DeviceServices withUplink(DeviceUplink newUplink) {
    return new DeviceServices(clock, messageCodes, useCases, signer, mac, payloadCipher, ecdh, keyring,
        newUplink, scheduler, securityAlerts, han);
  }

  public DeviceServices withScheduler(DeviceScheduler newScheduler) {
    return new DeviceServices(clock, messageCodes, useCases, signer, mac, payloadCipher, ecdh, keyring,
        uplink, newScheduler, securityAlerts, han);
  }

  public DeviceServices withClock(Clock newClock) {
    return new DeviceServices(newClock, messageCodes, useCases, signer, mac, payloadCipher, ecdh, keyring,
        uplink, scheduler, securityAlerts, han);
  }

  /** Services whose devices reach each other's HAN-only commands through {@code newHan}. */
  public DeviceServices withHan(DeviceHan newHan) {
    return new DeviceServices(clock, messageCodes, useCases, signer, mac, payloadCipher, ecdh, keyring,
        uplink, scheduler, securityAlerts, newHan);
  }

  public DeviceServices withSecurityAlerts(SecurityAlertPolicy policy) {
    return new DeviceServices(clock, messageCodes, useCases, signer, mac, payloadCipher, ecdh, keyring,
        uplink, scheduler, policy, han);
  }
}
