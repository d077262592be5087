// The Node-only surface of @journeykit/ga4, published as "@journeykit/ga4/node".
export { type Ga4ExportFileLogOptions, readGa4ExportFileLog } from "./read-ga4-export-file-log";
