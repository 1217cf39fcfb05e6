import { IntlMessageFormat } from "intl-messageformat";
import type { Text } from "../messages.js";
import { en, type MessageKey } from "./en.js";
import { ICU_LOCALES, languageOfLocale, SUPPORTED_LANGUAGES, type Language } from "./languages.js";
import { ms } from "./ms.js";
import { ta } from "./ta.js";
import { zh } from "./zh.js";

/** A catalogue has every key of the English one, no more: a missing message is a type error. */
export type Catalogue = Record<MessageKey, string>;

export const CATALOGUES: Record<Language, Catalogue> = { en, zh, ms, ta };

const formats = new Map<string, IntlMessageFormat>();

function format(language: Language, key: MessageKey): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let compiled = formats.get(id);
  if (compiled === undefined) {
    compiled = new IntlMessageFormat(CATALOGUES[language][key], ICU_LOCALES[language], undefined, {
      ignoreTag: true,
    });
    formats.set(id, compiled);
  }
  return compiled;
}

/**
 * Turns a Text into words (ICU MessageFormat: parameters, plurals). `language` is the one the core chose
 * for the chat (Reply.language); anything else falls back to English.
 */
export function translate(text: Text, language: string = "en"): string {
  const lang: Language = languageOfLocale(language, SUPPORTED_LANGUAGES) ?? "en";
  const words = format(lang, text.key).format(localDefaults(lang, text.params ?? {}));
  return typeof words === "string" ? words : String(words);
}

/**
 * ACCOUNT_NAME and LOGIN_HINT are one text each; when the school left them at their English defaults, the
 * catalogue's own words are used instead.
 */
function localDefaults(
  language: Language,
  params: Record<string, string | number>,
): Record<string, string | number> {
  if (language === "en") return params;
  const local = { ...params };
  if (local.account === en["account.default"]) local.account = CATALOGUES[language]["account.default"];
  if (local.hint === en["setup.loginHint"]) local.hint = CATALOGUES[language]["setup.loginHint"];
  return local;
}
