import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alreadySetUp, DEMO_PASSWORDS, TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** Counts every call a port gets, by method, by wrapping the real object's methods in place. */
function recordCalls(target: object): { counts: Map<string, number>; args: unknown[][]; clear(): void } {
  const counts = new Map<string, number>();
  const args: unknown[][] = [];
  let proto: object | null = target;
  const names = new Set<string>();
  while (proto !== null && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
    proto = Object.getPrototypeOf(proto);
  }
  for (const name of names) {
    const original = (target as Record<string, unknown>)[name];
    if (name === "constructor" || typeof original !== "function") continue;
    (target as Record<string, unknown>)[name] = (...params: unknown[]) => {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      args.push(params);
      return (original as (...a: unknown[]) => unknown).apply(target, params);
    };
  }
  return { counts, args, clear: () => counts.clear() };
}

describe("every id costs the same work at the reset id step", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => world.close());

  it("staff, set-up, not set-up, suspended and made-up ids: the same store and directory calls before the reply", async () => {
    await alreadySetUp(world, world.chat("wei-ling"), "S1001", {
      animal: "Tiger",
      colour: "Purple",
      food: "Rice",
    });
    await alreadySetUp(world, world.chat("aisha"), "S1002", {
      animal: "Cat",
      colour: "Red",
      food: "Noodles",
    });
    await world.failStudent("S1002", 5);
    await linkStaff(world.chat("mrs-ng"), MRS_NG);
    const store = recordCalls(world.deps.store);
    const directory = recordCalls(world.deps.directory);

    const workFor = async (id: string, chatName: string) => {
      const chat = world.chat(chatName);
      await chat.send("/reset");
      store.clear();
      directory.clear();
      await chat.send(id);
      expect(chat.lastText).toContain("Question 1 of 3");
      const work = {
        store: Object.fromEntries(store.counts),
        directory: Object.fromEntries(directory.counts),
      };
      await world.engine.settled();
      return work;
    };
    const student = await workFor("S1001", "stranger-1");
    expect(await workFor("T2001", "stranger-2")).toEqual(student);
    expect(await workFor(PRIYA.id, "stranger-3")).toEqual(student);
    expect(await workFor("S1003", "stranger-4")).toEqual(student);
    expect(await workFor("S1002", "stranger-5")).toEqual(student);
    expect(await workFor("Q9999", "stranger-6")).toEqual(student);
    // The staff id is still audited and alerted, after the reply.
    expect(world.alerts.ofKind("staff-question-reset").map((a) => a.subject)).toEqual(["T2001", "A3001"]);
  });
});

describe("smaller holes", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a chat that lost the race to link a student cannot save answers for them", async () => {
    const first = world.chat("first");
    await first.send("/setup");
    await first.send("S1002");
    await first.send(DEMO_PASSWORDS.S1002);
    await first.press("animal");
    await first.send("Rabbit");
    await first.press("colour");
    await first.send("Orange");
    await first.press("food");

    const second = world.chat("second");
    await second.send("/setup");
    await second.send("S1002");
    await second.send(DEMO_PASSWORDS.S1002);

    await first.send("Dumplings");
    expect(first.lastText).toContain("linked to another chat while we were talking");
    expect(await world.deps.store.getEnrolment("S1002")).toBeNull();
  });

  it("the 512-character cap applies before a staff command's argument is read", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    const calls = recordCalls(world.deps.directory);
    await teacher.send(`/unlock ${"S".repeat(600)}`);
    expect(teacher.lastText).toContain("That message is too long for me.");
    expect(calls.counts.get("findPerson") ?? 0).toBe(0);
  });

  it("an id longer than any directory's never reaches the directory", async () => {
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    const calls = recordCalls(world.deps.directory);
    await admin.send(`/unlock ${"x".repeat(100)}`);
    await admin.send(`/audit ${"x".repeat(100)}`);
    const prober = world.chat("prober");
    await prober.send("/reset");
    await prober.send("y".repeat(100));
    const tooLong = calls.args.filter((params) => params.some((p) => typeof p === "string" && p.length > 64));
    expect(tooLong).toEqual([]);
  });
});
