// The public surface of @journeykit/cli.
export {};
