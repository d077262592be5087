#!/usr/bin/env node
import { processIo } from "./cli-io";
import { run } from "./main";

run(process.argv.slice(2), processIo()).then((exitCode) => {
  process.exitCode = exitCode;
});
