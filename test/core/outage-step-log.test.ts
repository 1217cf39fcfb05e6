import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TestWorld } from "../helpers/test-world.js";

type Line = { level: number; msg: string; err?: { stack?: string } } & Record<string, unknown>;
const DEBUG = 20;
const INFO = 30;
const WARN = 40;

/**
 * The directory or Redis not answering is an expected condition, which their health checks report once per
 * outage: each student's step that meets it is one warn line saying what it met, with no stack trace (a
 * stack says nothing an admin can act on, and 200 students make 200 of them). The stack is kept at debug.
 */
describe("a student's step that meets an outage", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });
  const lines = () => world.logs.lines.map((line) => JSON.parse(line) as Line);
  const withStack = (minLevel: number) =>
    lines().filter((line) => line.level >= minLevel && line.err?.stack !== undefined);

  it("of the directory logs one warn line with what it met and no stack (the stack at debug only)", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    world.directory.down = true;
    await kid.send("S1001");
    expect(kid.lastText).toContain("not answering");

    const step = lines().filter((line) => line.msg === "the directory is unavailable");
    expect(step).toEqual([
      expect.objectContaining({
        level: WARN,
        event: "directory_unavailable",
        reason: "the school directory is not answering",
      }),
    ]);
    expect(step[0]?.err).toBeUndefined();
    expect(withStack(INFO)).toEqual([]);
    expect(withStack(DEBUG).length).toBeGreaterThan(0);
  });

  it("of Redis logs one warn line with what it met and no stack, as the directory's does", async () => {
    const commands = world.redis as unknown as Record<string, () => Promise<unknown>>;
    for (const name of ["get", "set", "storeBeginChatTurn", "storeBeginChatTurnWithLinks"])
      vi.spyOn(commands, name).mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:6379"));
    const kid = world.chat();
    await kid.send("/start");
    expect(kid.lastText).toContain("try again in a few minutes");

    const step = lines().filter((line) => line.msg === "the store is unavailable");
    expect(step).toEqual([expect.objectContaining({ level: WARN, event: "store_unavailable" })]);
    expect(step[0]?.reason).toContain("ECONNREFUSED");
    expect(withStack(INFO)).toEqual([]);
  });
});
