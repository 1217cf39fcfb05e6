import { afterEach, describe, expect, it } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../../src/directory/school-file.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * Slack does not send a DM's words as typed: it writes "<", ">" and "&" as "&lt;", "&gt;" and "&amp;", and an
 * address or a link it recognises as "<mailto:…|…>" or "<http://…|…>". The bot reads the words the student
 * sees, as Telegram sends them.
 */

let world: SlackWorld;

afterEach(async () => {
  await world.close();
});

/** The demo school, with Wei Ling's user ID her school email, as some schools log in. */
async function schoolWithEmailIds(): Promise<MemoryDirectory> {
  const school = await readSchoolFile(DEMO_SCHOOL_FILE);
  return new MemoryDirectory(
    school.people.map((p) => (p.id === "S1001" ? { ...p, id: "s1001@school.example" } : p)),
  );
}

describe("a Slack DM is read as the student typed it", () => {
  it("'thank you<3' (Slack sends 'thank you&lt;3') is no password to delete", async () => {
    world = await SlackWorld.create();
    const kid = new SlackKid(world);
    await kid.message("thank you&lt;3");
    expect(kid.said).toContain("What would you like to do?");
    expect(kid.said).not.toMatch(/delete/i);

    await kid.message("Tom &amp; Jerry &gt;&gt;&gt; hi&lt;3&lt;3");
    expect(kid.said).toContain("What would you like to do?");
    expect(kid.said).not.toMatch(/delete/i);
  });

  it("a user ID that is an email address (Slack sends '<mailto:…|…>') is taken as she typed it", async () => {
    world = await SlackWorld.create({}, { directory: await schoolWithEmailIds() });
    const kid = new SlackKid(world);
    await kid.message("setup");
    expect(kid.said).toContain("Type your user ID.");

    await kid.message("<mailto:s1001@school.example|s1001@school.example>");
    expect(kid.said).not.toMatch(/secret|delete/i);
    expect(kid.said).toContain("Now type your password.");

    await kid.pressButton("Type it privately");
    await kid.submitBox("Garden-Lamp-21");
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
  });
});
