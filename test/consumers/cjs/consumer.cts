// A CommonJS project's view of every published entry point: each import below is a require() of
// the package's CJS build, type-checked against its .d.cts files with skipLibCheck off.
import * as cli from "@journeykit/cli";
import * as core from "@journeykit/core";
import * as testing from "@journeykit/core/testing";
import * as ga4 from "@journeykit/ga4";
import * as ga4Node from "@journeykit/ga4/node";
import * as render from "@journeykit/render";
import * as sql from "@journeykit/sql";
import * as templates from "@journeykit/templates";

export const entryPoints = [cli, core, testing, ga4, ga4Node, render, sql, templates];
