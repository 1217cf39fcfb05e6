import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

const CAPITALS = "Check your big and small letters too: A and a are not the same.";

/*
 * A child who types her password with the wrong capitals ("garden-lamp-21") was told only that it does not
 * match, with no word that capitals matter. The hint is on every wrong password, whatever was typed: one
 * shown only when the text differs by case alone would tell someone guessing that he is close.
 */
describe("a wrong password at set-up says that big and small letters matter", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  async function toldFor(id: string, password: string): Promise<string> {
    const kid = world.chat(`kid-${id}-${password}`);
    await kid.send("/setup");
    await kid.send(id);
    await kid.send(password);
    return kid.lastText;
  }

  it("the wrong capitals get the hint, and so, word for word, do a wrong password and an unknown ID", async () => {
    const wrongCase = await toldFor("S1001", DEMO_PASSWORDS.S1001.toLowerCase());
    expect(wrongCase).toContain(CAPITALS);
    expect(await toldFor("S1001", "Purple-Rocket-Ship-88")).toBe(wrongCase);
    expect(await toldFor("S9999", DEMO_PASSWORDS.S1001.toLowerCase())).toBe(wrongCase);
  });

  it.each([
    ["zh", "大小写"],
    ["ms", "huruf besar dan kecil"],
    ["ta", "பெரிய, சிறிய எழுத்துகளையும்"],
  ])("says so in %s", async (locale, words) => {
    const kid = world.chat(`kid-${locale}`);
    await kid.send("/setup", { locale });
    await kid.send("S1001", { locale });
    await kid.send(DEMO_PASSWORDS.S1001.toUpperCase(), { locale });
    expect(kid.lastText).toContain(words);
  });
});
