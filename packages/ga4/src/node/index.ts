// The Node-only surface of @journeykit/ga4, published as "@journeykit/ga4/node".

export { isGzipFile, openGa4ExportFile } from "./open-ga4-export-file";
export { type Ga4ExportFileLogOptions, readGa4ExportFileLog } from "./read-ga4-export-file-log";
