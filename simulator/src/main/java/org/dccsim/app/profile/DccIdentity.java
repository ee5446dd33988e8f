package org.dccsim.app.profile;

import org.dccsim.smki.Credential;
import org.dccsim.smki.SmkiCertificate;

/**
 * The DCC's own keys: the DSP XML-signing key that signs every DUIS response (and the
 * certificate the signatures cite, which may be another certificate of the same key: DCC Boxed
 * releases cite different ones), and the access control broker's GBCS key agreement key that
 * MACs every command.
 */
public record DccIdentity(Credential dspXmlSigning, SmkiCertificate citedDspCertificate, Credential acbKeyAgreement) {}
