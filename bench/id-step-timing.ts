/**
 * Does the id step of /reset take the same time whatever id is typed? Times it for a staff id, a set-up
 * student, an unknown id, a not-set-up student and a suspended student, with the core wired as in the tests
 * (test/helpers/test-world.ts: demo school's memory directory, Redis store over ioredis-mock), on the
 * typed-id route (RESET_REQUIRES_LINKED_CHAT=false), the only one with an id step.
 * Run: npm run bench:id-timing [tries] — 200 tries per id by default, interleaved so that drift in the
 * machine's load falls on every id alike. Exits 1 if any median is more than 10 % from the student's.
 * Not part of npm test: numbers depend on the machine.
 */
import { performance } from "node:perf_hooks";
import { WEI_LING, WEI_LING_ANSWERS } from "../test/helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../test/helpers/security-helpers.js";
import { TestWorld } from "../test/helpers/test-world.js";

const TRIES = Number(process.argv[2] ?? 200);
const WARM_UP_TRIES = 20;
const MAX_MEDIAN_DIFFERENCE = 0.1;
const AISHA = { id: "S1002", password: "River-Kite-34" };

// Only a school that lets a typed id lead to questions has an id step (from the linked chat there is none).
const world = await TestWorld.create(TYPED_ID_ROUTE);

// Wei Ling is set up; her id typed at a friend's phone is the genuine check every other id must match.
const weiLing = world.chat("bench-wei-ling");
await weiLing.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);

// Aisha is set up, then suspended by five failed resets from her own chat (below the chat's own limit).
const aisha = world.chat("bench-aisha");
await aisha.setUp(AISHA.id, AISHA.password, WEI_LING_ANSWERS);
const maxFailures = world.deps.settings.reset.studentFailures.maxFailures;
for (let i = 0; i < maxFailures; i++) await aisha.answerReset(AISHA.id, () => "wrong answer");
if ((await world.suspendedUntil(AISHA.id)) === null) {
  throw new Error("Aisha should be suspended after her failed resets");
}

interface Case {
  name: string;
  /** Each try is a chat of its own (this name and the round): one chat may look up 20 IDs an hour. */
  chatName: string;
  id: string;
  times: number[];
}
const cases: Case[] = [
  { name: "set-up student (S1001)", chatName: "bench-friend", id: WEI_LING.id, times: [] },
  { name: "staff (T2001)", chatName: "bench-staff", id: "T2001", times: [] },
  { name: "unknown id (S9999)", chatName: "bench-unknown", id: "S9999", times: [] },
  { name: "not set up (S1003)", chatName: "bench-not-set-up", id: "S1003", times: [] },
  { name: "suspended student (S1002)", chatName: "bench-aishas-friend", id: AISHA.id, times: [] },
];

/** One try: /reset (not timed), then the id (timed); every id must reach the first question. */
async function timeIdStep(c: Case, round: number): Promise<number> {
  const chat = world.chat(`${c.chatName}-${round}`);
  await chat.send("/reset");
  const started = performance.now();
  const outcome = await chat.send(c.id);
  const elapsed = performance.now() - started;
  if (outcome.replies.at(-1)?.expectsSecret !== true) {
    throw new Error(`${c.name}: the id step did not ask a question: ${chat.lastText}`);
  }
  return elapsed;
}

for (let round = 0; round < WARM_UP_TRIES + TRIES; round++) {
  // A different id goes first each round, so no id always runs right after the same one.
  for (let k = 0; k < cases.length; k++) {
    const c = cases[(round + k) % cases.length]!;
    const elapsed = await timeIdStep(c, round);
    if (round >= WARM_UP_TRIES) c.times.push(elapsed);
  }
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const studentMedian = percentile(cases[0]!.times, 50);

console.log(`id step of /reset, ${TRIES} tries per id (after ${WARM_UP_TRIES} warm-up tries), times in ms`);
console.log("id".padEnd(28), "median".padStart(8), "p90".padStart(8), "vs student".padStart(11));
let worst = 0;
for (const c of cases) {
  const median = percentile(c.times, 50);
  const ratio = median / studentMedian;
  worst = Math.max(worst, Math.abs(ratio - 1));
  console.log(
    c.name.padEnd(28),
    median.toFixed(3).padStart(8),
    percentile(c.times, 90).toFixed(3).padStart(8),
    `${ratio.toFixed(2)}×`.padStart(11),
  );
}
await world.close();

const limit = `${MAX_MEDIAN_DIFFERENCE * 100} %`;
if (worst > MAX_MEDIAN_DIFFERENCE) {
  console.log(`FAIL: a median differs from the student's by ${(worst * 100).toFixed(0)} % (limit ${limit})`);
  process.exit(1);
}
console.log(`ok: every median is within ${limit} of the student's`);
