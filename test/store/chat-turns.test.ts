import { randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import type { Redis } from "ioredis";
import { describe, expect, it, vi } from "vitest";
import { chatTurnMethods } from "../../src/store/chat-turns.js";
import { storeKeys } from "../../src/store/keys.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";

const chat = { channel: "telegram", chatUserId: "5000000001" } as const;
const TURN = { dedupeTtlSeconds: 60, lockTtlMs: 5_000, waitMs: 0 };

const closeAfterTest = closedAfterEachTest();

/**
 * The turn methods as on a Redis Cluster, where the links are read alongside the script, not in it. Each
 * under a prefix of its own: every ioredis-mock client in a process shares one keyspace, and a test here
 * leaves the chat locked.
 */
function onACluster() {
  const client = closeAfterTest(new RedisMock() as unknown as Redis);
  const prefix = `t-${randomBytes(4).toString("hex")}:`;
  const turns = chatTurnMethods(client, storeKeys(prefix), {
    wholeMs: Math.ceil,
    dialogNoticeGraceMs: 1_000,
    linksInScript: false,
  });
  return { client, turns, prefix };
}

describe("a turn's links read alongside its script (Redis Cluster)", () => {
  it("are read with the turn", async () => {
    const { client, turns, prefix } = onACluster();
    await client.hset(storeKeys(prefix).linksByChat, "telegram:5000000001", "ann.lee\nben.ng");
    const turn = await turns.beginChatTurn(chat, { ...TURN, readLinks: true, lockOnlyForDialog: true });
    expect(turn).toMatchObject({ lockFree: true, links: ["ann.lee", "ben.ng"] });
  });

  it("a failed links read does not fail the turn, which may hold the chat's lock: the links are left out", async () => {
    const { client, turns } = onACluster();
    vi.spyOn(client, "hget").mockRejectedValue(new Error("CLUSTERDOWN The cluster is down"));
    const turn = await turns.beginChatTurn(chat, { ...TURN, updateId: "9", readLinks: true });
    if (turn.duplicate || turn.token === null) throw new Error("the turn did not begin");
    expect(turn).not.toHaveProperty("links");
    // The engine has the token, so the chat is released as usual.
    await turns.endChatTurn(chat, turn.token, {});
    const next = await turns.beginChatTurn(chat, TURN);
    expect(next).toMatchObject({ token: expect.any(String) });
  });
});

describe("a new password the chat could not show", () => {
  it("is told back by the chat's next turn only, with links read in the script too, and holds only the time and ID", async () => {
    const client = closeAfterTest(new RedisMock() as unknown as Redis);
    const prefix = `t-${randomBytes(4).toString("hex")}:`;
    const keys = storeKeys(prefix);
    const turns = chatTurnMethods(client, keys, { wholeMs: Math.ceil, dialogNoticeGraceMs: 1_000 });
    await turns.notePasswordNotShown(chat, "S1001", 1_700_000_000_000, 30 * 24 * 3600_000);
    expect(await client.get(keys.passwordNotShown(chat))).toBe("1700000000000:S1001");
    expect(await client.pttl(keys.passwordNotShown(chat))).toBeGreaterThan(29 * 24 * 3600_000);
    const first = await turns.beginChatTurn(chat, { ...TURN, updateId: "1", readLinks: true });
    expect(first).toMatchObject({ passwordNotShown: { at: 1_700_000_000_000, personId: "S1001" } });
    if (first.duplicate || first.token === null) throw new Error("the turn did not begin");
    await turns.endChatTurn(chat, first.token, {});
    expect(await turns.beginChatTurn(chat, { ...TURN, updateId: "1" })).toEqual({ duplicate: true });
    expect(await turns.beginChatTurn(chat, { ...TURN, updateId: "2" })).not.toHaveProperty(
      "passwordNotShown",
    );
  });
});
