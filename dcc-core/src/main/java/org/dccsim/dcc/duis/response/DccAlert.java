package org.dccsim.dcc.duis.response;

/** The choice inside sr:DCCAlert (those modelled). */
public sealed interface DccAlert permits QuarantinedRequestAlert, PowerOutageAlert {}
