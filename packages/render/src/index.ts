// The public surface of @journeykit/render.
export {};
