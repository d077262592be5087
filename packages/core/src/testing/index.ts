// The conformance kit for adapter authors, published as @journeykit/core/testing.
export {};
