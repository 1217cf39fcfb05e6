/**
 * /stats and /coverage list disabled accounts and ids several directory entries share, which only the
 * directory can tell. On LDAP every directory call is a connection, a bind and a search of its own: asking
 * once per student made /stats for 1,500 students 1,500 conversations (docs/capacity.md). The number of
 * calls must follow the number of classes, not of students; what the reports say must not change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Directory } from "../../src/core/ports/directory.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";
import { SwitchableDirectory } from "../helpers/failing-directory.js";
import { useSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { enrolment } from "../store/contract/fixtures.js";

const CLASSES = ["Y1", "Y2", "Y3"];

/** Counts every directory call the world makes (any method of the Directory port). */
function countCalls(world: TestWorld): { total(): number; reset(): void } {
  let calls = 0;
  const methods = Object.getOwnPropertyNames(SwitchableDirectory.prototype).filter(
    (name) => name !== "constructor" && name !== "close",
  ) as (keyof Directory)[];
  for (const method of methods) {
    const original = (world.directory[method] as (...a: unknown[]) => Promise<unknown>).bind(world.directory);
    Object.defineProperty(world.directory, method, {
      configurable: true,
      value: (...args: unknown[]) => {
        calls += 1;
        return original(...args);
      },
    });
  }
  return { total: () => calls, reset: () => (calls = 0) };
}

describe("the admins' reports ask the directory per class, not per student", () => {
  let world: TestWorld;
  let directory: MemoryDirectory;
  let next = 0;

  /** `count` more pupils spread over the classes; every 4th set up, every 10th disabled. */
  async function addPupils(count: number): Promise<void> {
    for (let n = 0; n < count; n += 1, next += 1) {
      const id = `P${1000 + next}`;
      directory.add({
        id,
        name: `Pupil ${next}`,
        role: "student",
        classes: [CLASSES[next % CLASSES.length]!],
        password: "x",
        disabled: next % 10 === 9,
      });
      if (next % 4 === 0) await world.deps.store.saveEnrolment(id, enrolment(Date.now()));
    }
  }

  beforeEach(async () => {
    useSchoolClock();
    next = 0;
    directory = new MemoryDirectory((await readSchoolFile(DEMO_SCHOOL_FILE)).people);
    world = await TestWorld.create({}, directory);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await world.close();
  });

  it("/stats and /coverage make as many directory calls for 300 pupils as for 30, and still say who is disabled or shared", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    const calls = countCalls(world);
    const callsFor = async (command: string) => {
      calls.reset();
      await admin.send(command);
      return calls.total();
    };

    await addPupils(30);
    const few = { stats: await callsFor("/stats"), coverage: await callsFor("/coverage Y1") };
    await addPupils(270);
    // A second entry with an existing pupil's id (a botched import), outside the class lists.
    directory.add({
      id: "p1004",
      name: "Imported",
      role: "student",
      classes: [],
      password: "y",
      disabled: false,
    });
    const many = { stats: await callsFor("/stats"), coverage: await callsFor("/coverage Y1") };

    expect(many).toEqual(few);
    await admin.send("/stats");
    // Y2 has pupils 1, 4, 7, ... 298: 100, of whom 10 disabled (19, 49, ...) and P1004 shared: 89 counted,
    // 24 set up (16, 28, ... 292).
    const y2 = admin.lastText.split("\n").find((line) => line.startsWith("• Y2"));
    expect(y2).toBe(
      "• Y2: 24 of 89 set up, 24 of them with no chat linked (they need /setup again), 10 disabled in the " +
        "school directory; 1 user ID on more than one account in the school directory, so I can't help " +
        "with them (ask IT to fix the directory): P1004",
    );
    await admin.send("/coverage Y2");
    expect(admin.lastText).toContain("• Pupil 19 (P1019)");
    expect(admin.lastText).toContain("• Pupil 4 (P1004)");
  });
});
