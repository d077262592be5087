// The public surface of @journeykit/sql.
export {};
