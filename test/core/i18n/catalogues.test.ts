import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "../../../src/core/i18n/en.js";
import { SUPPORTED_LANGUAGES } from "../../../src/core/i18n/languages.js";
import { CATALOGUES, translate } from "../../../src/core/i18n/translate.js";

const KEYS = Object.keys(en) as MessageKey[];

type Ast = ReturnType<IntlMessageFormat["getAst"]>;
/** The ICU element types that name a parameter (@formatjs/icu-messageformat-parser's TYPE). */
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
/** Parameters that count a span of time. */
const TIME_SPANS: ReadonlySet<string> = new Set(["seconds", "minutes", "hours", "days"]);

const parsed = new Map<string, Ast>();
/** The syntax tree of a message (parsed once: the tests ask again for the same ones); throws if it is not valid ICU. */
function parse(message: string): Ast {
  let ast = parsed.get(message);
  if (ast === undefined) {
    ast = new IntlMessageFormat(message, "en", undefined, { ignoreTag: true }).getAst();
    parsed.set(message, ast);
  }
  return ast;
}

/** The parameters a message uses, from its ICU syntax tree. */
function parameters(elements: Ast): Set<string> {
  const found = new Set<string>();
  for (const element of elements) {
    if (element.type === ARGUMENT || element.type === NUMBER) found.add(element.value);
    if (element.type === PLURAL || element.type === SELECT) {
      found.add(element.value);
      for (const option of Object.values(element.options) as { value: Ast }[])
        parameters(option.value).forEach((p) => found.add(p));
    }
  }
  return found;
}

/** The parameters a plural picks its form by, in any language's message of this key. */
function counted(key: MessageKey): Set<string> {
  const found = new Set<string>();
  const walk = (elements: Ast) => {
    for (const element of elements) {
      if (element.type === PLURAL) found.add(element.value);
      if (element.type === PLURAL || element.type === SELECT)
        for (const option of Object.values(element.options) as { value: Ast }[]) walk(option.value);
    }
  };
  for (const language of SUPPORTED_LANGUAGES) walk(parse(CATALOGUES[language][key]));
  return found;
}

/** The parameters a select picks its words by (a role): their values are never shown. */
function selectors(key: MessageKey): Set<string> {
  const found = new Set<string>();
  const walk = (elements: Ast) => {
    for (const element of elements) {
      if (element.type === SELECT) found.add(element.value);
      if (element.type === PLURAL || element.type === SELECT)
        for (const option of Object.values(element.options) as { value: Ast }[]) walk(option.value);
    }
  };
  for (const language of SUPPORTED_LANGUAGES) walk(parse(CATALOGUES[language][key]));
  return found;
}

/** A value for every parameter: numbers for plurals and counts, words for the rest. */
function sampleParams(key: MessageKey, count: number): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const name of parameters(parse(en[key]))) params[name] = `«${name}»`;
  for (const name of ["minutes", "left", "min", "max", "days", "number", "total", "setUp", ...counted(key)]) {
    if (name in params) params[name] = count;
  }
  return params;
}

