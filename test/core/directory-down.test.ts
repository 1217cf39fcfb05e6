import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, openStep, reachNewPasswordChoice } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { formatAlert } from "../../src/alerts/format-alert.js";

const NOT_ANSWERING = "The school system is not answering";
const MINUTE = 60_000;

describe("when the school directory stops answering", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await world.close();
  });

  it("at the set-up password step: the student is told, the dialog waits, and works once it is back", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);

    world.directory.down = true;
    const tried = await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(NOT_ANSWERING);
    expect(kid.lastText).toContain("try again in a few minutes");
    expect(kid.lastText).toContain("Now type your password");
    expect(tried.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.password");
    expect(await world.deps.store.linkedPerson(kid.ref)).toBeNull();
    expect(world.alerts.ofKind("directory-error")).toHaveLength(1);

    world.directory.down = false;
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("a directory failure does not count as a wrong password", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    world.directory.down = true;
    for (let i = 0; i < 12; i++) await kid.send(WEI_LING.password);
    world.directory.down = false;
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });

  it("at the reset id step: the student is told and can type the id again", async () => {
    const kid = world.chat();
    await kid.send("/reset");
    world.directory.down = true;
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain(NOT_ANSWERING);
    expect(kid.lastText).toContain("Type your user ID");
    expect(await openStep(world, kid)).toBe("reset.id");
  });

  it("when setting the new password: no need to answer again, and 'Make one for me' works once it is back", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-03-02T08:00:00Z").getTime();
    vi.setSystemTime(start);
    const kid = world.chat();
    await reachNewPasswordChoice(kid);

    world.directory.down = true;
    await kid.press("Make one for me");
    expect(kid.lastText).toContain(NOT_ANSWERING);
    expect(kid.lastText).toContain("You don't need to answer the questions again for the next 15 minutes");
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
    // The generated password that could not be set is not shown.
    expect(kid.last.replies.some((r) => r.protect !== undefined)).toBe(false);
    expect(world.alerts.ofKind("directory-error")).toHaveLength(1);
    const [alert] = world.alerts.ofKind("directory-error");
    expect(formatAlert(alert!, start, "en")).toContain("(while setting a new password)");
    expect(formatAlert(alert!, start, "ms")).toContain("(semasa menetapkan kata laluan baharu)");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();

    vi.setSystemTime(start + 14 * MINUTE);
    world.directory.down = false;
    await kid.press("Make one for me");
    const password = String(kid.last.replies[0]?.text.params?.password);
    expect(kid.lastText).toContain("Your new password is");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    expect(world.memoryDirectory.mustChangePassword(WEI_LING.id)).toBe(true);
  });

  it("when setting a typed password: back to the choice, and typing it again works", async () => {
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    await kid.send("Blue-Whale-Song-8");
    world.directory.down = true;
    const confirm = await kid.send("Blue-Whale-Song-8");
    expect(confirm.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("You don't need to answer the questions again");
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);

    world.directory.down = false;
    await kid.press("I'll type my own");
    await kid.send("Blue-Whale-Song-8");
    await kid.send("Blue-Whale-Song-8");
    expect(kid.lastText).toContain("Your new password is ready");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Blue-Whale-Song-8")).not.toBeNull();
  });

  it("after the dialog's idle time the questions must be answered again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-03-02T08:00:00Z").getTime();
    vi.setSystemTime(start);
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    world.directory.down = true;
    await kid.press("Make one for me");

    vi.setSystemTime(start + 16 * MINUTE);
    world.directory.down = false;
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("the admins are alerted, and the log says why without any password", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    world.directory.down = true;
    await kid.send(WEI_LING.password);
    const alert = world.alerts.ofKind("directory-error")[0];
    expect(alert?.subject).toBe("directory");
    expect(world.logs.text).toContain("directory is unavailable");
    expect(world.logs.text).not.toContain(WEI_LING.password);
  });
});
