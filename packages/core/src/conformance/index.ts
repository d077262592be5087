// The public surface of conformance/: re-exported by src/index.ts.
export {};
