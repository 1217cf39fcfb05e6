import type { Text } from "../messages.js";
import { en, type MessageKey } from "./en.js";

type Catalogue = Record<MessageKey, string>;

/** Every language the bot can speak. A school offers a subset with LANGUAGES. */
const catalogues: Record<string, Catalogue> = { en };

export const SUPPORTED_LANGUAGES = Object.keys(catalogues);

/** Turns a Text into words in the user's language (English when that language is not offered). */
export function translate(text: Text, locale = "en"): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  const template = (catalogues[language] ?? en)[text.key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = text.params?.[name];
    return value === undefined ? whole : String(value);
  });
}
