import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConsoleChannel } from "../../src/bots/console/console-channel.js";
import { TestWorld } from "../helpers/test-world.js";

describe("the terminal's line number on the log lines of that line's work", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("the core's audit line of a typed line carries that line's number", async () => {
    const input = new PassThrough();
    const run = new ConsoleChannel(world.engine, {
      input,
      output: new PassThrough(),
      interactive: false,
    }).run();
    input.end("/setup\nS1001\nnot-her-password\n");
    await run;

    const lines = world.logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const audit = lines.find((l) => String(l.msg).startsWith("audit link failed"));
    expect(audit?.line).toBe(3);
  });
});
