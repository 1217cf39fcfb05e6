import type { Config } from "../../config/load-config.js";
import { translate } from "../../core/i18n/translate.js";

/** What a newcomer at the terminal needs to try the demo without opening the README, in the default language. */
export function printDemoBanner(config: Config, output: NodeJS.WritableStream): void {
  const demo = config.directory.kind === "memory" && config.directory.file === undefined;
  const say = (key: Parameters<typeof translate>[0]["key"]) =>
    translate({ key }, config.core.defaultLanguage);
  const lines = [
    say("console.banner.title"),
    say(config.redis.isReal ? "console.banner.redis" : "console.banner.memory"),
    say(demo ? "console.banner.demo" : "console.banner.directory"),
    say("console.banner.keys"),
    "",
  ];
  output.write(`${lines.join("\n")}\n`);
}
