import { runAdapterConformance } from "@journeykit/core/testing";
import { csvFixtures, fixtureColumns } from "../test/fixtures";
import { csvAdapter } from "./csv-adapter";

runAdapterConformance({
  adapter: csvAdapter({ columns: fixtureColumns }),
  fixtures: csvFixtures,
  capabilities: { skipsBadRows: true },
});
