import { InvalidOptionError } from "@journeykit/core";

/** The error for a query whose `analysis` is none of the five. */
export function unknownAnalysis(query: unknown): InvalidOptionError {
  const analysis = (query as { analysis?: unknown } | null | undefined)?.analysis;
  return new InvalidOptionError({
    option: "analysis",
    problem: `expected "funnel", "stageFunnel", "directlyFollows", "pathVariants" or "conformance", got ${JSON.stringify(analysis)}`,
  });
}
