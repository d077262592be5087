import { describe, expect, it } from "vitest";
import { Ga4CsvError } from "../errors/ga4-csv-error";
import { readGa4Csv } from "./read-ga4-csv";

// The shape of a "Traffic acquisition" download: a header block, the chart's series, then the
// table with a totals row, in the exporting user's locale.
const english = [
  "# ----------------------------------------",
  "# Traffic acquisition: Session primary channel group (Default channel group)",
  "# Account: Demo Account",
  "# Property: GA4 - Demo Shop",
  "# ----------------------------------------",
  "#",
  "# All Users",
  "# Start date: 20240101",
  "# End date: 20240131",
  "Nth day,Organic Search,Direct",
  "0000,1200,300",
  "0001,1175,290",
  "",
  "# All Users",
  "Session primary channel group (Default channel group),Sessions,Engagement rate,Total revenue,Item ID",
  'Grand total,"14,095","62.5%","$1,499.90",',
  'Organic Search,"12,345",0.61,"$1,234.50",00123',
  'Direct,"1,750",0.55,$265.40,00456',
  '"Referral, partners",0,0,$0.00,',
].join("\r\n");

describe("readGa4Csv", () => {
  it("reads the # header into title, metadata and date range", () => {
    const csv = readGa4Csv(english);
    expect(csv.title).toBe("Traffic acquisition: Session primary channel group (Default channel group)");
    expect(csv.metadata).toEqual({
      Account: "Demo Account",
      Property: "GA4 - Demo Shop",
      "Start date": "20240101",
      "End date": "20240131",
    });
    expect(csv.dateRange).toEqual({ start: "2024-01-01", end: "2024-01-31" });
  });

  it("splits the sections and types their columns, keeping ids with leading zeros as text", () => {
    const [series, table] = readGa4Csv(english).sections;
    expect(series).toEqual({
      line: 10,
      comments: ["All Users"],
      columns: ["Nth day", "Organic Search", "Direct"],
      numericColumns: ["Organic Search", "Direct"],
      rows: [
        { "Nth day": "0000", "Organic Search": 1200, Direct: 300 },
        { "Nth day": "0001", "Organic Search": 1175, Direct: 290 },
      ],
      totals: [],
    });
    const channel = "Session primary channel group (Default channel group)";
    expect(table?.comments).toEqual(["All Users"]);
    expect(table?.numericColumns).toEqual(["Sessions", "Engagement rate", "Total revenue"]);
    expect(table?.totals).toEqual([
      {
        [channel]: "Grand total",
        Sessions: 14095,
        "Engagement rate": 0.625,
        "Total revenue": 1499.9,
        "Item ID": "",
      },
    ]);
    expect(table?.rows).toEqual([
      {
        [channel]: "Organic Search",
        Sessions: 12345,
        "Engagement rate": 0.61,
        "Total revenue": 1234.5,
        "Item ID": "00123",
      },
      {
        [channel]: "Direct",
        Sessions: 1750,
        "Engagement rate": 0.55,
        "Total revenue": 265.4,
        "Item ID": "00456",
      },
      {
        [channel]: "Referral, partners",
        Sessions: 0,
        "Engagement rate": 0,
        "Total revenue": 0,
        "Item ID": "",
      },
    ]);
  });

  it("reads numbers in the export's locale", () => {
    const german =
      'Kanal,Sitzungen,Interaktionsrate\nOrganic Search,"12.345","0,61"\nDirect,987,"1.234,5 €"\n';
    expect(readGa4Csv(german, { locale: "de-DE" }).sections[0]?.rows).toEqual([
      { Kanal: "Organic Search", Sitzungen: 12345, Interaktionsrate: 0.61 },
      { Kanal: "Direct", Sitzungen: 987, Interaktionsrate: 1234.5 },
    ]);
    const french = 'Canal,Sessions\nDirect,12\u202f345\nEmail,"1\u00a0000,5"\n';
    expect(readGa4Csv(french, { locale: "fr-FR" }).sections[0]?.rows).toEqual([
      { Canal: "Direct", Sessions: 12345 },
      { Canal: "Email", Sessions: 1000.5 },
    ]);
    // The same German text read as English is not numbers, so it stays text rather than being misread.
    expect(readGa4Csv(german).sections[0]?.numericColumns).toEqual(["Sitzungen"]);
  });

  it("keeps YYYYMMDD date columns and columns asked for as text", () => {
    const csv = readGa4Csv("Date,Users,Postcode\n20240101,5,0150\n20240102,7,5003\n", {
      textColumns: ["Postcode"],
    });
    expect(csv.sections[0]?.rows).toEqual([
      { Date: "20240101", Users: 5, Postcode: "0150" },
      { Date: "20240102", Users: 7, Postcode: "5003" },
    ]);
  });

  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    const csv = readGa4Csv('Page title,Views\n"Sale: ""50%"", today",3\n"Two\nlines",4\n');
    expect(csv.sections[0]?.rows).toEqual([
      { "Page title": 'Sale: "50%", today', Views: 3 },
      { "Page title": "Two\nlines", Views: 4 },
    ]);
  });

  it("names the line of an unclosed quote or a row of the wrong width", () => {
    expect(() => readGa4Csv('Page,Views\n"Home,12\n')).toThrow(Ga4CsvError);
    try {
      readGa4Csv("# Title\nPage,Views\nHome,12\nAbout,3,extra\n");
    } catch (error) {
      expect(Ga4CsvError.isInstance(error) && error.line).toBe(4);
    }
    expect.assertions(2);
  });
});
