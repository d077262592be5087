import type { ConformanceFixture, RecordReorderer } from "../src/testing/conformance-types";

// Fixtures for the tiny "customer,epoch-ms,event" format, expectations written from the text.
export const tinyFixtures: ConformanceFixture[] = [
  {
    name: "three events, CRLF and non-ASCII",
    input: "c-1,1000,signup\r\nc-2,2000,purchase\nc-1,3000,caf\u00e9 \u{1F600}\n",
    expectedEvents: [
      { customerId: "c-1", timestamp: 1000, name: "signup" },
      { customerId: "c-2", timestamp: 2000, name: "purchase" },
      { customerId: "c-1", timestamp: 3000, name: "caf\u00e9 \u{1F600}" },
    ],
  },
  {
    name: "byte order mark, no final newline",
    input: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("c-9,5,open")]),
    expectedEvents: [{ customerId: "c-9", timestamp: 5, name: "open" }],
  },
  {
    name: "two bad lines",
    input: "c-1,1000,signup\noops\nc-1,2000,pay\n,,\n",
    expectedEvents: [
      { customerId: "c-1", timestamp: 1000, name: "signup" },
      { customerId: "c-1", timestamp: 2000, name: "pay" },
    ],
    badRecords: 2,
    badLines: [2, 4],
  },
];

/** The tiny format has no header and one record per line, so its records are its lines. */
export const reorderTinyLines: RecordReorderer = (input, shuffle) => {
  const lines = (typeof input === "string" ? input : new TextDecoder().decode(input)).split("\n");
  if (lines.at(-1) === "") lines.pop();
  return shuffle(lines)
    .map((line) => `${line}\n`)
    .join("");
};

/** The message a check fails with; fails itself when the check passes. */
export async function failure(check: Promise<void>): Promise<string> {
  try {
    await check;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the check to fail, but the adapter passed it");
}
