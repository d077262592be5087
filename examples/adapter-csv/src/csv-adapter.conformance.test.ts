import { runAdapterConformance } from "@journeykit/core/testing";
import { describe } from "vitest";
import { csvFixtures, fixtureColumns } from "../test/fixtures";
import { reorderCsvRecords } from "../test/reorder-csv-records";
import { csvAdapter } from "./csv-adapter";

// The kit runs every check through read() and through readBatches(), and compares the two.
runAdapterConformance({
  adapter: csvAdapter({ columns: fixtureColumns }),
  fixtures: csvFixtures,
  capabilities: { skipsBadRows: true },
  reorderRecords: reorderCsvRecords,
});

// Batches of two events, so that a fixture gives several and the kit aborts between batches.
describe("with batchSize 2", () => {
  runAdapterConformance({
    adapter: csvAdapter({ columns: fixtureColumns, batchSize: 2 }),
    fixtures: csvFixtures,
    capabilities: { skipsBadRows: true },
    reorderRecords: reorderCsvRecords,
  });
});
