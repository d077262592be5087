// The public surface of @journeykit/ga4.
export {};
