// The published surface of @journeykit/ga4: every value name exactly (a name added or dropped fails here
// until this file, and a changeset, say so) and every type name present.

import type { ReadOptions } from "@journeykit/core";
import type { AdapterInput } from "@journeykit/core/adapter";
import { describe, expectTypeOf, it } from "vitest";
import type * as Ga4 from "./index";
import type * as Ga4Internal from "./internal";
import type * as Ga4Node from "./node/index";

describe("@journeykit/ga4's public API", () => {
  it("@journeykit/ga4 exports exactly these values", () => {
    expectTypeOf<keyof typeof Ga4>().toEqualTypeOf<
      | "GA4_CHANNEL_GROUPS"
      | "GA4_CHANNEL_GROUP_TO_CHANNEL"
      | "GA4_READ_DETAILS"
      | "Ga4CsvError"
      | "Ga4ExportOptionsSchema"
      | "Ga4FunnelReportOptionsSchema"
      | "Ga4ReportError"
      | "ReadGa4CsvOptionsSchema"
      | "defaultChannelGroup"
      | "ga4Adapter"
      | "journeyChannelForGroup"
      | "readGa4Csv"
      | "readGa4Export"
      | "readGa4FunnelReport"
      | "readGa4Report"
    >();
  });

  it("@journeykit/ga4/internal exports exactly these values", () => {
    expectTypeOf<keyof typeof Ga4Internal>().toEqualTypeOf<
      "channelOfTraffic" | "exportEndWarnings" | "readParamRecord" | "setProperty"
    >();
  });

  it("@journeykit/ga4 exports these types", () => {
    expectTypeOf<
      [
        Ga4.Ga4ChannelGroup,
        Ga4.Ga4Csv,
        Ga4.Ga4CsvRow,
        Ga4.Ga4CsvSection,
        Ga4.Ga4ExportOptions,
        Ga4.Ga4FunnelReport,
        Ga4.Ga4FunnelReportOptions,
        Ga4.Ga4ReadDetails,
        Ga4.Ga4ReadReport,
        Ga4.Ga4ReadStream,
        Ga4.Ga4Report,
        Ga4.Ga4ReportRow,
        Ga4.ReadGa4CsvOptions,
        Ga4.TrafficSource,
      ]
    >().not.toBeNever();
  });

  it("@journeykit/ga4/node exports exactly these values", () => {
    expectTypeOf<keyof typeof Ga4Node>().toEqualTypeOf<
      "isGzipFile" | "openGa4ExportFile" | "readGa4ExportFileLog"
    >();
  });

  it("@journeykit/ga4/node exports these types", () => {
    expectTypeOf<[Ga4Node.Ga4ExportFileLogOptions]>().not.toBeNever();
  });

  it("keeps the signatures of the main calls", () => {
    expectTypeOf<typeof Ga4.readGa4Export>().toEqualTypeOf<
      (input: AdapterInput, options?: ReadOptions & Ga4.Ga4ExportOptions) => Ga4.Ga4ReadStream
    >();
    expectTypeOf<typeof Ga4.readGa4Report>().toEqualTypeOf<(response: unknown) => Ga4.Ga4Report>();
  });
});
