import { describeGuide } from "../../test/docs/describe-guide";

describeGuide("segmentation.md", 7);
