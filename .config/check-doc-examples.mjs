// Fails the docs build when an exported symbol's TSDoc has no @example. typedoc's own
// `validation.notDocumented` catches a missing comment; this catches a comment without an example,
// which is the part users copy from.
import { readFileSync } from "node:fs";

const Kind = { Module: 2, Namespace: 4, Class: 128, Method: 2048, Constructor: 512 };
const checkedKinds = new Set([8, 32, 64, 128, 256, 2048, 2097152]); // enum, variable, function, class, interface, method, type alias

const project = JSON.parse(readFileSync(new URL("../.typedoc-json/api.json", import.meta.url), "utf8"));

function hasExample(comment) {
  return comment?.blockTags?.some((tag) => tag.tag === "@example") ?? false;
}

const missing = [];
function visit(reflection, trail) {
  const name = [...trail, reflection.name].join(".");
  if (checkedKinds.has(reflection.kind) && !reflection.flags?.isExternal && !reflection.inheritedFrom) {
    const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
    if (!comments.some(hasExample)) missing.push(name);
  }
  const descend = reflection.kind === Kind.Module || reflection.kind === Kind.Namespace || reflection.kind === Kind.Class;
  if (descend || trail.length === 0) {
    for (const child of reflection.children ?? []) {
      if (child.kind === Kind.Constructor || child.flags?.isPrivate || child.flags?.isProtected) continue;
      visit(child, reflection.kind === 1 ? [] : [...trail, reflection.name]);
    }
  }
}
for (const child of project.children ?? []) visit(child, []);

if (missing.length > 0) {
  console.error(`These exports have TSDoc without an @example block; add one showing a call and its result:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log("Every exported symbol has TSDoc with an @example.");
