/** Every language the bot can speak. A school offers some or all of them with LANGUAGES. */
export const SUPPORTED_LANGUAGES = ["en", "zh", "ms", "ta"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language's name in its own script: what the language menu shows. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  zh: "中文",
  ms: "Bahasa Melayu",
  ta: "தமிழ்",
};

/** The locale the ICU formatter uses for plurals and numbers. */
export const ICU_LOCALES: Record<Language, string> = {
  en: "en",
  zh: "zh-Hans",
  ms: "ms",
  ta: "ta",
};

export function isLanguage(code: string): code is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/**
 * A platform's locale ("en-GB", "zh-hans", "zh_CN", "ms", "ta-SG") as one of the offered languages, or
 * null when it is none of them.
 */
export function languageOfLocale(locale: string | undefined, offered: readonly Language[]): Language | null {
  if (locale === undefined) return null;
  const code = locale.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  // Malay is sometimes reported as Indonesian's neighbour "zsm"; Chinese always as "zh".
  const language = code === "zsm" ? "ms" : code;
  return isLanguage(language) && offered.includes(language) ? language : null;
}
