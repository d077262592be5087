// The public surface of feedback/: re-exported by src/index.ts.
export {};
