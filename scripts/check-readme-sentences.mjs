#!/usr/bin/env node
// Checks that moving README.md's sections into docs/ lost no fact: every sentence, table row and code line of
// the README at a git revision must appear in today's README.md or docs/*.md. Link targets, heading marks,
// emphasis and line wrapping are ignored (a moved page's relative links change; its words must not).
//   node scripts/check-readme-sentences.mjs [revision]     (default: main)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const revision = process.argv[2] ?? "main";
const before = execFileSync("git", ["show", `${revision}:README.md`], { encoding: "utf8" });
const now = [
  "README.md",
  ...readdirSync("docs")
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
]
  .map((path) => readFileSync(path, "utf8"))
  .join("\n");

const plain = (text) =>
  text
    .replace(/\]\([^)]*\)/g, "]") // link targets
    .replace(/^#+ /gm, "") // heading marks
    .replace(/\s+/g, " ")
    .trim();

/** Sentences of prose, and whole lines of tables and code blocks. */
function pieces(markdown) {
  const out = [];
  let fenced = false;
  let prose = [];
  const flush = () => {
    const text = plain(prose.join(" "));
    prose = [];
    for (const sentence of text.split(/(?<=[.!?:;])\s+(?=[A-Z`"(*])/))
      if (sentence !== "") out.push(sentence);
  };
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced || line.startsWith("|")) {
      flush();
      if (line.trim() !== "") out.push(plain(line));
    } else if (line.trim() === "" || /^\s*([-*]|\d+\.) /.test(line) || line.startsWith("#")) {
      flush();
      prose.push(line.replace(/^\s*([-*]|\d+\.) /, ""));
    } else {
      prose.push(line);
    }
  }
  flush();
  return out;
}

const haystack = plain(now);
const missing = pieces(before).filter((piece) => !haystack.includes(piece));
for (const piece of missing) console.log(`missing: ${piece}`);
console.log(
  `${pieces(before).length - missing.length} of ${pieces(before).length} pieces of ${revision}:README.md found`,
);
process.exit(missing.length === 0 ? 0 : 1);
