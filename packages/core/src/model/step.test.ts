import { describe, expect, it } from "vitest";
import { stepLabel } from "../matching/step-label";
import { StepSchema } from "./step";

describe("StepSchema", () => {
  it("accepts the three forms of a step", () => {
    expect(StepSchema.parse("view_item")).toBe("view_item");
    expect(StepSchema.parse({ name: "a", where: { p: { oneOf: [1, "x"] } } })).toEqual({
      name: "a",
      where: { p: { oneOf: [1, "x"] } },
    });
    expect(StepSchema.parse({ anyOf: ["a", { name: "b" }], label: "A or B" })).toEqual({
      anyOf: ["a", { name: "b" }],
      label: "A or B",
    });
  });

  it.each([
    [""],
    [{ name: "" }],
    [{ anyOf: [] }],
    [{ name: "a", were: {} }],
    [{ anyOf: ["a"], name: "b" }],
    [3],
  ])("rejects %j", (step) => {
    expect(StepSchema.safeParse(step).success).toBe(false);
  });
});

describe("stepLabel", () => {
  it("names steps by their label, their event name and the fields they test", () => {
    expect(stepLabel("add_to_cart")).toBe("add_to_cart");
    expect(
      stepLabel({ name: "page_view", medium: { equals: "cpc" }, where: { page: { prefix: "/" } } }),
    ).toBe("page_view (medium, page)");
    expect(stepLabel({ anyOf: ["sign_up", { name: "login" }] })).toBe("sign_up | login");
    expect(stepLabel({ name: "x", label: "The X" })).toBe("The X");
  });
});
