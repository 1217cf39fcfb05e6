import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Inbound } from "../../src/core/messages.js";
import { TestWorld } from "../helpers/test-world.js";

type LogLine = Record<string, unknown>;

describe("the core's log lines carry the ids the channel gave with the inbound", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  const lines = () => world.logs.lines.map((line) => JSON.parse(line) as LogLine);
  const typed = (text: string, logContext?: Inbound["logContext"]): Inbound => ({
    channel: "telegram",
    chatUserId: "kid-ids",
    isPrivate: true,
    text,
    ...(logContext === undefined ? {} : { logContext }),
  });

  it("a flow's audit line and an unavailable directory's error line, each with its own turn's ids", async () => {
    await world.engine.handle(typed("/setup", { updateId: 1 }));
    await world.engine.handle(typed("S1001", { updateId: 2 }));
    await world.engine.handle(typed("not-her-password", { updateId: 3, requestId: "req-3" }));
    await world.engine.handle(typed("/setup", { updateId: 4 }));
    world.directory.down = true;
    await world.engine.handle(typed("S1001", { updateId: 5 }));

    const audit = lines().find((l) => String(l.msg).startsWith("audit link failed"));
    expect(audit).toMatchObject({ updateId: 3, requestId: "req-3" });
    const unavailable = lines().find((l) => l.msg === "the directory is unavailable");
    expect(unavailable?.updateId).toBe(5);
    expect(unavailable?.requestId).toBeUndefined();
  });

  it("an inbound without ids gets lines without them", async () => {
    await world.engine.handle(typed("/setup", { updateId: 1 }));
    await world.engine.handle(typed("S1001"));
    await world.engine.handle(typed("not-her-password"));

    const audit = lines().find((l) => String(l.msg).startsWith("audit link failed"));
    expect(audit).toBeDefined();
    expect(audit?.updateId).toBeUndefined();
  });
});
