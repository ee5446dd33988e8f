package org.dccsim.dcc.duis.response;

/** The choice that may follow ServiceReferenceVariant in an sr:ResponseMessage (those modelled). */
public sealed interface ResponsePayload permits GbcsPayload, PreCommand, DspInventory, FutureDatedAlert {}
