import { afterEach, describe, expect, it } from "vitest";
import type { Directory } from "../../../src/core/ports/directory.js";
import type { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { schoolWithEmail } from "./school-with-email.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

let world: SlackWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Every directory call by name, as the bot makes them (the memory directory, counted). */
function counted(directory: MemoryDirectory): { directory: Directory; calls: string[] } {
  const calls: string[] = [];
  const wrapped = new Proxy(directory, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { directory: wrapped, calls };
}

async function weiLingOnSlack(
  env: Record<string, string>,
  directory: Directory | undefined = undefined,
): Promise<SlackKid> {
  world = await SlackWorld.create(env, {
    directory: directory ?? (await schoolWithEmail("wei.ling@school.example")),
  });
  const kid = new SlackKid(world);
  world.api.setUser(kid.userId, { is_email_confirmed: true, profile: { email: "wei.ling@school.example" } });
  await kid.command("setup");
  await kid.submitBox("S1001");
  // With the trusted email she is linked at once; without it, her password is asked.
  if (kid.box !== null) await kid.submitBox(DEMO_PASSWORDS.S1001);
  await kid.command("cancel");
  expect(await world.app.deps.store.linkedPeople({ channel: "slack", chatUserId: kid.userId })).toEqual([
    "s1001",
  ]);
  return kid;
}

/**
 * /logout warned "to link it again, you will need your password": a child who does not remember it keeps
 * her link. On Slack with SLACK_TRUST_WORKSPACE_EMAIL, a student whose verified Slack email is her
 * directory email links again with her user ID alone: she is told that, not a warning that is not true.
 */
describe("/logout says what linking again needs", () => {
  it("with a trusted workspace email: only the user ID, no password", async () => {
    const kid = await weiLingOnSlack({ SLACK_TRUST_WORKSPACE_EMAIL: "true" });
    await kid.command("logout");
    expect(kid.said).toContain(
      "Do you want to unlink this chat from your account? To link it again, type /sspr setup and your user ID. Your secret answers will stay saved.",
    );
    expect(kid.said).not.toContain("password");
    // And it is true.
    await kid.pressButton("Yes, unlink");
    await kid.command("setup");
    await kid.submitBox("S1001");
    expect(kid.box).toBeNull();
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("with a trusted workspace email, asks the directory about her once, not once for each thing it says", async () => {
    const { directory, calls } = counted(await schoolWithEmail("wei.ling@school.example"));
    const kid = await weiLingOnSlack({ SLACK_TRUST_WORKSPACE_EMAIL: "true" }, directory);
    calls.length = 0;
    await kid.command("logout");
    expect(kid.said).toContain("To link it again, type /sspr setup and your user ID.");
    // One lookup of her entry (a check that nobody else has her email is another question, not a lookup).
    expect(calls.filter((call) => call === "findPerson")).toHaveLength(1);
  });

  it("without it (the default), the password is needed, and the words say so", async () => {
    const kid = await weiLingOnSlack({});
    await kid.command("logout");
    expect(kid.said).toContain("To link it again, you will need your password.");
  });

  it("on a family account, names the one who needs only the user ID; the others need their password", async () => {
    const kid = await weiLingOnSlack({ SLACK_TRUST_WORKSPACE_EMAIL: "true" });
    await kid.command("setup");
    await kid.submitBox("S1002");
    await kid.submitBox(DEMO_PASSWORDS.S1002);
    await kid.command("cancel");
    await kid.command("logout");
    expect(kid.said).toContain(
      "Who should I unlink from this chat? To link again, Tan Wei Ling only needs their user ID. Everyone else will need their password. Their secret answers will stay saved.",
    );
  });
});
