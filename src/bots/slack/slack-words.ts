/**
 * Words only the Slack adapter shows: the frames around the core's messages (modal titles, buttons, the App
 * Home). English only for now, like the Telegram command menu; they move into the core's catalogue when the
 * bot speaks a second language. Modal titles and buttons are limited to 24 characters by Slack.
 */
export const SLACK_WORDS = {
  modalTitle: "Password helper",
  send: "Send",
  cancel: "Cancel",
  done: "Done",
  inputLabel: "Type here",
  typePrivately: "Type it privately",
  pleaseWait: "One moment, I'm working on it…",
  seeMessages: "All done here. I answered you in our messages. You can close this box.",
  protectedInChat:
    "I made you a new password, but I can't show it in a chat message, where it would stay. " +
    "Please ask your form teacher to help you get it.",
  secretOnHome:
    "I put something private for you on the Home tab of this app, where only you can see it. " +
    "Open the Home tab now: it disappears from there in about {minutes} minutes.",
  openHomeLink: "Open the Home tab",
  secretOnHomeNote: "Only you can see this. It disappears from here in about {minutes} minutes.",
  hideSecret: "Done, hide it",
  homeTitle: "School password helper",
  homeLinked: "This Slack account is linked to your school account {id}.",
  homeNotLinked:
    "This Slack account is not linked to your school account yet. Press the first button to start.",
  homeSetUp: "Your 3 secret questions are set up. 🎉",
  homeNotSetUp: "Your secret questions are not set up yet.",
  homeDmHint: "You can also message me in the Messages tab, or type /sspr help.",
} as const;

/** Fills `{name}` placeholders of an adapter word. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
