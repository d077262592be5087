// The public surface of segmentation/: re-exported by src/index.ts.
export {};
