/**
 * Telegram's side of the benchmark in a process of its own, as Telegram is in production: the stand-in Bot
 * API and the sender of the updates. Started by cost-per-student.ts with `fork`; it says where its Bot API
 * listens, then times the runs it is asked for (see timeHelpUpdates) and sends the times back.
 */
import { StandInBotApi, timeHelpUpdates } from "./stand-in-bot-api.js";

type Run = Parameters<typeof timeHelpUpdates>[1];

const api = await StandInBotApi.start();
process.on("message", (message: Run | "close") => {
  if (message === "close") {
    void api.close().then(() => process.disconnect());
    return;
  }
  void timeHelpUpdates(api, message).then((times) => process.send?.(times));
});
process.send?.(api.url);
