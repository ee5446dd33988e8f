package org.dccsim.bench;

/**
 * The requests the benchmarks sign: the shapes of the public DUIS templates for 8.2 and 4.1.1
 * (benchmarks may not read ../shared/reference at run time, so they carry their own).
 */
final class Templates {

  private Templates() {}

  static final String READ_INVENTORY = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.4">
        <sr:Header>
          <sr:RequestID>90-B3-D5-1F-30-01-00-00:90-B3-D5-1F-30-00-00-02:1000</sr:RequestID>
          <sr:CommandVariant>8</sr:CommandVariant>
          <sr:ServiceReference>8.2</sr:ServiceReference>
          <sr:ServiceReferenceVariant>8.2</sr:ServiceReferenceVariant>
        </sr:Header>
        <sr:Body>
          <sr:ReadInventory>
            <sr:DeviceID>00-DB-12-34-56-78-90-A0</sr:DeviceID>
          </sr:ReadInventory>
        </sr:Body>
      </sr:Request>
      """;

  static final String READ_INSTANTANEOUS_IMPORT_REGISTERS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.4">
        <sr:Header>
          <sr:RequestID>90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1000</sr:RequestID>
          <sr:CommandVariant>1</sr:CommandVariant>
          <sr:ServiceReference>4.1</sr:ServiceReference>
          <sr:ServiceReferenceVariant>4.1.1</sr:ServiceReferenceVariant>
        </sr:Header>
        <sr:Body>
          <sr:ReadInstantaneousImportRegisters/>
        </sr:Body>
      </sr:Request>
      """;
}
