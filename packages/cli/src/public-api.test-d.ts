// The published surface of @journeykit/cli: every value name exactly (a name added or dropped fails here
// until this file, and a changeset, say so) and every type name present.
import { describe, expectTypeOf, it } from "vitest";
import type * as Cli from "./index";

describe("@journeykit/cli's public API", () => {
  it("@journeykit/cli exports exactly these values", () => {
    expectTypeOf<keyof typeof Cli>().toEqualTypeOf<
      "CliError" | "EXIT_CODES" | "processIo" | "run" | "usageError"
    >();
  });

  it("@journeykit/cli exports these types", () => {
    expectTypeOf<[Cli.CliIo, Cli.CommandOptions]>().not.toBeNever();
  });

  it("keeps the signatures of the main calls", () => {
    expectTypeOf<typeof Cli.run>().toEqualTypeOf<
      (argv: readonly string[], io: Cli.CliIo) => Promise<number>
    >();
  });
});
