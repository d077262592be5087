import { describeGuide } from "./describe-guide";

describeGuide("funnels.md", 14);