describe("the catalogues", () => {
  it.each(SUPPORTED_LANGUAGES)("%s has every English key, and no other", (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect(CATALOGUES[language][key].trim(), `${language} ${key}`).not.toBe("");
  });

  it.each(SUPPORTED_LANGUAGES)(
    "%s: every message is valid ICU and uses exactly the English parameters",
    (language) => {
      for (const key of KEYS) {
        const mine = parameters(parse(CATALOGUES[language][key]));
        expect([...mine].sort(), `${language} ${key}`).toEqual([...parameters(parse(en[key]))].sort());
      }
    },
  );

  it.each(SUPPORTED_LANGUAGES)(
    "%s: every message names the same commands and example chat names as the English one",
    (language) => {
      // A reader of one language is sent to the same /command and shown the same example (telegram:201)
      // as a reader of another: an admin who reads Chinese needs the example as much as one who reads English.
      const named = (message: string) =>
        [...new Set(message.match(/\/[a-z]+|\b(?:telegram|slack):\w+/g))].sort();
      for (const key of KEYS) {
        expect(named(CATALOGUES[language][key]), `${language} ${key}`).toEqual(named(en[key]));
      }
    },
  );

  it.each(SUPPORTED_LANGUAGES)(
    "%s: every message renders with its parameters filled in (1 and 5)",
    (language) => {
      for (const key of KEYS) {
        for (const count of [1, 5]) {
          const words = translate({ key, params: sampleParams(key, count) }, language);
          expect(words, `${language} ${key}`).not.toMatch(/[{}]/);
          for (const [name, value] of Object.entries(sampleParams(key, count))) {
            if (typeof value === "string" && !selectors(key).has(name))
              expect(words, `${language} ${key} ${name}`).toContain(value);
          }
        }
      }
    },
  );

  it("English picks the plural: 1 minute, 2 minutes; 1 try, 2 tries", () => {
    expect(translate({ key: "reset.throttled", params: { minutes: 1, hours: 0 } }, "en")).toContain(
      "wait 1 minute,",
    );
    expect(translate({ key: "reset.throttled", params: { minutes: 2, hours: 0 } }, "en")).toContain(
      "wait 2 minutes,",
    );
    const code = (left: number) =>
      translate({ key: "guided.codeWrong", params: { name: "Ann", left } }, "en");
    expect(code(1)).toContain("(1 try left)");
    expect(code(2)).toContain("(2 tries left)");
  });

  it("English counts every span of time with its plural: about 1 hour, never about 1 hours", () => {
    // A bare {hours} reads "1 hours" whenever the count is 1 (the last hour of every pause). Malay and
    // Chinese have no plural, and Tamil says நிமிடம் and மணி நேரம் with any number, so only English is held to it.
    const bare: string[] = [];
    const walk = (key: string, elements: Ast) => {
      for (const element of elements) {
        if ((element.type === ARGUMENT || element.type === NUMBER) && TIME_SPANS.has(element.value))
          bare.push(`${key} {${element.value}}`);
        if (element.type === PLURAL || element.type === SELECT)
          for (const option of Object.values(element.options) as { value: Ast }[]) walk(key, option.value);
      }
    };
    for (const key of KEYS) walk(key, parse(en[key]));
    expect(bare).toEqual([]);
    expect(translate({ key: "reset.suspended", params: { hours: 1 } }, "en")).toContain("about 1 hour.");
    expect(translate({ key: "reset.suspended", params: { hours: 24 } }, "en")).toContain("about 24 hours.");
  });

  it("the new-password help names her language's word for back and the 'Make one for me' button as it reads", () => {
    const back = { en: "back", zh: "返回", ms: "kembali", ta: "பின்" } as const;
    for (const language of SUPPORTED_LANGUAGES) {
      const help = translate({ key: "reset.helpNewPassword", params: { min: 8 } }, language);
      expect(help).toContain(back[language]);
      expect(help).toContain(translate({ key: "reset.generate" }, language));
    }
  });

  it("each language says a message its own way, and the default account name too", () => {
    const welcome = (language: string) =>
      translate({ key: "menu.welcome", params: { account: en["account.default"] } }, language);
    expect(welcome("en")).toContain("school account password");
    expect(welcome("zh")).toContain("学校账号");
    expect(welcome("ms")).toContain("akaun sekolah");
    expect(welcome("ta")).toContain("பள்ளிக் கணக்கு");
    // A school's own ACCOUNT_NAME is used as it is.
    expect(translate({ key: "menu.welcome", params: { account: "MySchool ID" } }, "zh")).toContain(
      "MySchool ID",
    );
  });

  it("a platform locale picks its language; anything unknown is English", () => {
    expect(translate({ key: "menu.help" }, "zh-Hans-SG")).toBe("帮助");
    expect(translate({ key: "menu.help" }, "ms_MY")).toBe("Bantuan");
    expect(translate({ key: "menu.help" }, "ta-IN")).toBe("உதவி");
    expect(translate({ key: "menu.help" }, "fr")).toBe("Help");
    expect(translate({ key: "menu.help" })).toBe("Help");
  });
});
