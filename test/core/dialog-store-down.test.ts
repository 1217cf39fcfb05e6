import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  openStep,
  textsOf,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { storeKeys } from "../../src/store/keys.js";
import { TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

const SORRY = "Something went wrong on my side";
const LATER = "try again in a few minutes";

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;

describe("when Redis fails", () => {
  let world: TestWorld;
  let commands: Commands;
  beforeEach(async () => {
    world = await TestWorld.create();
    commands = world.redis as unknown as Commands;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  /** Makes one Redis command (or a Lua script the store defined) fail as if the server were gone. */
  function breakCommand(name: string) {
    return vi.spyOn(commands, name).mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:6379"));
  }

  it("the student hears it is our fault and to try again later, and nothing crashes", async () => {
    breakCommand("set");
    breakCommand("get");
    breakCommand("storeBeginChatTurn");
    breakCommand("storeBeginChatTurnWithLinks");
    const kid = world.chat();
    await expect(kid.send("/start")).resolves.toBeDefined();
    expect(kid.lastText).toContain(SORRY);
    expect(kid.lastText).toContain(LATER);
    expect(kid.lastText).toContain("Nothing was changed");
    expect(world.logs.text).toContain("the store is unavailable");
  });

  it("a password sent while Redis is down is still deleted and never logged", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const broken = breakCommand("storeBeginChatTurn");
    const outcome = await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(SORRY);
    expect(outcome.deleteInbound).toBe(true);
    expect(world.logs.text).not.toContain(WEI_LING.password);

    broken.mockRestore();
    expect(await openStep(world, kid)).toBe("setup.password");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("a failed save leaves the dialog where it was", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    const broken = breakCommand("storeEndChatTurn");
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain(SORRY);
    expect(kid.lastText).not.toContain("Now type your password");

    broken.mockRestore();
    expect(await openStep(world, kid)).toBe("setup.id");
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain("Now type your password");
  });

  it("Redis failing in the middle of a reset: the question is asked again, and the answer counts once it is back", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const asked = textsOf(await kid.send("/reset")).at(-1)!;
    expect(asked).toContain("?");

    // The answer check's count: the chat's and the school's in one script (a single Redis), or one by one.
    const broken = [breakCommand("limitCountFailure"), breakCommand("limitCountFailureThen")];
    await kid.send(weiLingAnswerFor(asked));
    expect(kid.lastText).toContain(SORRY);
    expect(kid.lastText).toContain(asked);
    expect(await openStep(world, kid)).toBe("reset.answer");

    for (const command of broken) command.mockRestore();
    await kid.send(weiLingAnswerFor(asked));
    expect(kid.lastText).not.toContain(SORRY);
    expect(kid.lastText).not.toContain(asked);
  });

  it("a turn whose start Redis ran but never answered in time leaves the chat unlocked", async () => {
    const kid = world.chat();
    const begin = commands.storeBeginChatTurn!.bind(world.redis);
    // As a paused Redis does: the script runs once it wakes, after the bot gave up waiting for it.
    vi.spyOn(commands, "storeBeginChatTurn").mockImplementationOnce(async (...args) => {
      await begin(...args);
      throw new Error("Command timed out");
    });
    await kid.send("/setup");
    expect(kid.lastText).toContain(SORRY);

    const lock = storeKeys(world.prefix).lock(kid.ref);
    await vi.waitFor(async () => expect(await world.redis.exists(lock)).toBe(0));
    await kid.send("/setup");
    expect(kid.lastText).toContain("Let's get you set up");
  });

  it("a failure while linking the chat is explained, and set-up can be finished afterwards", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const broken = breakCommand("storeLink");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(SORRY);
    expect(await world.deps.store.linkedPerson(kid.ref)).toBeNull();

    broken.mockRestore();
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });

  it("a right password whose counted try cannot be taken back still links the chat, never half of it", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    breakCommand("limitForget");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
    expect(await world.deps.store.linkedPerson(kid.ref)).toBe(WEI_LING.id.toLowerCase());
  });

  it("messages of other chats go on while one chat's command fails", async () => {
    const wei = world.chat("wei");
    const aisha = world.chat("aisha");
    for (const typed of ["/setup", WEI_LING.id, WEI_LING.password, "/cancel"]) await wei.send(typed);
    const broken = vi
      .spyOn(commands, "storeUnlinkChat")
      .mockRejectedValueOnce(new Error("READONLY You can't write against a read only replica."));
    await logOut(wei);
    expect(wei.lastText).toContain(SORRY);
    await aisha.send("/start");
    expect(aisha.buttons).toHaveLength(4);
    expect(broken).toHaveBeenCalledTimes(1);
  });

  it("an unexpected error (a bug) gets a different, still kind, message", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    vi.spyOn(world.memoryDirectory, "authenticate").mockRejectedValue(new TypeError("x is undefined"));
    const outcome = await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Oops, something went wrong");
    expect(kid.lastText).toContain("/cancel");
    expect(outcome.deleteInbound).toBe(true);
    expect(world.logs.text).toContain("unexpected error");
  });
});
