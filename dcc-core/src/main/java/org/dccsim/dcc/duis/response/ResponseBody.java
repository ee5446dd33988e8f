package org.dccsim.dcc.duis.response;

/** The single element of a response's sr:Body. */
public sealed interface ResponseBody permits ResponseMessage, DccAlertMessage, DeviceAlertMessage {}
