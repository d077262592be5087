import { describeGuide } from "./describe-guide";

describeGuide("paths-and-conformance.md", 7);
