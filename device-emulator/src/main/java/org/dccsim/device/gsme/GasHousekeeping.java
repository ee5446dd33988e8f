package org.dccsim.device.gsme;

import org.dccsim.device.zcl.FutureDated;
import org.dccsim.device.zcl.ZclCommandRef;
import org.dccsim.device.zcl.ZclDevice;
import org.dccsim.device.zcl.ZclEngine;
import org.dccsim.device.zcl.ZclResponse;
import org.dccsim.gbcs.gbz.CalendarCommands;

/**
 * The commands of the Calendar, Messaging, Device Management and Events clusters a gas meter
 * answers. The meter accepts calendars, messages, tenancy and supplier changes, passwords,
 * site ids, CINs and event configurations without modelling their content [?: left for later;
 * the response is what the RTDS shows]; its calendar queries answer NOT FOUND unless pinned. Its
 * event logs are {@link GasEventLogs}.
 */
final class GasHousekeeping {

  static final int CALENDAR = 0x0707;
  static final int MESSAGING = 0x0703;
  static final int DEVICE_MANAGEMENT = 0x0708;

  private GasHousekeeping() {}

  static <D extends ZclDevice> void define(ZclEngine.Builder<D> m) {
    // a calendar and its special days take effect at their start time (their content is not modelled)
    m.command(ZclCommandRef.toClient(CALENDAR, 0x00), GasCommands.<D, CalendarCommands.PublishCalendar>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> { })));
    m.command(ZclCommandRef.toClient(CALENDAR, 0x04), GasCommands.<D, CalendarCommands.PublishSpecialDays>typed(
        (d, c, x) -> FutureDated.at(x, c.startTime(), () -> { })));
    for (int id = 0x01; id <= 0x03; id++) {
      m.command(ZclCommandRef.toClient(CALENDAR, id), GasCommands.accepted());
    }
    for (int id = 0x01; id <= 0x04; id++) {
      m.query(ZclCommandRef.toServer(CALENDAR, id), GasCommands.notFound());
    }
    m.command(ZclCommandRef.toClient(MESSAGING, 0x00), GasCommands.accepted());
    for (int id : new int[] {0x00, 0x01, 0x02, 0x03, 0x04, 0x06}) {
      m.command(ZclCommandRef.toClient(DEVICE_MANAGEMENT, id), GasCommands.accepted());
    }
    m.query(ZclCommandRef.toClient(DEVICE_MANAGEMENT, 0x05), GasCommands.notFound()); // Get Event Configuration
  }
}
