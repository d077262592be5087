import { describe, expect, it } from "vitest";
import { JourneyValidationError } from "./journey-validation-error";
import { JourneykitError } from "./journeykit-error";

describe("JourneykitError", () => {
  it("keeps code, message and cause", () => {
    const cause = new Error("disk full");
    const error = new JourneykitError({ code: "X_FAILED", message: "X failed", cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("X_FAILED");
    expect(error.message).toBe("X failed");
    expect(error.cause).toBe(cause);
  });

  it("is recognised across copies of the library through its Symbol.for marker", () => {
    // Another copy of journeykit has another class, but the same registered symbol.
    const fromOtherCopy = Object.assign(new Error("x"), {
      [Symbol.for("journeykit.error")]: true,
      [Symbol.for("journeykit.error.journey-validation")]: true,
    });
    expect(JourneykitError.isInstance(fromOtherCopy)).toBe(true);
    expect(JourneyValidationError.isInstance(fromOtherCopy)).toBe(true);
  });

  it("tells subclasses apart and rejects non-errors", () => {
    const base = new JourneykitError({ code: "X", message: "x" });
    expect(JourneyValidationError.isInstance(base)).toBe(false);
    expect(JourneykitError.isInstance(new JourneyValidationError({ issues: [] }))).toBe(true);
    for (const value of [null, undefined, 1, "error", {}, new Error("plain")]) {
      expect(JourneykitError.isInstance(value)).toBe(false);
    }
  });
});
