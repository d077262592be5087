// The public surface of @journeykit/templates.
export {};
