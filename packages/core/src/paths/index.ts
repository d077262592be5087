// The public surface of paths/: re-exported by src/index.ts.
export {};
