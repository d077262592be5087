import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { parseDuration } from "./parse-duration";

describe("parseDuration", () => {
  it.each([
    [1500, 1500],
    ["250ms", 250],
    ["90s", 90_000],
    ["30m", 1_800_000],
    ["1.5h", 5_400_000],
    ["7d", 604_800_000],
    ["2w", 1_209_600_000],
  ])("reads %j as %d ms", (input, expected) => {
    expect(parseDuration(input, "window")).toBe(expected);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, "0d", "7 days", "", "d"])(
    "rejects %j with an error naming the option",
    (input) => {
      expect(() => parseDuration(input, "steps[1].within")).toThrow(InvalidOptionError);
      expect(() => parseDuration(input, "steps[1].within")).toThrow(/steps\[1\]\.within/);
    },
  );
});
