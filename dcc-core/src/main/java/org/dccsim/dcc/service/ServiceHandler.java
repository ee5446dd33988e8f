package org.dccsim.dcc.service;

/**
 * What dccsim does for one Service Reference Variant: answer it itself (non-device) or turn it into
 * a GBCS command for a device.
 */
public sealed interface ServiceHandler permits NonDeviceService, DeviceCommandTransform {}
