import { describeGuide } from "../../test/docs/describe-guide";

describeGuide("attribution.md", 7);
