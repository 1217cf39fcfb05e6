import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld } from "../../helpers/test-world.js";
import { onTheTerminal, typedLines } from "../../helpers/on-the-terminal.js";
import { LOGOUT_LINES } from "../../helpers/logout.js";

/**
 * Malay and Tamil speak to children as kamu / நீ and to teachers and admins as anda / நீங்கள். The terminal's
 * "type the number" and /logout's words follow who is spoken to.
 */
/** The language menu's numbers: 1 English, 2 中文, 3 Bahasa Melayu, 4 தமிழ். */
const MALAY = "3";
const TAMIL = "4";

describe("the words a teacher reads on the terminal, in Malay and Tamil", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** Mrs Ng links the terminal, picks a language, answers a guided reset's route with a word, then logs out. */
  const teacherSession = (language: string) => [
    "/setup",
    "T2001",
    "Teach-Four-A-2026",
    "/language",
    language,
    "/guided S1001",
    "the first one",
    "/cancel",
    ...LOGOUT_LINES,
  ];

  it("in Malay: anda, not kamu, in 'type the number' and at /logout", async () => {
    const screen = await onTheTerminal(world, typedLines(teacherSession(MALAY)));
    expect(screen).toContain("Taip nombor pilihan anda (1–2).");
    expect(screen).toContain("Sembang ini tidak lagi disambungkan ke akaun anda.");
    expect(screen).not.toContain("pilihan kamu");
    expect(screen).not.toContain("akaun kamu");
  });

  it("in Tamil: நீங்கள், not நீ, in 'type the number' and at /logout", async () => {
    const screen = await onTheTerminal(world, typedLines(teacherSession(TAMIL)));
    expect(screen).toContain("நீங்கள் தேர்வு செய்வதன் எண்ணைத் தட்டச்சு செய்யுங்கள் (1–2).");
    expect(screen).toContain(
      "இந்த அரட்டை இனி உங்கள் கணக்குடன் இணைக்கப்படவில்லை. மீண்டும் இணைக்க /setup என்று தட்டச்சு செய்யுங்கள்.",
    );
    expect(screen).not.toContain("நீ தேர்வு செய்வதன்");
    expect(screen).not.toContain("உன் கணக்குடன்");
  });

  it("a child still reads kamu and நீ", async () => {
    const child = (language: string) => [
      "/language",
      language,
      "/setup",
      "S1001",
      "Garden-Lamp-21",
      "the animal one",
      "/cancel",
      ...LOGOUT_LINES,
    ];
    const malay = await onTheTerminal(world, typedLines(child(MALAY)));
    expect(malay).toContain("Taip nombor pilihan kamu (1–8).");
    expect(malay).toContain("Sembang ini tidak lagi disambungkan ke akaun kamu.");
    await world.close();
    world = await TestWorld.create();
    const tamil = await onTheTerminal(world, typedLines(child(TAMIL)));
    expect(tamil).toContain("நீ தேர்வு செய்வதன் எண்ணைத் தட்டச்சு செய் (1–8).");
    expect(tamil).toContain("இந்த அரட்டை இனி உன் கணக்குடன் இணைக்கப்படவில்லை.");
  });
});
