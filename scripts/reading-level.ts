/**
 * npm run check:reading — the Flesch–Kincaid grade of every English message a child may read (six words
 * or more; labels, staff-only messages and school-configured text left out). Prints them hardest first and
 * exits 1 when one is above grade 5. See docs/reading-level.md.
 */
import { formatReport } from "./reading-level/report.js";
import { measure, studentMessages } from "./reading-level/student-messages.js";

const report = formatReport(measure(studentMessages()));
console.log(report.text);
if (!report.passed) process.exitCode = 1;
