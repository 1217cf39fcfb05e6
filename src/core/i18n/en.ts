/**
 * Everything the bot says, in English. Students may be 7 to 12 years old: short sentences, one thing at a
 * time, and every problem ends with what to do next. Messages are ICU MessageFormat (intl-messageformat):
 * `{name}` is filled in from the reply's params, `{n, plural, one {…} other {…}}` picks the right form.
 * zh.ts, ms.ts and ta.ts must have every key (a type error otherwise).
 */
export const en = {
  "menu.welcome": "Hi! I can help you with your {account} password.\nWhat would you like to do?",
  "menu.setup": "Set up my secret questions",
  "menu.reset": "I forgot my password",
  "menu.help": "Help",
  "menu.language": "🌐 Language",
  "language.choose": "Which language would you like? 🌐",
  // Each "staff" twin: the message before it, as a teacher or admin gets it (see src/core/i18n/register.ts).
  "language.staffChoose": "Which language would you like? 🌐",
  "language.name": "{name}",
  "language.set": "Okay! I will speak English with you now.",
  "language.staffSet": "Okay! I will speak English with you now.",
  "menu.staffWelcome": "Hello! What would you like to do?",
  // A family phone's menu: the children read "Help a student get a new password" as theirs.
  "menu.staffWelcomeFamily":
    'Hello! What would you like to do?\nStudents: to get a new password, choose "I forgot my password".',
  "menu.staff.guided": "Help a student get a new password",
  "menu.staff.unlock": "Unlock a student",
  // An admin's: her /unlock also lifts a staff account's pause and a chat's.
  "menu.staff.unlockAccount": "Unlock an account",
  "menu.staff.coverage": "Who has not set up yet",
  "menu.staff.audit": "A person's audit record",
  "menu.staff.stats": "School statistics",
  help:
    "Here is what I can do:\n" +
    "/setup – set up your 3 secret questions. Do it first.\n" +
    "/reset – get a new password.\n" +
    "/cancel – stop.\n" +
    "/logout – unlink this chat.\n" +
    "/language – choose your language, like /language 中文\n" +
    "Stuck? Ask your form teacher.",
  // /help in the middle of a dialog: the step's question follows it.
  "help.inDialog":
    "We are in the middle of something. To go on, answer my message below. To stop, type /cancel. Stuck? Ask your form teacher.",
  // To a teacher or admin in the middle of her own command on a phone shared with a student.
  "help.staffInDialog":
    "We are in the middle of something. To go on, answer my message below. To stop, type /cancel.",
  "chat.privateOnly": "Please send me a private message. I can't help in a group.",
  "chat.busy": "I'm still working on your last message. Please wait a moment, then try again.",
  "chat.staffBusy": "I'm still working on your last message. Please wait a moment, then try again.",
  // A message sent again by the platform after the bot stopped in the middle of it (see dialog-engine.ts).
  "chat.interrupted": "Sorry, I was stopped while I was working on your last message. Please send it again.",
  "chat.staffInterrupted":
    "Sorry, I was stopped while I was working on your last message. Please send it again.",
  // The same, for a button press: pressed again, not sent.
  "chat.interruptedPress":
    "Sorry, I was stopped while I was working on the button you pressed. Please press it again.",
  "chat.staffInterruptedPress":
    "Sorry, I was stopped while I was working on the button you pressed. Please press it again.",
  "chat.cancelled": "Okay, we stopped. Nothing was changed. Type /start when you want to begin again.",
  "chat.staffCancelled": "Okay, we stopped. Nothing was changed. Type /start when you want to begin again.",
  "chat.cancelledLinked":
    "Okay, we stopped. This chat is linked to your account, but I did not save any new secret questions. Type /setup to start again.",
  "chat.cancelledKept":
    "Okay, we stopped. I did not change your secret questions. Your old ones still work. Type /setup if you want to change them.",
  "chat.nothingToCancel": "There is nothing to stop right now. Type /start to see what I can do.",
  "chat.staffNothingToCancel": "There is nothing to stop right now. Type /start to see what I can do.",
  "chat.timedOut":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. Nothing was changed. Let's start again.",
  "chat.staffTimedOut":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. Nothing was changed. Let's start again.",
  "chat.timedOutLinked":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. This chat is linked to your account, but I did not save any new secret questions. Type /setup to start again.",
  "chat.timedOutKept":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. I did not change your secret questions. Your old ones still work. Type /setup if you want to change them.",
  "chat.timedOutSaved":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. Your secret answers are saved. Remember them well.",
  "chat.timedOutLinkedShared":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. The set-up was not finished, so no new secret questions were saved. Type /setup to start again.",
  "chat.timedOutKeptShared":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. The set-up was not finished, so the secret questions did not change. The old ones still work.",
  "chat.timedOutSavedShared":
    "We stopped because {why, select, long {this took too long} other {you were away for a while}}. The new secret answers are saved.",
  "chat.unknownCommand": "I don't know that command. Type /help to see what I can do.",
  // "Thank you" with nothing open: no menu, which would ask again what she just did.
  "chat.welcome": "You're welcome! 😊 If you need me again, just send me a message.",
  "chat.staffUnknownCommand": "I don't know that command. Type /help to see what I can do.",
  // Nothing typed: the step's prompt follows, and says what to type.
  // A mistyped command near one the writer may use ("/strat"): the command, to type instead.
  "chat.unknownCommandDidYouMean":
    "I don't know that command. Did you mean /{command}? If not, type /help to see what I can do.",
  "chat.staffUnknownCommandDidYouMean":
    "I don't know that command. Did you mean /{command}? If not, type /help to see what I can do.",
  "input.idNotKnown":
    "That's okay! Your form teacher can tell you your user ID. When you have it, type it here. To stop, type /cancel.",
  "input.idIsQuestion": "I can't answer questions here, sorry. I need your user ID.",
  "input.emptyId": "I didn't get any words.",
  // "Thank you" at "Type your user ID": the ID is asked again after it.
  "input.welcomeId": "You're welcome! 😊",
  // A greeting ("hi", 你好) at a user-ID prompt: greeted back, and the ID asked again.
  "input.helloId": "Hi! 👋 To know who you are, I need your user ID.",
  // "ok", "start", "1" at a user-ID prompt: no ID, and the ID asked again (it says where to find it).
  "input.notAnId": "That is not a user ID.",
  "input.emptyPassword": "I didn't get any words.",
  "input.emptyAnswer": "I didn't get any words.",
  "input.emptyNewPassword": "I didn't get any words.",
  // Said first when a message typed at a user-ID prompt was deleted because it looked like a password (by the text alone).
  "input.deletedLikePassword": "That message looked like a password, so I deleted it to keep it safe.",
  // Said first when words typed on the buttons right after a password or an answer were deleted: maybe that
  // secret sent again (a slow reply, Send tapped twice). Also for the very words a dialog ended on, sent again:
  // a teacher's own password at set-up, a guided reset's last answer; so staff have a twin.
  "input.deletedMaybeSecret": "I deleted that message. It may have been your password or a secret answer.",
  "input.staffDeletedMaybeSecret":
    "I deleted that message. It may have been your password or a secret answer.",
  "input.nothingToGoBackTo": "There is nothing to go back to right now. Type /start to see what I can do.",
  "input.staffNothingToGoBackTo":
    "There is nothing to go back to right now. Type /start to see what I can do.",
  // Any message with no typed words: a sticker, a photo, a voice message, a video, a file. Names none of them,
  // so it fits every kind (a voice message was told "not pictures or stickers").
  "input.notText": "I can only read typed words. Please type your reply.",
  "input.staffNotText": "I can only read typed words. Please type your reply.",
  "input.typeInstead": "That button doesn't work here. Please type your reply.",
  "input.staffTypeInstead": "That button doesn't work here. Please type your reply.",
  "input.tooLong": "That message is too long for me. Please type something shorter.",
  "input.staffTooLong": "That message is too long for me. Please type something shorter.",
  "input.useButtons": "Tap a button, or type its number (1–{max}).",
  // The same to a teacher or admin, in the adult register where a language has one (Malay anda, Tamil நீங்கள்).
  "input.staffUseButtons": "Tap a button, or type its number (1–{max}).",
  // Where a typed number does not count (clearing answers, a guided route, an in-person check, unlinking the
  // chat at /logout): a tap only.
  "input.tapOnly":
    "Please tap a button. Typed words or numbers do not count at this step, so nothing happens by mistake.",
  "input.staffTapOnly":
    "Please tap a button. Typed words or numbers do not count at this step, so nothing happens by mistake.",
  "input.noBack": "There is no step to go back to here. Type /cancel to stop.",
  "input.staffNoBack": "There is no step to go back to here. Type /cancel to stop.",
  "input.edited": "I can't read changed messages, so I removed it. Please send a new message instead.",
  "input.staffEdited": "I can't read changed messages, so I removed it. Please send a new message instead.",
  "input.useSecureForm":
    "Please don't type that here, where it stays in the chat. Press the button to type it in a private box.",
  "input.staffUseSecureForm":
    "Please don't type that here, where it stays in the chat. Press the button to type it in a private box.",
  "form.expired": "That box is old and doesn't work any more. Please use the newest message.",
  "form.staffExpired": "That box is old and doesn't work any more. Please use the newest message.",
  "button.expired": "That button is old and doesn't work any more. Please use the newest message.",
  "button.staffExpired": "That button is old and doesn't work any more. Please use the newest message.",
  "error.storeDown":
    "Something went wrong on my side. Nothing was changed. Please try again in a few minutes.",
  "error.staffStoreDown":
    "Something went wrong on my side. Nothing was changed. Please try again in a few minutes.",
  // The step's work was done (answers saved, say) and only storing the dialog failed: not "Nothing was changed".
  "error.storeDownAfterStep":
    "Something went wrong on my side, so I may not have kept what you just sent. Please try that again in a few minutes.",
  "error.staffStoreDownAfterStep":
    "Something went wrong on my side, so I may not have kept what you just sent. Please try that again in a few minutes.",
  "error.directoryDown": "The school system is not answering. Please try again in a few minutes.",
  "error.staffDirectoryDown": "The school system is not answering. Please try again in a few minutes.",
  // After /language while the directory does not answer: the language is saved, the menu (whose it is) waits.
  "menu.directoryDown":
    "The school system is not answering, so I can't show you what I can do yet. Type /start in a few minutes.",
  "menu.staffDirectoryDown":
    "The school system is not answering, so I can't show you what I can do yet. Type /start in a few minutes.",
  "error.tooBusy": "I'm very busy right now. Nothing was changed. Please try again in a few minutes.",
  "error.staffTooBusy": "I'm very busy right now. Nothing was changed. Please try again in a few minutes.",
  "error.unexpected": "Oops, something went wrong. Nothing was changed. Please try again, or type /cancel.",
  "error.staffUnexpected":
    "Oops, something went wrong. Nothing was changed. Please try again, or type /cancel.",
  question: "{question}",
  "question.unknown":
    "I can't show this question right now. It is one of the 3 you chose when you set up. If you are not sure of the answer, type /cancel and ask your form teacher.",
  // Used when the school sets no ACCOUNT_NAME / LOGIN_HINT (which are in one language only).
  "account.default": "school account",
  "setup.loginHint": "It is the same one you use on the school computers.",

  "setup.intro": "Let's get you set up. First, I need to check that it's you.",
  // A command that replaces set-up before the password (/start, "menu", /logout, a staff command).
  "setup.stopped": "Okay, we stopped setting up. Nothing was changed.",
  "setup.askId": "Type your user ID.\n{hint}\nDon't know it? Ask your form teacher.",
  "setup.askPassword":
    "Now type your password. I will delete your message as soon as I have read it, so nobody else can see it.",
  // Her password in full-width letters (a Chinese keyboard in full-width mode): never sent to the directory.
  "setup.passwordFullWidth":
    "What you typed has wide letters, numbers or marks, like Ａ, １ or ￥. Your keyboard is making them. Switch your keyboard back to normal letters (半角), then type your password again.",
  "setup.passwordSpaceAtEnd":
    "What you typed starts or ends with a space. Please type your password again without that space.",
  // The same at a staff member's password asked before her command (adult words): never counted.
  "staff.passwordFullWidth":
    "What you typed has wide letters, numbers or marks, like Ａ, １ or ￥. Your keyboard is making them. Switch your keyboard back to normal letters (半角), then type your password again.",
  "staff.passwordSpaceAtEnd":
    "What you typed starts or ends with a space. Please type your password again without that space.",
  // /setup at the user ID of the account linked to this chat, which IT disabled since (own-account-disabled.ts).
  "setup.staffOwnAccountDisabled":
    "{name} ({id}) is linked to this chat, but the account is disabled in the school directory, so it can't be set up. If it should be on, please ask IT to turn it back on.",
  "setup.ownAccountDisabled":
    "Your school account is switched off, so you can't set up. Please ask your form teacher.",
  // The capitals hint is said on every wrong password: said only when the text differed by case alone, it
  // would tell someone guessing that he is close.
  "setup.wrongPassword":
    "Hmm, that user ID and password don't match. Let's try again. Check your big and small letters too: A and a are not the same. Forgot your password? Your form teacher can help. To stop, type /cancel.",
  // setup.wrongPassword in a chat where answers are saved: she may have chosen set-up when she forgot it.
  "setup.wrongPasswordResetHere":
    "Hmm, that user ID and password don't match. Let's try again. Check your big and small letters too: A and a are not the same. Forgot your password? If you set up your secret questions in this chat, type /reset to get a new one. If not, your form teacher can help. To stop, type /cancel.",
  // After setup.wrongPassword, when the user ID typed looked like a password: it may have been the password.
  "setup.idLookedLikePassword":
    "Your user ID is not your password. First type your user ID, then your password.",
  // After setup.wrongPassword, when the user ID typed was words with a space between them: her name, most likely.
  "setup.idLookedLikeName": "Your user ID is not your name. Type your user ID, then your password again.",
  // After setup.wrongPassword, when the user ID typed had a space in it and was no name ("S 1001").
  "setup.idHadSpace":
    "There was a space in your user ID. Type your user ID with no spaces, then your password again.",
  "setup.throttled":
    "There have been too many tries from this chat. {hours, plural, =0 {Please wait {minutes, plural, one {# minute} other {# minutes}}, or ask your form teacher for help.} one {Please wait about # hour, then try again. Or ask your form teacher.} other {Please wait about # hours, then try again. Or ask your form teacher.}}",
  // A pause of the day's wrong passwords for the ID is many hours long: told in hours (waitUntil).
  "setup.paused":
    "There were too many wrong passwords for this user ID. {hours, plural, =0 {Please try again in {minutes, plural, one {# minute} other {# minutes}}, or ask your form teacher.} one {Please wait about # hour, then try again. Or ask your form teacher.} other {Please wait about # hours, then try again. Or ask your form teacher.}}",
  // The directory took her password and never answered (it is slow): the try stays counted, so no quick retry.
  "setup.directorySlow":
    "The school system is very slow right now, so I could not check your password. Please wait a few minutes, then type /setup to try again.",
  // The same, when that try reached the limit for the user ID: the pause is told as the slow system's.
  "setup.pausedSlow":
    "The school system is very slow. There were too many tries for this user ID. {hours, plural, =0 {Please try again in {minutes, plural, one {# minute} other {# minutes}}, or ask your form teacher.} one {Please wait about # hour, then try again. Or ask your form teacher.} other {Please wait about # hours, then try again. Or ask your form teacher.}}",
  "setup.linkChanged":
    "This account was linked to another chat while we were talking, so I did not save your answers. Type /setup to start again.",
  "setup.restartLinked": "Okay, let's start again from the beginning. No secret questions are saved yet.",
  "setup.restartKept":
    "Okay, let's start again from the beginning. Your old secret questions still work until you save new ones.",
  // "balik" (back in Malay, and a real answer) typed as a set-up answer: taken as her answer, then asked.
  "setup.backAsk": "Did you want to go back and choose another question? Or is that your answer?",
  "setup.backAskAnother": "Choose another question",
  "setup.backAskAnswer": "It is my answer",
  "setup.helpBackAsk":
    'The word you typed can mean "back". To pick a different question, choose "Choose another question". If that word is your answer, choose "It is my answer". To stop, type /cancel.',
  "setup.backOneAnswer": "Okay, let's do your last question again.",
  "practice.offer": "Shall we check that you remember your answers? It only takes a minute.",
  // Hello or thank you at "Shall we check...?" (see smallTalkOf); the question follows.
  "practice.helloOffer": "Hi! 👋 To answer the question below, type yes or no.",
  "practice.welcomeOffer": "You're welcome! 😊 To answer the question below, type yes or no.",
  "practice.check": "Check that I remember",
  "practice.noThanks": "No thanks",
  "practice.bye": "Okay! Remember your answers. You will need them if you forget your password.",
  // "help", "I need help", "?" in the practice round: what to do, then the same question; nothing counted.
  "practice.help":
    "This is only practice. Type the answer you gave to this question a moment ago. Big or small letters do not matter. If it is not the same, you can change it after. To stop, type /cancel.",
  "practice.helpFix":
    "One answer was not the same as before. Type the answer you will remember, and I will save it. Or type 1 to keep the old one. To stop, type /cancel.",
  // An answer she already gave an earlier question of this practice round or reminder check (sent twice on a slow
  // phone): set-up keeps the three answers different, so it is not checked, and the question is asked again.
  "practice.sameAnswerAgain":
    "You already gave that answer to question {earlier}. Each question has its own answer. Type your answer to the question below. To stop, type /cancel.",
  "practice.ask":
    "Practice, question {number} of 3:\n{question}\nType your answer. I will delete it as soon as I have read it.",
  "practice.reminder":
    "Do you still remember your secret answers? Tap the button to check. It only takes a minute.",
  // The reminder on a chat linked to more than one person (a family phone): whose answers it is about.
  "practice.reminderFor":
    "{name}, do you still remember your secret answers? Tap the button to check. It only takes a minute.",
  "practice.remindRight": "All right! You still remember your answers. 🎉",
  "practice.remindWrong":
    "Not all right. If you forgot an answer, type /setup to choose new ones. You will need your password.",
  // A Slack student whose verified email is her directory email: /setup links her with her user ID alone.
  "practice.remindWrongByEmail":
    "Not all right. If you forgot an answer, type /setup and your user ID to choose new ones.",
  "practice.allRight": "All 3 answers match. Well done! You will remember them. 🎉",
  "practice.someDifferent":
    "{count, plural, one {One answer was not the same as before. Let's fix it now.} other {# answers were not the same as before. Let's fix them now.}}",
  "practice.fix":
    "{question}\nYour answer was not the same as before. Type the answer you want to keep. Or tap the button to keep the old one.",
  "practice.keep": "Keep my old answer",
  // A number typed at "Keep my old answer" that is no button ("2"): no answer either (too short to be one).
  "practice.keepOrType":
    "To keep your old answer, tap the button or type 1. To change it, type your new answer.",
  "practice.changed": "Okay, I saved your new answer.",
  // The new answer typed a second time, so that a typo does not replace an answer that works.
  "practice.fixAgain": "Type the same answer again, so we know it's right.",
  "practice.fixAnswersDiffer":
    "The two answers were not the same, so I did not save anything. Let's try again from the start.",
  "practice.fixedAll": "All done! Your answers are saved. Remember them well.",
  "setup.linked": "Great, it's you, {name}! This chat is now linked to your {account}.",
  "setup.stillLinked": "Great, it's you, {name}! This chat is still linked to your {account}.",
  "setup.staffLinked":
    "This chat is now linked to your account, {name}. Secret questions are only for students, so there is nothing more to set up. Type /help to see what you can do here.",
  "setup.staffStillLinked":
    "This chat is still linked to your account, {name}. Secret questions are only for students, so there is nothing more to set up.",
  "setup.pickQuestion": "Choose question {number} of 3.",
  // Hello or thank you typed at the question list (see smallTalkOf): back to her, and how to pick; the list follows.
  "setup.helloQuestion": "Hi! 👋 Pick a question: tap it, or type its number, like 1.",
  "setup.welcomeQuestion": "You're welcome! 😊 Pick a question: tap it, or type its number, like 1.",
  "setup.askAnswer":
    "{question}\nType your answer. Pick something you will remember. I will delete your message as soon as I have read it.",
  "setup.done":
    'All done! Your 3 secret questions are saved. 🎉\nIf you ever forget your password, message me and choose "I forgot my password".',
  "answer.tooShort": "Your answer needs at least {min} letters or numbers. Please try again.",
  // One Han or Tamil character (熊): such scripts need 2, "letters or numbers" would ask for 3.
  "answer.tooShortCharacters": "Your answer needs at least {min} characters. Please try again.",
  // Nothing that counts (emoji, marks, spaces): no script to go by, so both minimums.
  "answer.noLetters":
    "Please type your answer in words. Use at least {letters} letters or numbers. In Chinese or Tamil, {characters} characters are enough. Emoji and marks don't count.",
  "answer.tooLong": "That answer is too long. Please use at most {max} letters or numbers.",
  "answer.hasKeyword": 'Please don\'t use the word "{word}" in your answer. Try a different answer.',
  "answer.hasName": "Please don't use your name or your user ID in your answer. Try a different answer.",
  // At a reset's (or practice's) question, emoji or marks alone: the prompt after it asks for the answer.
  "answer.onlyEmoji":
    "Emoji and marks don't count, only words. Think of the words you typed when you set up.",
  "answer.isNumber": "You don't need to choose a number here. Type your answer to the question below.",
  "answer.isQuestion":
    "Is that a question? I can't answer questions here. If it is your answer, type it again without the question mark.",
  "answer.nonAnswer":
    "That answer is too easy to guess. Please choose something you will remember, and type it here.",
  // The same at set-up, where she may have no answer to the question she chose: "back" chooses another.
  // What each set-up step wants, for a child who asks for help there ("help", /help, "I need help").
  "setup.helpId":
    "Right now I need your user ID, to check that it's you. It is what you type to log in to the school computers. Type it below. Don't know it? Ask your form teacher. To stop, type /cancel.",
  "setup.helpPassword":
    "Right now I need the password you use on the school computers. Type it below. Forgot it? Ask your form teacher. To stop, type /cancel.",
  // At "Now type your password": words that ask for help ("what do i do now", "?") or say she forgot it ("i
  // forgot"). No try is used; a password may be such words, so the same words typed again are checked.
  "setup.stuckAtPassword":
    "Right now I need the password you use on the school computers. Type it below. Forgot it? Ask your form teacher. If what you just typed really is your password, type it again. To stop, type /cancel.",
  // At "Now type your password": "I forgot my ID" (a guess was typed as her ID). Back to "Type your user ID".
  "setup.idNotKnownAtPassword":
    "That's okay! Your form teacher can tell you your user ID. When you have it, type it below. Then type your password. To stop, type /cancel.",
  "setup.forgotAtPassword":
    "Forgot your password? That's OK. Your form teacher can help you get a new one. If you remember it, type it below. If what you just typed really is your password, type it again. To stop, type /cancel.",
  "setup.helpQuestion":
    "Tap the question you want to answer, or type its number. Pick one you know the answer to. You choose 3 in all. To stop, type /cancel.",
  "setup.helpAnswer":
    "Type your answer to the question below. Pick an answer you will always remember. Want another question? Then type back. To stop, type /cancel.",
  // Another question's word ("animal") typed as an answer: she most likely meant to choose that question.
  "setup.answerIsQuestionWord":
    "That is the name of a question, not an answer. To answer the question below, type your answer. To choose another question, type back.",
  "reset.helpAnswer":
    "Type the answer you gave to this question when you set up. Big or small letters do not matter. Don't remember? Have a think, then type your best guess. To stop, type /cancel.",
  "setup.nonAnswer":
    "That answer is too easy to guess. Please choose something you will remember, and type it here. Or type back to choose another question.",
  "answer.sameAsOther": "You already used that answer for another question. Please give a new one.",

  // The password that proved this set-up, typed as a secret answer (the boxes mixed up).
  "answer.isPassword":
    "That is your password. Keep it to yourself. Here, type your answer to the question instead.",
  // At a reset's question (or the reminder's): a non-answer ("I don't know", "idk"), which set-up refuses,
  // so it can never be right. Nothing is checked or counted, and the question is asked again.
  "answer.notRemembered":
    "It's okay if you don't remember. Have a think, then type your best guess. Or type /cancel to stop. Your form teacher can help you.",
  // At a reset's question, asking to skip it or have another ("can I skip?", "skip", 可以跳过吗？): a reset asks
  // the questions she chose at set-up. Nothing is checked or counted; the question is asked again after it.
  "reset.cannotSkip":
    "You can't skip a question here, or change it. To get a new password, answer the 3 questions you chose when you set up. That did not count as a try. Forgot an answer? That's okay. Your form teacher can help you. Or type /cancel to stop.",
  "reset.intro": "Let's make you a new password.",
  "reset.hello":
    "Hi {name}! Let's make you a new password. First, answer your 3 secret questions.\nNot {name}? Type /cancel, and ask your form teacher for help.",
  "reset.helloChosen":
    "Hi {name}! Let's make you a new password. First, answer your 3 secret questions.\nNot {name}? Type /reset and choose your own name.",
  "reset.onlyLinkedChat":
    "I can only make a new password in the chat you used to set up your questions. Lost your phone, or never set up? Your form teacher can help you.",
  // The student's answers were cleared by a teacher or admin (/clearanswers), and not set up again since.
  "reset.answersCleared":
    "Hi {name}! Your school cleared your secret answers, so I can't make you a new password yet. Ask your form teacher to help you. When you can log in again, type /setup to set them up again.",
  // A command that replaces a reset (/start, "menu", /setup, /logout, a staff command): said before its reply.
  "reset.stopped": "Okay, we stopped making your new password. Nothing was changed.",
  "reset.notSetUp":
    "Hi {name}! You have not set up your secret questions yet, so I can't make you a new password yet. Ask your form teacher to help you. When you can log in again, type /setup to set them up.",
  "reset.suspended":
    "There were too many wrong answers, so I have paused this for about {hours, plural, one {# hour} other {# hours}}. Your form teacher can help you now.",
  "reset.staffAccount":
    "Teacher and admin accounts can't use secret questions. Please ask the school's IT team.",
  "reset.accountGone": "I can't find your account in the school system. Please ask your form teacher.",
  "reset.askId": "Type your user ID.\nDon't know it? Ask your form teacher.",
  // Her own user ID typed at a reset's question in her linked chat, which asks for none: nothing is counted.
  "reset.idNotNeeded":
    "That is your user ID. You don't need it here: I already know it's you. Type your answer to the question below.",
  // Her own name (a part of it, or all of it) typed at a reset's question in her linked chat: set-up never saves
  // a name as an answer, so nothing is counted.
  "reset.nameNotAnswer": "That is your name. Type the answer to the question instead.",
  // An answer she already gave an earlier question of this reset (sent twice on a slow phone): set-up keeps the
  // three answers different, so it is not taken, nothing is counted, and the question is asked again.
  "reset.sameAnswerAgain":
    "You already gave that answer to question {earlier}. Each question has its own answer. Type your answer to the question below. Mixed them up? Type /cancel, then type /reset to start again.",
  // "back", "go back", 上一步 at a reset's question (first: "yes" at question 1): a reset keeps no answer to take
  // back, and a try counts only once all three are answered, so starting again changes one and counts nothing.
  "reset.noBack":
    "You can't go back to an earlier question. Type your answer to the question below.{first, select, yes {} other { Want to start over from question 1? Type start again. Nothing counts as a try until all 3 questions are answered.}} To stop, type /cancel.",
  // A word for "start again" typed at a reset's question (restart-words.ts): checked as her answer, then asked.
  "reset.restartAsk": "Do you want to start again from question 1? Or was that your answer?",
  // A word for "go back" that may be her answer ("balik"): checked as her answer, then asked, as for "start again".
  "reset.backAsk":
    "You can't go back to an earlier question. Do you want to start again from question 1? Or was that your answer?",
  "reset.restartYes": "Yes, start again",
  "reset.restartNo": "No, it was my answer",
  "reset.restarted": "Okay, let's start again. Nothing was counted.",
  "reset.helpRestartAsk":
    'Choose "Yes, start again" to answer the 3 questions again from question 1. It does not count as a try. If the word you typed was your secret answer, choose "No, it was my answer". To stop, type /cancel.',
  "reset.askAnswer":
    "Question {number} of 3:\n{question}\nType your answer. I will delete your message as soon as I have read it.",
  "reset.wrongAnswers": "Sorry, that didn't work. An answer may be different from the one you set up.",
  "reset.pausedNow":
    "That was too many wrong answers, so you can't get a new password from me for about {hours, plural, one {# hour} other {# hours}}. If you need one sooner, ask your form teacher.",
  "reset.failedLastTry":
    "Sorry, that didn't work. An answer may be different from the one you set up.\nCareful: if your next try is wrong too, you can't get a new password from me for about {hours, plural, one {# hour} other {# hours}}. Not sure of your answers? Ask your form teacher to help you. Or type /reset to try once more.",
  "reset.failed":
    "Sorry, that didn't work. An answer may be different from the one you set up.\nType /reset to try again, or ask your form teacher to help you.",
  "answers.notCheckable":
    "Sorry, something is wrong on the school's side, so I could not check your answers. It is not your fault. Nothing was changed. Please try again later, or ask your form teacher for help.",
  "reset.throttled":
    "There have been too many tries from this chat. {hours, plural, =0 {Please wait {minutes, plural, one {# minute} other {# minutes}}, or ask your form teacher for help.} one {Please wait about # hour, then try again. Or ask your form teacher.} other {Please wait about # hours, then try again. Or ask your form teacher.}}",
  "reset.capped":
    "You have already made {max, plural, one {# new password} other {# new passwords}} in the last {days, plural, one {# day} other {# days}}. Please ask your form teacher to help you this time.",
  "reset.changed":
    "Something changed on your account while we were talking, so I stopped. Nothing was changed. Type /reset to start again.",
  "reset.guidedMeanwhileSentElsewhere":
    "While we were talking, {teacher} made you a new password, so I stopped here. Use the new password from {teacher}: I sent it to your own chat, not this one. If you cannot find it, ask {teacher} again.",
  "reset.guidedMeanwhileSent":
    "While we were talking, {teacher} made you a new password, so I stopped here. Use the new password from {teacher}: I sent it to this chat. If you cannot find it, ask {teacher} again.",
  "reset.guidedMeanwhile":
    "While we were talking, {teacher} made you a new password, so I stopped here. Use the new password that {teacher} gave you. If you do not have it, ask {teacher} again.",
  "reset.guidedMeanwhileUnlinked":
    "While we were talking, {teacher} made you a new password, so I stopped here. Use the new password that {teacher} gave you. If you do not have it, ask {teacher} again. This chat is not linked to your {account} any more. To use it again, type /setup.",
  "reset.answersClearedMeanwhile":
    "While we were talking, your school cleared your secret answers, so I stopped here. Your password was not changed. Ask your form teacher to help you get a new one. When you can log in again, type /setup to set up your questions again.",
  "reset.busy":
    "Your password is being changed somewhere else right now. Please wait a minute, then type /reset.",
  "reset.verified": "Well done, all 3 answers are right!",
  // Her answer to question 3 sent again (a slow phone's second Send) at the choice below: deleted, not read as a choice.
  "reset.lastAnswerAgain":
    "That was your answer to question 3. The questions are done now, and all 3 answers were right. Now choose how you want your new password.",
  "reset.choose": "How would you like your new password?",
  // Hello or thank you at "How would you like your new password?" (see smallTalkOf); the question follows.
  "reset.helloChoose": "Hi! 👋 To get your new password, pick one of the choices below.",
  "reset.welcomeChoose": "You're welcome! 😊 To get your new password, pick one of the choices below.",
  "reset.generate": "Make one for me",
  "reset.typeOwn": "I'll type my own",
  // What the two buttons of "How would you like your new password?" do, for a child who asks for help there.
  "reset.helpChoose":
    'Choose "Make one for me", and I will make a new password for you and show it here. Write it down before it is gone. Or choose "I\'ll type my own" to think of one yourself. To stop, type /cancel.',
  "reset.askNewPassword":
    "Type your new password. It needs at least {min} letters, numbers or symbols. I will delete your message as soon as I have read it.",
  "reset.helpNewPassword":
    'Think of a new password that you will remember, and type it here. It needs at least {min} letters, numbers or symbols. Want me to make one for you? Type back, then choose "Make one for me". To stop, type /cancel.',
  "reset.askNewPasswordAgain": "Type the same password again, so we know it's right.",
  "reset.passwordsDiffer": "The two passwords were not the same. Let's try again.",
  "reset.generated":
    "Your new password is:\n\n{password}\n\nWrite it down now: this message will disappear in {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}.\nWhen you log in, the computer will ask you to choose a new password.",
  "reset.ownSet": "Done! Your new password is ready. Use it the next time you log in. 🎉",
  "reset.maybeSet":
    "The school system did not answer in time, so I'm not sure it saved your new password. Try to log in with the new password below. If it does not work, type /reset later to try again, or ask your form teacher.",
  "reset.notShownBefore":
    "I made a new password for {id} {days, plural, =0 {{hours, plural, =0 {a few minutes ago} one {about # hour ago} other {about # hours ago}}} one {# day ago} other {# days ago}}, but I could not show it to you. So you don't know it yet. Type /reset to make another one, or ask your form teacher to help you.",
  "reset.maybeSetOwn":
    "The school system did not answer in time, so I'm not sure it saved your new password. Try to log in with the password you just typed. If it does not work, type /reset later to try again, or ask your form teacher.",
  "reset.directoryDown":
    "The school system is not answering. Please try again in a few minutes. You don't need to answer the questions again for the next {minutes, plural, one {# minute} other {# minutes}}.",
  "reset.directoryDownLate":
    "The school system is not answering. Please try again in a few minutes. If I have stopped by then, type /reset to start again.",
  "password.tooShort": "That password is too short. It needs at least {min} letters, numbers or symbols.",
  "password.tooLong": "That password is too long. Please use at most {max} letters, numbers or symbols.",
  "password.hasName": "Please don't use your name or your user ID in your password.",
  "password.hiddenMark":
    "That password has a hidden mark in it, and you could not type it when you log in. Please type your password again. Use only letters, numbers and symbols.",
  "password.notOnKeyboard":
    "You can't type that password on a school computer. Emoji and letters from other languages are not on its keys. Please type a new one. Use only the letters A to Z, the numbers 0 to 9 and symbols like - or !.",
  // Full-width letters or numbers alone (Ｓｕｎｎｙ): a Chinese keyboard in full-width mode. To the child they are A to Z.
  "password.fullWidth":
    "That password has wide letters, numbers or marks, like Ａ, １ or ￥. You can't type them on a school computer. Switch your keyboard back to normal letters (半角), then type your new password again.",
  "password.spaceAtEnd":
    "That password starts or ends with a space. You would not see it when you log in. Please type it again without that space.",
  // OpenLDAP stores a value that starts with a hash scheme ({SSHA}, {CLEARTEXT}) as it is, unhashed and unchecked.
  "password.schemeAtStart":
    "Please don't start your password with a word inside curly brackets. The school system would read it the wrong way. Choose a different password.",
  // {example} is PASSWORD_EXAMPLE (password-strength.ts): the shape of a good password, itself refused if copied.
  "password.tooCommon":
    'That password is too easy to guess. Try two or three words you like and a number, like {example}. Make up your own words! Or type back, then choose "Make one for me".',
  // A password that is PASSWORD_EXAMPLE with only its order, case, separators, digits or symbols changed.
  "password.likeExample":
    'That\'s the example password. Everyone has seen it, so it is easy to guess. Please make up your own words, like three things you like, and add a number. Or type "Make one for me", and I will make one for you.',
  "password.rejected.too-short":
    "The school system says that password is too short. Please choose a longer one.",
  "password.rejected.too-simple":
    "The school system says that password is too simple. Try mixing big and small letters, numbers and a symbol like - or !.",
  "password.rejected.used-before":
    "The school system says you have used that password before. Please choose a new one.",
  "password.rejected.other": "The school system did not accept that password. Please choose a different one.",
  // The directory's minimum password age: no new password today, her own or a made one; the dialog ends.
  "reset.tooRecent":
    "The school system says your password was changed very recently, so it will not take a new one yet. Your password was not changed: the one you had still works. Please try again tomorrow. If you need a new one today, ask your form teacher: they can ask the school's IT team.",
  // The directory refused a password the bot made ("Make one for me"): no fault of hers, and another may pass.
  "reset.madeRefused":
    'The school system did not take the password I made. That is not your fault. Choose "Make one for me" again, and I will make a different one. Or choose "I\'ll type my own".',

  "logout.done": "This chat is no longer linked to your account. To link it again, type /setup.",
  // To a teacher or admin (see input.staffUseButtons).
  "logout.staffDone": "This chat is no longer linked to your account. To link it again, type /setup.",
  "logout.doneFor": "{name} is no longer linked to this chat. To link again, type /setup.",
  "logout.doneEveryone": "Everyone is unlinked from this chat. To link again, type /setup.",
  "family.whoResets":
    "Which of you needs a new password?\nNot in the list? Type /cancel, and ask your form teacher for help.",
  "family.whoPractises": "Which of you is checking their answers?",
  "family.whoLogsOut":
    "Who should I unlink from this chat? To link again, they will need their password. Their secret answers will stay saved.",
  "family.whoLogsOutByEmail":
    "Who should I unlink from this chat? To link again, {name} only needs their user ID. Everyone else will need their password. Their secret answers will stay saved.",
  "family.everyone": "Everyone",
  "family.keepEveryone": "No, keep everyone",
  "family.keptEveryone": "Okay, everyone is still linked to this chat. Nothing was changed.",
  "setup.chatFull":
    "This chat is already linked to {max, plural, one {# student} other {# students}}. To add someone, one of them types /logout first.",
  "logout.notLinked": "This chat isn't linked to any account. To link it, type /setup.",
  // /logout asks first: a stray tap in the command menu must not unlink a child who may not remember her
  // password. Unlinking keeps the answers (the store only drops the link). Staff have no secret answers.
  "logout.confirm":
    "Do you want to unlink this chat from your account? To link it again, you will need your password. Your secret answers will stay saved.",
  // A student a trusted Slack email links again with her user ID alone (no password: see trusted-email.ts).
  "logout.confirmByEmail":
    "Do you want to unlink this chat from your account? To link it again, type /setup and your user ID. Your secret answers will stay saved.",
  "logout.staffConfirm":
    "Do you want to unlink this chat from your account? To link it again, you will need your password.",
  "logout.yes": "Yes, unlink",
  "logout.keep": "No, keep it",
  "logout.kept": "Okay, this chat is still linked to your account. Nothing was changed.",
  "logout.staffKept": "Okay, this chat is still linked to your account. Nothing was changed.",

  "notice.linkedElsewhere":
    "{name}'s {account} was just linked to a different chat, so it is no longer linked here. If {name} didn't do this, tell a teacher right away.",
  "notice.staffLinkedElsewhere":
    "{name}'s {account} was just linked to a different chat, so it is no longer linked here. If {name} didn't do this, tell the school's IT team right away.",
  "notice.passwordChanged":
    "{name}, your {account} password was just changed. If this wasn't you, tell your teacher right away.",
  "notice.unlinkedByTeacher":
    "{name}, your teacher unlinked this chat from your {account}, because you could not use it. If you did not ask for this, tell your teacher right away. To use this chat again, type /setup.",
  "notice.unlinkedByAdmin":
    "{name}, the school's computer team unlinked this chat from your {account}, because you could not use it. If you did not ask for this, tell your teacher right away. To use this chat again, type /setup.",
  "notice.answersCleared":
    "{name}, your school cleared your secret answers, so you need to set them up again: type /setup. If you did not expect this, tell your teacher.",
  "notice.unlockedReset":
    "{name}, your teacher lifted the pause, so you don't have to wait any more. You can type /reset to make a new password now.",
  "notice.unlockedResetByAdmin":
    "{name}, the school's computer team lifted the pause, so you don't have to wait any more. You can type /reset to make a new password now.",
  // The same, while the chat is still paused for its own tries (only an admin can lift that).
  "notice.unlockedResetLater":
    "{name}, your teacher lifted the pause. This chat must still wait about {minutes, plural, one {# minute} other {# minutes}}. Then you can type /reset to make a new password.",
  "notice.unlockedResetLaterByAdmin":
    "{name}, the school's computer team lifted the pause. This chat must still wait about {minutes, plural, one {# minute} other {# minutes}}. Then you can type /reset to make a new password.",
  "notice.unlockedSetup":
    "{name}, your teacher lifted the pause, so you don't have to wait any more. You can type /setup now.",
  "notice.unlockedSetupByAdmin":
    "{name}, the school's computer team lifted the pause, so you don't have to wait any more. You can type /setup now.",
  // The same, while the chat is still paused for its own tries (only an admin can lift that).
  "notice.unlockedSetupLater":
    "{name}, your teacher lifted the pause. This chat must still wait about {minutes, plural, one {# minute} other {# minutes}}. Then you can type /setup.",
  "notice.unlockedSetupLaterByAdmin":
    "{name}, the school's computer team lifted the pause. This chat must still wait about {minutes, plural, one {# minute} other {# minutes}}. Then you can type /setup.",
  "notice.accountUnlockedOnly": "{name}, your teacher unlocked your {account}. You can log in again now.",
  "notice.accountUnlockedOnlyByAdmin":
    "{name}, the school's computer team unlocked your {account}. You can log in again now.",
  "notice.accountUnlocked":
    "{name}, your teacher unlocked your {account}. You can log in again now. If you forgot your password, type /reset to make a new one.",
  "notice.accountUnlockedByAdmin":
    "{name}, the school's computer team unlocked your {account}. You can log in again now. If you forgot your password, type /reset to make a new one.",

  // Teachers and admins (adults; still short and clear).
  // The commands both may use; an admin reads "Staff commands" (role: "teacher" or "admin").
  "staff.help":
    "{role, select, admin {Staff commands} other {Teacher commands}}:\n" +
    "/guided ID – help {role, select, admin {a student} other {a student of your class}} get a new password\n" +
    "/unlock ID – {role, select, admin {unlock a student's locked account, or let a suspended student reset by themselves again; with a staff ID, lift the pause on their password in this bot; with a chat as the alert names it (/unlock telegram:123), lift that chat's pause} other {unlock a student's locked account, or let a suspended student reset by themselves again}}\n" +
    "/clearanswers ID – make a student set up their questions again\n" +
    "/coverage CLASS – who in a class has not set up yet, and who is suspended\n" +
    "/cancel – stop what we are doing\n" +
    "/logout – unlink this chat from your account\n" +
    "/language – choose your language (or type its name after it: /language 中文)",
  "staff.adminHelp":
    "Admin commands:\n/audit ID – recent events about a person, and by them (never a secret)\n/stats – set-up by class, and resets and suspensions in the last 7 days\n/export – the audit of the last 7 days as a file (/export 30 for 30 days)",
  "staff.exportReady":
    "Here is the audit of the last {days, plural, one {# day} other {# days}} as a file: {count, plural, one {# event} other {# events}}. It holds ids, events and times only, never a password or an answer.",
  "staff.exportCapped":
    "{ready} The file holds only the newest {max, number} events, from {from} UTC: older events were left out. npm run audit on the bot's server exports them all.",
  "staff.exportReadyNotListed":
    "Here is the audit of the last {days, plural, one {# day} other {# days}} as a file: {count, plural, one {# event} other {# events}}. {notListed, plural, one {# more event was} other {# more events were}} only counted, not listed, because {why}: the file has a not-listed line for each such day. It holds ids, events and times only, never a password or an answer.",
  "staff.exportWhyFull": "{full, plural, one {on # day} other {on # days}} the record was full",
  "staff.exportWhyMoves":
    "{moved, plural, one {on # day} other {on # days}} one account's link moved more than {max} times (the record lists {max} moves of an account a day)",
  "staff.exportWhyBoth":
    "{full, plural, one {on # day} other {on # days}} the record was full, and {moved, plural, one {on # day} other {on # days}} one account's link moved more than {max} times (the record lists {max} moves of an account a day)",
  "staff.tapOrYesNo":
    "Please tap a button, or type yes or no. A typed number does not count at this step, so nothing happens by mistake.",
  "staff.exportDays": "Give the number of days as a whole number from 1 to 90, e.g. /export 30.",
  "staff.reportDeletedLater":
    "This phone is also linked to a student, so I will delete the report above in {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}, or as soon as you type your next command. To keep a report, use a chat linked only to you.",
  "staff.exportNotOnSharedPhone":
    "This phone is also linked to a student, so I will not send the school's audit file here, where it would stay. Type /export in a chat linked only to you (your own phone or computer), or run npm run audit on the bot's server.",
  "staff.onlyStaff":
    "Only teachers and admins can use that. If you are one, link this chat to your account first with /setup.",
  "staff.ownAccountDisabled":
    "The account linked to this chat, {name} ({id}), is disabled in the school directory, so teacher and admin commands don't work here. If it should be on, please ask IT to turn it back on.",
  "staff.onlyAdmins":
    "Only admins can use that. Type /help to see the commands you can use, or ask the school's IT team.",
  "staff.askStudent": "Which student? Type their user ID.",
  // An admin's /unlock alone: it also takes a staff member's ID, or a chat as an alert names it.
  "staff.askUnlock":
    "Whose account or chat? Type a student's or staff member's user ID, or a chat as the alert names it (e.g. telegram:123).",
  "staff.askPerson": "Whose record do you want to see? Type their user ID.",
  "staff.notYourStudent": "You can only help students in your classes.",
  // The same refusal where the ID was typed and is asked for again (a typo, or not her student).
  "staff.notYourStudentTypeAgain":
    "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.",
  // A teacher in no class: no ID can be hers, so she is not asked for one again.
  "staff.noClassesToHelp":
    "I can't find any class for you in the school directory, so you can't help a student here yet. Ask your IT admin to add you to your classes. Until then, an admin can help the student.",
  // "Tan Wei Ling" where the user ID goes (any name, in her classes or not: the same words for all).
  // Several user IDs typed at once where one goes ("S1001 S1002"): the same words for any IDs.
  // A greeting at "Which student?" or "Whose record?": greeted back, and the ID asked again.
  "staff.helloStudent": "Hello! 👋 I need the person's user ID. To stop, type /cancel.",
  // "Thank you" at "Which student?", "Whose record?" or "Which class?": the prompt stays open, and follows.
  "staff.welcomeAtPrompt": "You're welcome! If you're done, type /cancel.",
  // A greeting at /coverage's "Which class?": greeted back, and the question asked again with her classes.
  "staff.helloClass": "Hello! 👋 Choose one of the classes below, or type its name. To stop, type /cancel.",
  "staff.oneStudentAtATime": "One student at a time, please: type one user ID. To stop, type /cancel.",
  "staff.nameInYourClasses":
    "That looks like a name. In your classes: {students}. Type the user ID. To stop, type /cancel.",
  "staff.classNotStudent":
    "{class} is a class. Type the user ID of one student: /coverage {class} shows each student's ID. To stop, type /cancel.",
  // A word shaped like a class that is not hers ("/guided 4B", her 4A mistyped), where one student's user ID
  // goes: told from the text and her own classes alone, the same whether or not the school has that class.
  "staff.otherClassNotStudent":
    "{class} is not one of your classes. {yours} Type the user ID of one student. To stop, type /cancel.",
  "staff.yourClassesShowIds":
    "{count, plural, =1 {Your class is {classes}: /coverage {classes} shows each student's user ID.} other {Your classes are {classes}. Type /coverage and one of them to see each student's user ID.}}",
  "staff.yourClassesShowIdsSeeCoverage": "/coverage shows your classes and each student's user ID.",
  // A password (a student's read out, or her own) where the user ID goes: told from the text alone, after the
  // deletion note. An admin's words were looked up (she may name anyone), so it does not say they were not.
  "staff.passwordNotId":
    "Type the student's user ID, not a password: /coverage shows it beside each name. If it was your own password, change it soon. To stop, type /cancel.",
  // A teacher's password-shaped text that no pupil of hers has as an ID: never looked up in the directory.
  "staff.passwordNotSearched":
    "That looks like a password, not a student's user ID, so I did not look it up or keep it. Type the student's user ID as your class list shows it (/coverage). If it was your own password, change it soon. To stop, type /cancel.",
  // A staff member's password-shaped text where no student's ID is checked against her class lists (an admin's
  // /audit with nothing on record under it, a staff member's /coverage or "Which class?"): deleted, never
  // looked up, kept or echoed.
  "staff.passwordNotKept":
    "That looks like a password, so I did not look it up or keep it. If it was your own password, change it soon.",
  "staff.typeIdNotName":
    "That looks like a name. Type the student's user ID instead: /coverage shows it beside each name. To stop, type /cancel.",
  // "/guided S1001 Teach-Four-A-2026": a user ID and her password on one line (deleted; read from the text
  // alone, the same for every ID). The second is said at the "Which student?" prompt, after the deletion note.
  "staff.idWithPassword":
    "Type only the user ID, without your password. I deleted that message to keep your password safe. If I need your password, I will ask for it on its own.",
  "staff.idOnly":
    "Type only the user ID, without your password. If I need your password, I will ask for it on its own.",
  // /coverage of a class that is not hers (or that the school does not have: the same words), a report is
  // seen, not helped with; then staff.yourClasses or staff.yourClassesSeeCoverage. The first when what she
  // typed may not be said back (words, not shaped like a class), the second names the class.
  "staff.notYourClass": "You can only see your own classes. {yours}",
  "staff.notYourClassNamed": "{class} is not one of your classes. {yours}",
  "staff.yourClasses":
    "{count, plural, one {Your class is {classes}: type /coverage to see it.} other {Your classes are {classes}: type /coverage and one of them.}}",
  "staff.yourClassesSeeCoverage": "Type /coverage to see them.",
  "staff.emptyStudent": "I didn't get any words.",
  "staff.stepUpAskPassword":
    "This phone is also linked to a student, so only {name} can go on here. {name}, type your password to go on. I will delete your message as soon as I have read it. Not {name}? Type /cancel to go back.",
  "staff.againAskPassword":
    "To keep your students safe, type your password to go on, {name}. (I ask again after {minutes, plural, one {# minute} other {# minutes}} without it.) I will delete your message as soon as I have read it. To stop, type /cancel.",
  "staff.stepUpWrongPassword":
    "That is not {name}'s password, so nothing was done. Forgot it? The school's IT team can help.",
  "staff.stepUpPaused":
    "{name}, I will not ask for your password in this chat for {hours, plural, =0 {{minutes, plural, one {# minute} other {# minutes}}} one {about # hour} other {about # hours}}, because too many wrong passwords were typed here. Nothing was done. I have not paused your account or your other chats. The pause ends by itself: then type the command again. An admin can lift it sooner.",
  // Her password was sent to the directory, which never answered (it is slow): what she began ends.
  "staff.directorySlow":
    "{name}, the school system is very slow right now, so I could not check your password. Nothing was done. Please wait a few minutes, then type the command again.",
  // The same, when that try reached her limit in this chat: the pause is told as the slow system's.
  "staff.stepUpPausedSlow":
    "{name}, the school system is very slow, and there were too many password tries in this chat, so I will not ask for your password here for {hours, plural, =0 {{minutes, plural, one {# minute} other {# minutes}}} one {about # hour} other {about # hours}}. Nothing was done. I have not paused your account or your other chats. The pause ends by itself: then type the command again. An admin can lift it sooner.",
  // A staff dialog on her own phone outlived her password's window (STAFF_PASSWORD_AGAIN_MINUTES).
  "staff.passwordAgainStartAgain":
    "It is more than {minutes, plural, one {# minute} other {# minutes}} since you typed your password here, so I stopped what you began. Nothing was done. Type the command again, and I will ask for your password first.",
  "staff.stepUpStartAgain":
    "This chat is also linked to a student, so I stopped what you began before. Nothing was done. Type the command again, and I will ask for your password first.",
  // A teacher's or admin's command stopped a reset on a family phone before a child was chosen.
  "staff.resetStopped": "Okay, we stopped making a new password. Nothing was changed.",
  // A staff command on a family phone in a child's reset (mostly her stray tap): it goes on, its question next.
  "staff.childResetGoesOn":
    "{name} is in the middle of making a new password, so I did not stop it. To do something else, type /cancel first.",
  // The same in a child's set-up after her password: her chosen answers would be lost.
  "staff.childSetupGoesOn":
    "{name} is in the middle of setting up, so I did not stop it. To do something else, type /cancel first.",
  "staff.setupSavedFor": "Okay, we stopped. {name}'s secret questions are saved.",
  "staff.stepUpChatPaused":
    "There have been too many tries from this chat. Nothing was done. Please wait {minutes, plural, one {# minute} other {# minutes}}, or ask the school's IT team.",
  "staff.noSuchPerson": "I can't find anyone with that user ID. Please check it and try again.",
  // The same where "Which student?" follows it: how to stop, as a teacher's refusal says.
  "staff.noSuchPersonTypeAgain":
    "I can't find anyone with that user ID. Please check it and type it again. To stop, type /cancel.",
  // An admin's one word of letters ("aisha") that nobody has as a user ID: names are not looked up for
  // admins. {hint} is the school's LOGIN_HINT, what its students are told about their ID.
  "staff.noSuchPersonNotName":
    "I can't find anyone with that user ID. Please check it and try again. Names are not looked up: type the person's user ID. /coverage shows a student's ID beside their name. Students are told: {hint} To stop, type /cancel.",
  // An admin naming an id several directory entries share: the ID is right, the directory is wrong.
  "staff.sharedId":
    "More than one account in the school directory has the user ID {id}, so I won't act on it: with this ID, nobody can log in, reset a password or be helped here. Please ask IT to fix the directory so that only one account has it.",
  "staff.staffAccount":
    "{name} is a staff account, and these commands are only for students. A staff password is reset (or a locked staff account unlocked) in the school directory by IT.",
  // A guided reset whose student IT deleted since it began.
  "staff.studentGone":
    "I can no longer find {id} in the school directory, so I stopped. Nothing was changed. If {id} should still be there, please ask IT.",
  "staff.studentDisabled":
    "{name}'s account is disabled in the school directory, so I can't help with it here. If it should be on, please ask IT to turn it back on.",
  "staff.studentDisabledForAdmins":
    "{name}'s account is disabled in the school directory, so I can't help with it here. If it should be on, turn it back on in the directory first, then try again.",
  "guided.chooseRoute": "Let's get {name} a new password. How can {name} prove it's them?",
  "guided.chooseRouteChatHere":
    "Let's get {name} a new password. {name}'s chat is this phone, so a code sent to their chat would come to you. {name} can type /reset here to make a new password with their secret questions. Or, if you have checked in person that it is {name}, I can make one now.",
  "guided.chooseRouteChatHereOnlyInPerson":
    "Let's get {name} a new password. {name}'s chat is this phone, so a code sent to their chat would come to you. If you have checked in person that it is {name}, I can make one now.",
  "guided.chooseRouteQuestionsPaused":
    "Let's get {name} a new password. {name}'s questions are paused for about {hours, plural, one {# hour} other {# hours}} after too many wrong answers, so they cannot answer them here. How can {name} prove it's them?",
  "guided.chooseRouteDevicePaused":
    "Let's get {name} a new password. This device has checked as many answers as one device may for now (a limit that stops anyone guessing answers without end), so {name} cannot answer their questions here for about {minutes, plural, one {# minute} other {# minutes}}. An in-person check still works. How can {name} prove it's them?",
  "guided.chooseRouteDeviceTriesPaused":
    "Let's get {name} a new password. This device is paused for about {minutes, plural, one {# minute} other {# minutes}} after too many wrong answers or passwords were typed on it (a limit that stops anyone guessing), so {name} cannot answer their questions here. An in-person check still works. How can {name} prove it's them?",
  "guided.devicePaused":
    'This device has checked as many answers as one device may for now (a limit that stops anyone guessing answers without end), so {name}\'s answers cannot be checked here for about {minutes, plural, one {# minute} other {# minutes}}. Nothing was changed. An in-person check still works: start again with /guided and choose "I checked them in person".',
  "guided.deviceTriesPaused":
    'This device is paused for about {minutes, plural, one {# minute} other {# minutes}} after too many wrong answers or passwords were typed on it (a limit that stops anyone guessing), so {name}\'s answers cannot be checked here. Nothing was changed. An in-person check still works: start again with /guided and choose "I checked them in person".',
  "guided.routeCode": "Send a code to their chat",
  "guided.routeNoChat": "They can't use their chat",
  "guided.routeQuestions": "They answer their questions here",
  "guided.routeInPerson": "I checked them in person",
  // The routes for a student who has had GUIDED_MAX_CODES_PER_HOUR codes within the hour: no code route.
  "guided.chooseRouteCodesUsedUp":
    "Let's get {name} a new password. {name} has been sent as many codes in the last hour as one student may get, so I can't send a code now: the next one can go in about {minutes, plural, one {# minute} other {# minutes}}. If you have checked {name} in person, you can choose \"They can't use their chat\": that unlinks their chat, and I show a new password here.",
  "guided.codeSent":
    "I sent a 6-digit code to {name}'s own chat. Ask {name} to read it to you, then type it here. It works for 10 minutes.",
  "guided.askCode": "Type the code {name} reads to you.",
  "guided.codeWrong":
    "That code is not right. Check it with {name} and type it again ({left, plural, one {# try} other {# tries}} left).",
  "guided.codeNotSixDigits": "The code has 6 digits. Ask {name} to read it again, then type all 6.",
  // A greeting or thanks at the code prompt (to the child on the phone, or to the bot): no try used, the prompt follows.
  "guided.helloAtCode": "Hello! 👋 I need the 6-digit code {name} reads to you. To stop, type /cancel.",
  "guided.welcomeAtCode":
    "You're welcome! When {name} reads you the code, type it here. To stop, type /cancel.",
  "guided.codeExpired": "That code has expired. Start again with /guided.",
  "guided.codeUsedUp": "Too many wrong codes. Start again with /guided.",
  // To the teacher when a command stops a guided reset while the code is out (the child hears codeStoppedForStudent).
  "guided.codeStoppedForTeacher":
    "The guided reset for {name} has stopped, so the code I sent to {name}'s chat no longer works. If {name} still needs a new password, start again with /guided.",
  "guided.codeUnreachable":
    "I could not reach {name}'s chat. If you have checked {name} in person, start again with /guided and choose \"They can't use their chat\".",
  "guided.sentToStudent":
    "Done! {name}'s new password was sent to their own chat. They must change it when they log in.",
  "guided.changed":
    "{name}'s chat or answers changed while we were working, so I stopped. Nothing was changed. Start again with /guided.",
  // A guided reset's code typed after someone else gave the student a new password (another teacher's or an
  // admin's guided reset, or the child's own reset): not "start again", which would change it once more.
  "guided.newPasswordByStaffMeanwhile":
    "{by} gave {name} a new password while we waited for the code, so I stopped. Nothing more was changed, and the code I sent no longer works. If {name} still needs one, ask {by} first, then start again with /guided.",
  "guided.newPasswordMeanwhile":
    "{name} got a new password with their secret questions while we waited for the code, so I stopped. Nothing more was changed, and the code I sent no longer works. If {name} still needs one, start again with /guided.",
  // The same, when the teacher confirms her in-person check (the password came after the routes were shown).
  "guided.newPasswordByStaffWhileConfirming":
    "{by} gave {name} a new password while we waited for you to confirm, so I stopped. Nothing more was changed. If {name} still needs one, ask {by} first, then start again with /guided.",
  "guided.newPasswordWhileConfirming":
    "{name} got a new password with their secret questions while we waited for you to confirm, so I stopped. Nothing more was changed. If {name} still needs one, start again with /guided.",
  // A command typed between a guided reset's answers on the teacher's device (not /cancel, whose words say it).
  "guided.questionsStopped":
    "The guided reset for {name} has stopped, and nothing was changed. If {name} still needs a new password, start again with /guided.",
  // The directory refused a guided reset's password (the bot's own): another one may pass.
  "guided.madeRefused":
    "The school system did not take the password I made for {name}. That is not your fault. Start again with /guided, and I will make a different one.",
  // The directory's minimum password age: no other password would pass before it has run.
  "guided.tooRecent":
    "The school system says {name}'s password was changed very recently, so it will not take a new one yet, and {name}'s password was not changed. Try /guided again later (the school system decides how long to wait; often a day). If {name} needs it now, the school's IT team can set one in the school system.",
  "guided.busy":
    "{name}'s password is being changed somewhere else right now. Wait a minute, then try /guided again.",
  "guided.askAnswer":
    "Question {number} of 3 for {name}:\n{question}\nLet {name} type the answer. I will delete it straight away.",
  // An answer the student already gave an earlier question of this round (sent twice): set-up keeps the three
  // answers different, so it is not checked or counted, and the question is asked again. The student reads it
  // on the teacher's device too: plain words, naming her as guided.askAnswer does.
  "guided.sameAnswerAgain":
    "{name} already gave that answer to question {earlier}. Each question has its own answer. Let {name} type the answer to the question below. Nothing was checked or counted.",
  // The student typed a non-answer ("I don't know") on the teacher's device: nothing checked or counted.
  "guided.notRemembered":
    '{name} does not remember this answer? Nothing was checked or counted. {name} can try again, or type /cancel and start again with /guided, then choose "I checked them in person".',
  "guided.answersWrong":
    'Those answers did not match. If you have checked {name} in person, start again with /guided and choose "I checked them in person".',
  "guided.answersWrongPaused":
    'Those answers did not match. There have been too many wrong answers for {name}, so answering questions is paused for about {hours, plural, one {# hour} other {# hours}}. An in-person check still works: start again with /guided and choose "I checked them in person".',
  "guided.answersNotCheckable":
    "{name}'s answers could not be checked: the saved answers do not fit the bot's settings on the server (the IT admins have been alerted). Nothing was changed and nothing was counted. An in-person check still works: start again with /guided and choose \"I checked them in person\".",
  "guided.confirmInPerson":
    "Please confirm that you have checked in person that this is {name}. I will then show a new password once.",
  "guided.confirmUnlink":
    "Please confirm that you have checked in person that this is {name}. Their chat will be unlinked, and I will show a new password here once.",
  "guided.confirmYes": "Yes, I checked",
  "guided.maybeSet":
    "The school system did not answer in time, so {name}'s new password may not be saved. If it does not work, start again with /guided later.",
  "guided.shown":
    "{name}'s new password is:\n\n{password}\n\nShow it to {name} now. This message disappears in {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}. They must change it when they log in.",
  "guided.codeForStudent":
    "{name}, your teacher {teacher} is helping you get a new password. Tell your teacher this code: {code}\nIt works for 10 minutes. If you did not ask for help, don't tell anyone the code, and tell a grown-up.",
  // Six digits typed in a student's chat where the start menu is the answer: a guided reset's code, typed back.
  "guided.codeTypedBackForStudent":
    "Is that the code I sent you? You don't need to type it here. Read it out to the grown-up who is helping you.",
  "guided.codeStoppedForStudent":
    "{name}, your teacher stopped helping you get a new password for now. The code I sent you does not work any more. If you still need a new password, ask your teacher.",
  "guided.codeFromAdminForStudent":
    "{name}, {admin} from the school's computer team is helping you get a new password. Tell {admin} this code: {code}\nIt works for 10 minutes. If you did not ask for help, don't tell anyone the code, and tell a grown-up.",
  "guided.codeStoppedByAdminForStudent":
    "{name}, the school's computer team stopped helping you get a new password for now. The code I sent you does not work any more. If you still need a new password, ask your teacher.",
  "guided.passwordForStudent":
    "{name}, here is your new password:\n\n{password}\n\nWrite it down now: this message will disappear in {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}. When you log in, the computer will ask you to choose a new password.",
  "common.cancel": "Cancel",
  "unlock.done": "Done! {name} can reset their password by themselves again.",
  "unlock.doneNotSetUp":
    "Done, {name} is no longer suspended. They have not set up their secret questions yet, so they can't reset by themselves. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.",
  "unlock.doneNoChat":
    "Done, {name} is no longer suspended. Their secret questions are set up, but no chat is linked to their account, so they need to link one with /setup before they can reset by themselves.",
  // /unlock of a chat key (admins only, never the chat in use).
  "unlock.chatDone":
    "Done: the chat {chat} is not paused now, and its answer checks and failed tries count again from zero.",
  "unlock.chatCountsCleared":
    "The chat {chat} was not paused. I cleared what it had counted, so its answer checks and failed tries start again from zero.",
  "unlock.chatNotPaused":
    "The chat {chat} was not paused, so there was nothing to lift. Check the chat's name as the alert or /audit gives it (for example telegram:201).",
  "unlock.setupFirstNoChat":
    "Their secret questions are set up, but no chat is linked to their account, so they need to link one with /setup before they can reset by themselves.",
  "unlock.setupFirstNotSetUp":
    "They have not set up their secret questions yet, so they can't reset by themselves. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.",
  "audit.chatNoEvents": "none",
  "audit.chatNotListed":
    "The record of {dates} was full: some attempts of those days are only counted, not listed, and this chat's may be among them. /audit ID counts every attempt about a person.",
  "unlock.chatStillPaused":
    "But {name}'s chat ({chat}) is paused for about {minutes, plural, one {# minute} other {# minutes}} after too many tries from it, so /reset works there only after that. An admin can lift it sooner with /unlock {chat}. If {name} needs a new password now, use /guided.",
  "unlock.chatStillPausedSetup":
    "But {name}'s chat ({chat}) is paused for about {minutes, plural, one {# minute} other {# minutes}} after too many tries from it, so /setup works there only after that. An admin can lift it sooner with /unlock {chat}.",
  // A teacher's: the chat's name (a chat account's id) is only for admins.
  "unlock.chatStillPausedAskAdmin":
    "But {name}'s chat is paused for about {minutes, plural, one {# minute} other {# minutes}} after too many tries from it, so /reset works there only after that. An admin can lift that pause sooner. If {name} needs a new password now, use /guided.",
  "unlock.chatStillPausedSetupAskAdmin":
    "But {name}'s chat is paused for about {minutes, plural, one {# minute} other {# minutes}} after too many tries from it, so /setup works there only after that. An admin can lift that pause sooner.",
  "unlock.chatOnlyAdmins":
    "Only an admin can lift a chat's pause. It ends by itself; meanwhile an in-person guided reset still works.",
  "unlock.chatOwn":
    "You can't lift the pause of the chat you are using: another admin can, with /unlock {chat} from their own chat. It also ends by itself.",
  // The admin's own chat, not paused: nothing to lift, so no other admin is needed.
  "unlock.chatOwnNotPaused": "The chat you are using ({chat}) is not paused, so there is nothing to lift.",
  "unlock.lockLifted":
    "{name} was not suspended, but the school system had locked their account after too many wrong passwords. I unlocked it, so they can log in again. I told the IT admins, in case someone was trying to guess the password.",
  "unlock.alsoLockLifted":
    "The school system had also locked their account after too many wrong passwords. I unlocked it, and told the IT admins, in case someone was trying to guess the password.",
  "unlock.setupPauseLifted":
    "{name} was not suspended, and their account was not locked, but set-up for {name} was paused after too many wrong passwords. I lifted that pause, so {name} can use /setup again now. If {name} did not type those passwords, someone else may have been trying to guess theirs.",
  // The same, while the student's chat is paused for its own tries: /setup waits there (unlock.chatStillPaused…).
  "unlock.setupPauseLiftedChatPaused":
    "{name} was not suspended, and their account was not locked, but set-up for {name} was paused after too many wrong passwords. I lifted that pause. If {name} did not type those passwords, someone else may have been trying to guess theirs.",
  "unlock.setupPauseAdminOnly":
    "You already lifted the set-up pause for {name} in the last {hours, plural, one {# hour} other {# hours}}, so I did not lift it again. Someone may be trying to guess their password. Ask an IT admin to check, and to lift the pause if it should go. It also ends by itself in {minutes, plural, one {# minute} other {# minutes}}.",
  "unlock.lockAdminOnly":
    "You already unlocked the account of {name} in the last {hours, plural, one {# hour} other {# hours}}, and the school system has locked it again after too many wrong passwords, so I did not unlock it. Someone may be trying to guess their password. Ask an IT admin to check, and to unlock it if it should be. If {name} needs to log in now, you can give them a new password with /guided.",
  "unlock.alsoSetupPauseLifted":
    "Set-up for {name} was also paused after too many wrong passwords. I lifted that pause, so {name} can use /setup again now.",
  "unlock.alsoSetupPauseLiftedChatPaused":
    "Set-up for {name} was also paused after too many wrong passwords. I lifted that pause.",
  // The same, while the student's chat is paused for its own tries: /reset waits there (unlock.chatStillPaused…).
  "unlock.failuresClearedChatPaused":
    "{name} was not suspended, and their account was not locked. I cleared their {count, plural, one {# wrong try} other {# wrong tries}}.",
  "unlock.failuresCleared":
    "{name} was not suspended, and their account was not locked. I cleared their {count, plural, one {# wrong try} other {# wrong tries}}, so they have all their tries again.",
  "unlock.staffPauseLifted":
    "I lifted the pause on {name}'s password in this bot, which came after too many wrong passwords for their user ID, so {name} can type it here again now. If {name} did not type those passwords, someone else may have been trying to guess it.",
  "unlock.staffNothingToLift":
    "{name}'s password is not paused in this bot, so there is nothing to lift. {name} is a staff account: a staff password is reset (or a locked staff account unlocked) in the school directory by IT.",
  "unlock.nothingToLift":
    "{name} was not suspended, and their account was not locked, so there was nothing to unlock.",
  "clear.confirm":
    "This deletes {name}'s secret answers, so they must set up their questions again. Go ahead?",
  "clear.yes": "Yes, clear them",
  // A user ID typed at "Go ahead?": the same student's (then the question again), or maybe another's.
  "clear.sameId": 'This is already about {name}. Tap "Yes, clear them" to go ahead, or "Cancel" to stop.',
  "clear.otherId":
    'This is about {name}. For another student, tap "Cancel", then type /clearanswers and their user ID.',
  "clear.done": "Done. {name} must set up their secret questions again before they can reset by themselves.",
  "clear.nothing":
    "{name} has not set up any questions, so there is nothing to clear. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.",
  // "Yes, clear them" pressed after the student set up new answers: those are not the ones she meant.
  "clear.changedMeanwhile":
    "{name} changed their secret answers while we waited for you to confirm, so I did not clear the new ones. Nothing was changed. If they still need to be cleared, type /clearanswers and {name}'s user ID again.",
  "coverage.askClass": "Which class?",
  "coverage.noClasses": "I can't find any class for you. Ask your IT admin to check the class groups.",
  // An admin's class the directory does not have (/coverage 9Z, /audit class:9Z), then staff.classesAre or
  // staff.classesSeeStats. The first when what she typed may not be said back (see staff.notYourClass).
  "coverage.noSuchClass": "I can't find that class. {classes}",
  "staff.noSuchClass": "There is no class {class} in the school directory. {classes}",
  "staff.classesAre": "The classes are: {classes}.",
  "staff.classesSeeStats": "Type /stats to see every class.",
  "coverage.studentNameNotClass":
    "{name} is a student. /coverage shows a class: type /coverage {class}. To help {name}, type /guided {id} or /unlock {id}.",
  "coverage.studentNotClass":
    "{id} is a student's user ID. /coverage shows a class: type /coverage {class}. To help {name}, type /guided {id} or /unlock {id}.",
  "coverage.report":
    "Class {class}: {total, plural, one {# student} other {# students}}, {setUp} set up.\nNot set up yet:\n{missing}\nSuspended:\n{suspended}{paused}{disabled}{shared}",
  // The same, when some who set up have no linked chat (after /logout, or a lost phone's guided reset).
  "coverage.reportNoChat":
    "Class {class}: {total, plural, one {# student} other {# students}}, {setUp} set up.\nNot set up yet:\n{missing}\nSet up, but no chat linked (they must type /setup again before they can reset by themselves):\n{noChat}\nSuspended:\n{suspended}{paused}{disabled}{shared}",
  "coverage.suspendedHint":
    "To help a suspended student: /unlock and their ID lets them reset by themselves again (check it was them first), or /guided and their ID gives them a new password now.",
  // Students whose set-up is paused after wrong passwords (typos on the first day of term); only when any.
  "coverage.setupPaused":
    "Set-up paused after too many wrong passwords:\n{list}\nIf it was them, /unlock and their ID lets them use /setup again now.",
  "coverage.disabled": "Disabled in the school directory (IT can turn them back on):\n{list}",
  "coverage.shared":
    "These user IDs are on more than one account in the school directory, so nobody can set up, reset or be helped with them here. Ask IT to fix the directory so that each ID is on one account:\n{list}",
  "audit.whoStudent": "{name} ({id}), student in {classes}; {chat}.",
  "audit.whoTeacher": "{name} ({id}), teacher of {classes}; {chat}.",
  "audit.whoAdmin": "{name} ({id}), admin; {chat}.",
  "audit.chatLinkedNow": "chat linked now: {chat}",
  "audit.noChatNow": "no chat linked now",
  "audit.noClass": "no class",
  "audit.report": "Recent events about {id}:\n{events}",
  "audit.noneAboutOrBy": "There are no events about or by {id} yet.",
  // /audit's text that looks like a password with nothing on record (not looked up): it may be hers, or a
  // real user ID that looks like one (a school whose IDs are "tan.wl2015") of someone the bot never saw.
  "audit.passwordNotKept":
    "That looks like a password, so I did not look it up or keep it. If it was your own password, change it soon. If it is someone's user ID, there is nothing about them on record yet.",
  // /audit with several user IDs ("S1001 S1002"): the command has ended.
  "audit.onePersonAtATime": "One person at a time, please: type /audit and one user ID.",
  // /audit of what nobody in the directory has and nothing is on record about: a name ("Tan Wei Ling"), or a
  // mistyped ID. The command has ended.
  "audit.typeIdNotName":
    "That looks like a name. Type /audit and the person's user ID instead: /coverage shows a student's ID beside their name.",
  "audit.nobodyWithId":
    "Nobody in the school directory has the user ID {id}, and there are no events about or by it. Check the user ID, then type /audit and the ID again.",
  // The same three at the "Whose record?" prompt, which asks again (nothing has ended).
  "audit.onePersonTypeAgain": "One person at a time, please: type one user ID. To stop, type /cancel.",
  "audit.typeIdNotNameTypeAgain":
    "That looks like a name. Type the person's user ID instead: /coverage shows a student's ID beside their name. To stop, type /cancel.",
  "audit.nobodyWithIdTypeAgain":
    "Nobody in the school directory has the user ID {id}, and there are no events about or by it. Check the user ID and type it again. To stop, type /cancel.",
  // The same at /audit (the command has ended), and at its "Whose record?" prompt (asked again).
  "audit.nobodyWithIdNotName":
    "Nobody in the school directory has the user ID {id}, and there are no events about or by it. Names are not looked up: type /audit and the person's user ID. /coverage shows a student's ID beside their name. Students are told: {hint}",
  "audit.nobodyWithIdNotNameTypeAgain":
    "Nobody in the school directory has the user ID {id}, and there are no events about or by it. Names are not looked up: type the person's user ID. /coverage shows a student's ID beside their name. Students are told: {hint} To stop, type /cancel.",
  // The audit report's words: its line, the events and their outcomes (the export keeps the codes).
  "audit.line": "{when} UTC  {event}: {outcome} ({channel}, by {actor})",
  // /audit of a chat ("telegram:123", as an alert names it).
  "audit.chatReport":
    "Chat {chat}\nLinked to: {linked}\nPaused now: {paused}\nEvents about this chat in the last 7 days:\n{events}",
  "audit.chatPausedChecks": "answer checks, until {until} UTC",
  "audit.chatPausedFailures": "failed tries, until {until} UTC",
  "audit.chatLiftHint": "An admin can lift it from another chat with /unlock {chat}.",
  "audit.chatNotPaused": "no",
  "audit.chatLine": "{when} UTC  {event}: {outcome} (about {subject}, by {actor})",
  // /audit of a class the school has ("/audit 5B", "/audit class:5B") with events about the class itself (a
  // teacher's refused /coverage 5B): how to see one student's record, then the events. The command has ended.
  "audit.classHint":
    "{class} is a class. For one student's record, type /audit and their user ID: /coverage {class} shows each student's ID.",
  "audit.classReport": "Events about class {class} in the last 7 days:\n{events}",
  // The same two at the "Whose record?" prompt ("class 9Z"), which asks again.
  "audit.noClassNamedTypeAgain":
    "I can't find that class. {classes} Type a user ID or a class. To stop, type /cancel.",
  "audit.noSuchClassTypeAgain":
    "There is no class {class} in the school directory. {classes} Type a user ID or a class. To stop, type /cancel.",
  // The same when the directory cannot list the classes just then: not that there is none.
  "audit.classesUnreadTypeAgain":
    "The school system is not answering, so I can't check classes just now. Please try again in a few minutes. Type a user ID or a class. To stop, type /cancel.",
  // "/audit 9Z", shaped like the school's classes: nobody has the ID, and there is no such class (then
  // staff.classesAre or staff.classesSeeStats). The command has ended; the second asks again.
  "audit.nobodyNoClass":
    "Nobody in the school directory has the user ID {id}, and there is no class {class} either. {classes} Type /audit and a user ID or a class.",
  "audit.nobodyNoClassTypeAgain":
    "Nobody in the school directory has the user ID {id}, and there is no class {class} either. {classes} Type a user ID or a class. To stop, type /cancel.",
  "audit.classNotListed":
    "The record of {dates} was full: some attempts of those days are only counted, not listed, and this class's may be among them.",
  "audit.attempts": "Attempts (per day):",
  // Who tried: ids or chat keys, each "× count"; then whoOthers and whoNotRecorded, also "× count".
  "audit.attemptLineBy": "{day}  {event}: {outcome} × {count} – by {who}",
  "audit.attemptLineWhoUnknown": "{day}  {event}: {outcome} × {count} – who tried is not recorded",
  "audit.whoOthers": "others",
  "audit.whoNotRecorded": "not recorded",
  // Events by the person (about someone else), from the school-wide stream.
  "audit.byHeading": "Recent events by {id} (from the school-wide record):",
  "audit.byAttemptsHeading": "Attempts by {id}:",
  "audit.lineBy": "{when} UTC  {event}: {outcome} ({channel}, about {subject})",
  // Whom an event is about when the ID typed was nobody's (filed as "unknown-id"): "(telegram, about …)".
  "audit.subjectUnknownId": "a user ID nobody has",
  "audit.lineByAboutNobody": "{when} UTC  {event}: {outcome} ({channel})",
  "audit.earlier":
    "…and {count, plural, one {# earlier event} other {# earlier events}} (/export has them all)",
  "audit.attemptsEarlier":
    "…and attempts on {count, plural, one {# earlier day} other {# earlier days}}, back to {since}. On the server, {command} lists the ones on record.",
  "audit.event.link": "chat link",
  "audit.event.relink": "chat link moved here",
  "audit.event.unlink": "chat unlink",
  "audit.event.enrol": "set-up of secret questions",
  "audit.event.reset-verify": "secret answers checked",
  "audit.event.reset": "password reset",
  "audit.event.reset-suspended": "self-service reset suspension",
  "audit.event.reset-capped": "reset limit",
  "audit.event.staff-question-reset": "staff reset by questions",
  "audit.event.chat-throttled": "chat pause",
  "audit.event.password-set": "setting the new password",
  "audit.event.staff-refused": "staff command",
  "audit.event.guided-reset": "guided reset",
  "audit.event.code-sent": "guided reset code sent",
  "audit.event.code-stopped": "guided reset code stopped",
  "audit.event.unlock": "unlock",
  "audit.event.answers-cleared": "clearing secret answers",
  "audit.event.link-paused": "set-up pause",
  "audit.event.audit-exported": "audit export",
  "audit.event.reset-interrupted": "interrupted reset",
  "audit.outcome.ok": "done",
  "audit.outcome.failed": "failed",
  "audit.outcome.refused": "refused",
  "audit.outcome.info": "noted",
  "audit.reason.generatedPassword": "generated password",
  "audit.reason.ownPassword": "own password",
  "audit.reason.answersWrong": "answers did not match",
  "audit.reason.answersRightAccountChanged":
    "answers right, but the account changed during the reset (a teacher's help, a new link or cleared answers)",
  "audit.reason.answersRightSuspended": "answers right, but suspended during the reset",
  "audit.reason.wrongIdOrPassword": "wrong id or password",
  "audit.reason.practiceReminder": "practice reminder",
  "audit.reason.chatLost": "guided reset: chat lost",
  "audit.reason.directoryDown": "directory unavailable",
  "audit.reason.notDelivered": "password set but not delivered",
  "audit.reason.notShown": "password set, not shown to the student",
  "audit.reason.wrongCodes": "wrong one-time codes",
  "audit.reason.newerVersion": "answers saved by a newer version of the bot",
  "audit.reason.pepperUnknown":
    "answers not checked: the pepper they were saved with is not configured (ANSWER_PEPPER)",
  "audit.reason.linkChanged": "the link changed during set-up",
  "audit.reason.changedAfterPractice": "changed an answer after the practice round",
  "audit.reason.chatFull": "this chat is linked to as many people as it may be",
  "audit.reason.trustedEmail": "trusted workspace email",
  "audit.reason.alreadyLinkedHere": "already linked to this chat",
  "audit.reason.chatFailures": "too many failed tries from one chat",
  "audit.reason.chatAnswerChecks": "too many answer checks from one chat",
  "audit.reason.chatIdLookups": "too many user IDs looked up from one chat",
  "audit.reason.chatPauseLifted": "chat pause lifted",
  "audit.reason.chatNotPaused": "the chat was not paused (its counts were cleared)",
  "audit.reason.chatNothingToLift": "the chat was not paused, and nothing was counted",
  "audit.reason.unlockOwnChat": "lifting the pause of the chat in use",
  "audit.reason.stepUpRefused": "wrong staff password on a chat shared with a student",
  "audit.reason.staffAgainRefused": "wrong staff password asked again on a staff chat",
  "audit.reason.unknownId": "checked against made-up questions: unknown id",
  "audit.reason.staffId": "checked against made-up questions: a staff id",
  "audit.reason.notSetUp": "checked against made-up questions: not set up",
  "audit.reason.otherChat": "checked against made-up questions: not their linked chat",
  "audit.reason.questionMissing": "checked against made-up questions: a question is missing",
  "audit.reason.suspended": "suspended",
  "audit.reason.capped": "reset limit reached",
  "audit.reason.guidedMeanwhile": "a teacher's or admin's guided reset gave a new password meanwhile",
  "audit.reason.accountGoneMeanwhile":
    "the account was removed or disabled in the school directory meanwhile",
  "audit.reason.changed": "the account or chat changed meanwhile",
  "audit.reason.answersChangedMeanwhile": "the answers changed meanwhile",
  "audit.reason.busy": "another reset was in progress",
  "audit.reason.tooShort": "the directory refused the password: too short",
  "audit.reason.tooSimple": "the directory refused the password: too simple",
  "audit.reason.usedBefore": "the directory refused the password: used before",
  "audit.reason.tooRecent": "the directory refused the password: changed too recently",
  "audit.reason.rejectedOther": "the directory refused the password",
  "audit.reason.routeCode": "one-time code",
  "audit.reason.routeQuestions": "secret questions",
  "audit.reason.routeInPerson": "in person",
  "audit.reason.routeInPersonUnlinked": "in person, chat unlinked",
  "audit.reason.questionsNotOffered": "the secret questions of a guided reset, which were not offered",
  "audit.reason.suspensionLifted": "suspension lifted",
  "audit.reason.notSuspended": "was not suspended",
  "audit.reason.failuresCleared": "failed tries cleared",
  "audit.reason.setupPauseLifted": "set-up pause lifted",
  "audit.reason.setupPauseLiftedAlready": "set-up pause not lifted: lifted once already",
  "audit.reason.lockLiftedAlready": "directory lock not lifted: lifted once already",
  "audit.reason.andSetupPauseLifted": "{what}; set-up pause lifted",
  "audit.reason.staffPasswordPauseLifted": "staff password pause lifted",
  "audit.reason.andStaffPasswordPauseLifted": "{what}; staff password pause lifted",
  "audit.reason.staffNoQuestions": "staff accounts cannot reset by questions",
  "audit.reason.maybeSet": "{route}; the password may have been set: the directory did not answer",
  "audit.reason.interrupted": "interrupted: {why}",
  "audit.reason.command": "the /{command} command",
  // A teacher typed a name where a user ID goes at /{command}, and pupils of her classes have it (the name itself
  // is not kept).
  "audit.reason.nameLookup":
    "a name typed for a user ID at /{command}: {count, plural, one {# pupil} other {# pupils}} of their classes matched",
  "audit.reason.suspensionAndLockLifted": "suspension and directory lock lifted",
  "audit.reason.lockLifted": "directory lock lifted",
  "audit.reason.failedTries": "{count, plural, one {# failed try} other {# failed tries}}",
  "audit.reason.wrongPasswords": "{count, plural, one {# wrong password} other {# wrong passwords}}",
  "audit.reason.resetsInWindow": "{count, plural, one {# reset} other {# resets}} within the window",
  "audit.reason.exported":
    "{days, plural, one {# day} other {# days}}: {count, plural, one {# event} other {# events}}",
  "audit.reason.wasOn": "was {channel}",
  "audit.reason.wasChat": "moved from {chat}",
  "audit.reason.codeSentTo": "to the student's {channel} chat",
  "audit.reason.codeStoppedBy": "stopped with the /{command} command",
  "audit.reason.codeRanOut": "the code ran out before it was used",
  "audit.reason.codeLifetime": "the conversation reached its time limit",
  "audit.reason.codeSenderNotStaff": "the sender's chat is no longer a teacher's or admin's",
  "audit.reason.codeEnded": "stopped before it was used",
  "stats.report":
    "Set-up by class:\n{classes}\n\nLast 7 days: {resets, plural, one {# self-service reset} other {# self-service resets}}, {guided, plural, one {# guided reset} other {# guided resets}}, {suspensions, plural, one {# suspension} other {# suspensions}}.{note}",
  "stats.lowerBound":
    "These numbers may be a little low: the record of {day} was full, and the events it only counted that day are left out, as some may be from before the last 7 days.",
  "report.nobody": "nobody",
  "report.classLine": "{class}: {setUp} of {total} set up",
  "report.classLineDisabled":
    "{class}: {setUp} of {total} set up, {disabled} disabled in the school directory",
  "report.classLineNoChat":
    "{class}: {setUp} of {total} set up, {noChat} of them with no chat linked (they need /setup again)",
  "report.classLineNoChatDisabled":
    "{class}: {setUp} of {total} set up, {noChat} of them with no chat linked (they need /setup again), {disabled} disabled in the school directory",
  // The directory stopped a class list at its size limit for the bot's account (only staff ask for lists).
  "report.directorySizeLimit":
    "The school directory stopped the list at its size limit, so I can't show this report. The directory itself works: students can still reset their passwords. Please ask IT to raise the size limit of the bot's directory account (LDAP_BIND_DN); docs/directory.md says how.",
  // Appended to a class's line, for the ids several directory entries share.
  "report.classShared":
    "; {count, plural, one {# user ID} other {# user IDs}} on more than one account in the school directory, so I can't help with them (ask IT to fix the directory): {ids}",

  // The "/" menu of Telegram (setMyCommands, one list per language).
  "command.start": "Start again",
  "command.setup": "Set up my 3 secret questions",
  "command.reset": "I forgot my password",
  "command.cancel": "Stop what we are doing",
  "command.help": "What can you do?",
  "command.logout": "Unlink this chat from my account",
  "command.language": "Choose my language",

  // Telegram's own: an edit it would not delete just then (the bot tries again), and one it could not delete
  // (older than 48 hours).
  "telegram.editedRemovingSoon":
    "I can't read changed messages, so I will remove it soon. Please send a new message instead.",
  "telegram.staffEditedRemovingSoon":
    "I can't read changed messages, so I will remove it soon. Please send a new message instead.",
  "telegram.editedNotRemoved":
    "I can't read changed messages. Please send a new message instead. If the message you changed has a password in it, please delete it yourself: press and hold it, then tap Delete.",
  "telegram.staffEditedNotRemoved":
    "I can't read changed messages. Please send a new message instead. If the message you changed has a password in it, please delete it yourself: press and hold it, then tap Delete.",
  // Telegram only: what a protected message shows for the moment before its secret is put in (see
  // src/bots/telegram/reply-sender.ts). A copy may stay if Telegram's answer got lost, so it tells nothing.
  "telegram.secretComing": "One moment…",

  // Slack only: modal titles and buttons (at most 24 characters), the Home tab.
  "slack.modalTitle": "Password helper",
  "slack.send": "Send",
  "slack.cancel": "Cancel",
  "slack.done": "Done",
  "slack.inputLabel": "Type here",
  "slack.typePrivately": "Type it privately",
  "slack.pleaseWait": "One moment, I'm working on it…",
  "slack.seeMessages": "All done here. I answered you in our messages. You can close this box.",
  "slack.staffSeeMessages": "All done here. I answered you in our messages. You can close this box.",
  "slack.protectedInChat":
    "I made you a new password, but I can't show it in a chat message, where it would stay. Please ask your form teacher to help you get it.",
  "slack.staffProtectedInChat":
    "I made a new password, but I can't show it in a chat message, where it would stay. Start again with /guided to make another one, or ask the school's IT team.",
  "slack.secretOnHome":
    "I put something private for you on the Home tab of this app. Only you can see it there. Open the Home tab now. It goes away in about {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}.",
  "slack.staffSecretOnHome":
    "I put something private for you on the Home tab of this app. Only you can see it there. Open the Home tab now. It goes away in about {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}.",
  "slack.openHomeLink": "Open the Home tab",
  "slack.secretOnHomeNote":
    "Only you can see this. It disappears from here in about {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}.",
  "slack.staffSecretOnHomeNote":
    "Only you can see this. It disappears from here in about {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}.",
  "slack.hideSecret": "Done, hide it",
  "slack.homeTitle": "School password helper",
  "slack.homeLinked": "This Slack account is linked to your school account {id}.",
  "slack.staffHomeLinked": "This Slack account is linked to your school account {id}.",
  "slack.homeNotLinked":
    "This Slack account is not linked to your school account yet. Press the first button to start.",
  "slack.homeSetUp": "Your 3 secret questions are set up. 🎉",
  "slack.homeNotSetUp": "Your secret questions are not set up yet.",
  "slack.homeDmHint": "You can also message me in the Messages tab, or type /sspr help.",
  "slack.staffHomeDmHint": "You can also message me in the Messages tab, or type /sspr help.",
  // Slack's own words for messages that are not true there (see SLACK_WORDS in src/bots/slack/slack-text.ts
  // and BOX_WORDS in modals.ts): a secret is typed in a private box and never posted, so there is no message
  // to delete; a box stays open until it is closed.
  "slack.setupAskPassword": "Now type your password. Nobody else can see what you type in the box.",
  "slack.practiceAsk":
    "Practice, question {number} of 3:\n{question}\nType your answer. Nobody else can see what you type in the box.",
  "slack.practiceFix":
    '{question}\nYour answer was not the same as before. Type the answer you want to keep. Nobody else can see what you type in the box. Or tap "Keep my old answer".',
  "slack.practiceFixBox":
    "{question}\nYour answer was not the same as before. Type the answer you want to keep. Nobody else can see what you type in the box.",
  "slack.setupAskAnswer":
    "{question}\nType your answer. Pick something you will remember. Nobody else can see what you type in the box.",
  "slack.resetAskAnswer":
    "Question {number} of 3:\n{question}\nType your answer. Nobody else can see what you type in the box.",
  "slack.resetAskNewPassword":
    "Type your new password. It needs at least {min} letters, numbers or symbols. Nobody else can see what you type in the box.",
  "slack.resetGeneratedBox":
    "Your new password is:\n\n{password}\n\nWrite it down now. This box stays open until you close it, so close it when you are done.\nWhen you log in, the computer will ask you to choose a new password.",
  // In a channel, where nobody is known (Slack calls a group a channel).
  "slack.privateOnly": "Please send me a private message. I can't help in a channel.",
  // To a teacher or admin.
  "slack.staffGuidedAskAnswer":
    "Question {number} of 3 for {name}:\n{question}\nLet {name} type the answer in the box. It is not posted in any chat.",
  "slack.staffReportOnSharedPhone":
    "This Slack account is also linked to a student, so I put the report on your Home tab, not in this chat. It goes away in about {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}. To keep a report, use a Slack account linked only to you.",
  "slack.staffStepUpAskPassword":
    "This chat is also linked to a student, so only {name} can go on here. {name}, type your password to go on. Nobody else can see what you type in the box. Not {name}? Type /cancel to go back.",
  "slack.staffAgainAskPassword":
    "To keep your students safe, type your password to go on, {name}. (I ask again after {minutes, plural, one {# minute} other {# minutes}} without it.) Nobody else can see what you type in the box.",
  "slack.staffGuidedShownBox":
    "{name}'s new password is:\n\n{password}\n\nShow it to {name} now. This box stays open until you close it, so close it when {name} has it. They must change it when they log in.",
  // An old box or button answered in the box that asks the open step's question: this box is the newest.
  "slack.formExpiredBox": "That box was old, so I did not use what you typed in it. Please use this box.",
  "slack.staffFormExpiredBox":
    "That box was old, so I did not use what you typed in it. Please use this box.",
  "slack.buttonExpiredBox": "That button was old. Please use this box.",
  "slack.staffButtonExpiredBox": "That button was old. Please use this box.",
  // When the core says the student's words may be a secret (see src/bots/slack/deletion-advice.ts). A bot
  // cannot delete a user's Slack message; the text after /sspr is posted nowhere. "Delete message" and ⋮ are
  // what Slack shows.
  "slack.deleteYourMessage":
    "What you just sent may be a secret, like a password. It stays in our chat, and I can't delete it. Please delete it yourself. On a computer, move your mouse over it, click ⋮, then Delete message. On a phone, press and hold it, then tap Delete message. If you can't, tell your teacher.",
  "slack.staffDeleteYourMessage":
    "What you just sent may be a secret, like a password. It stays in our chat, and I can't delete it. Please delete it yourself. On a computer, move your mouse over it, click ⋮, then Delete message. On a phone, press and hold it, then tap Delete message. If you can't, ask the school's IT team.",
  "slack.deleteYourEdit":
    "Your changed message may have a secret in it, like a password. It stays in our chat, and I can't delete it. Please delete it yourself. On a computer, move your mouse over it, click ⋮, then Delete message. On a phone, press and hold it, then tap Delete message. If you can't, tell your teacher.",
  "slack.staffDeleteYourEdit":
    "Your changed message may have a secret in it, like a password. It stays in our chat, and I can't delete it. Please delete it yourself. On a computer, move your mouse over it, click ⋮, then Delete message. On a phone, press and hold it, then tap Delete message. If you can't, ask the school's IT team.",
  "slack.useSecureFormDelete":
    "Please don't type that here, where it stays in the chat. I can't delete it, so please delete it yourself. On a computer, move your mouse over it, click ⋮, then Delete message. On a phone, press and hold it, then tap Delete message. If you can't, tell your teacher. Then press the button to type it in a private box.",
  "slack.staffUseSecureFormDelete":
    "Please don't type that here, where it stays in the chat. I can't delete it, so please delete it yourself. On a computer, move your mouse over it, click ⋮, then Delete message. On a phone, press and hold it, then tap Delete message. If you can't, ask the school's IT team. Then press the button to type it in a private box.",
  "slack.secretAfterCommand":
    "What you typed after /sspr may be a secret, like a password. It is not shown in our chat, so there is nothing to delete. But please type secrets only in the private box.",
  "slack.staffSecretAfterCommand":
    "What you typed after /sspr may be a secret, like a password. It is not shown in our chat, so there is nothing to delete. But please type secrets only in the private box.",
  "slack.useSecureFormCommand":
    "Please don't type that after /sspr. It is not shown in our chat, so there is nothing to delete. Type it in the private box instead.",
  "slack.staffUseSecureFormCommand":
    "Please don't type that after /sspr. It is not shown in our chat, so there is nothing to delete. Type it in the private box instead.",
  // An edit of a DM message at a secret step (src/bots/slack/edited-message.ts): never read as the answer.
  "slack.editNotRead":
    "I only read new messages, not changed ones. Please type it again in the private box: press the button below.",
  "slack.staffEditNotRead":
    "I only read new messages, not changed ones. Please type it again in the private box: press the button below.",

  // The terminal channel.
  // What the terminal shows while a password or answer is typed without echo.
  "console.hiddenPrompt": "(hidden)",
  // The terminal deletes nothing: its words for input.deletedLikePassword.
  "console.likePassword": "That looked like a password.",
  // The terminal deletes nothing: its words for input.deletedMaybeSecret.
  "console.maybeSecret": "Was that your password or a secret answer? Keep those to yourself.",
  // Its words for input.staffDeletedMaybeSecret.
  "console.staffMaybeSecret": "Was that your password or a secret answer? Keep those to yourself.",
  // The terminal's own words for secret prompts: what is typed there is hidden, and never posted.
  "console.setupAskPassword": "Now type your password. What you type will not show on the screen.",
  "console.practiceAsk":
    "Practice, question {number} of 3:\n{question}\nType your answer. What you type will not show on the screen.",
  "console.setupAskAnswer":
    "{question}\nType your answer. Pick something you will remember. What you type will not show on the screen.",
  "console.resetAskAnswer":
    "Question {number} of 3:\n{question}\nType your answer. What you type will not show on the screen.",
  "console.resetAskNewPassword":
    "Type your new password. It needs at least {min} letters, numbers or symbols. What you type will not show on the screen.",
  "console.staffGuidedAskAnswer":
    "Question {number} of 3 for {name}:\n{question}\nLet {name} type the answer. What {name} types will not show on the screen.",
  "console.staffStepUpAskPassword":
    "This phone is also linked to a student, so only {name} can go on here. {name}, type your password to go on. What you type will not show on the screen. Not {name}? Type /cancel to go back.",
  "console.staffAgainAskPassword":
    "To keep your students safe, type your password to go on, {name}. (I ask again after {minutes, plural, one {# minute} other {# minutes}} without it.) What you type will not show on the screen.",
  "console.useButtons": "Type the number of your choice (1–{max}).",
  // To a teacher or admin (see input.staffUseButtons).
  "console.staffUseButtons": "Type the number of your choice (1–{max}).",
  "console.clearSameId": "This is already about {name}. Type yes to go ahead, or no to stop.",
  "console.clearOtherId":
    "This is about {name}. For another student, type no. Then type /clearanswers and their user ID.",
  "console.staffUseButtonsOrYesNo": "Type the number of your choice (1–{max}), or type yes or no.",
  "console.practiceFix":
    "{question}\nYour answer was not the same as before. Type the answer you want to keep. Or type the number below to keep the old one.",
  // The terminal's words for practice.keepOrType and setup.helpQuestion: nothing to tap, a number to type.
  "console.practiceKeepOrType": "To keep your old answer, type 1. To change it, type your new answer.",
  "console.setupHelpQuestion":
    "Type the number of the question you want to answer. Pick one you know the answer to. You choose 3 in all. To stop, type /cancel.",
  // Its words for setup.helloQuestion and setup.welcomeQuestion: nothing to tap here.
  "console.setupHelloQuestion": "Hi! 👋 Pick a question: type its number, like 1.",
  "console.setupWelcomeQuestion": "You're welcome! 😊 Pick a question: type its number, like 1.",
  "console.practiceReminder":
    "Do you still remember your secret answers? Type the number below to check. It only takes a minute.",
  "console.practiceReminderFor":
    "{name}, do you still remember your secret answers? Type the number below to check. It only takes a minute.",
  "console.resetGenerated":
    "Your new password is:\n\n{password}\n\nWrite it down now. It stays on this screen, so close this window when you are done.\nWhen you log in, the computer will ask you to choose a new password.",
  "console.staffGuidedShown":
    "{name}'s new password is:\n\n{password}\n\nShow it to {name} now. It stays on this screen, so close this window when {name} has it. They must change it when they log in.",
  "console.guidedPasswordForStudent":
    "{name}, here is your new password:\n\n{password}\n\nWrite it down now. It stays on this screen, so close this window when you are done. When you log in, the computer will ask you to choose a new password.",
  "console.helpChoose":
    'Choose "Make one for me", and I will make a new password for you and show it here. Write it down. Or choose "I\'ll type my own" to think of one yourself. To stop, type /cancel.',
  "console.staffReportOnSharedPhone":
    "This computer is also linked to a student. When you have read the report, close this window so that nobody else reads it. To keep a report, use a chat linked only to you.",
  "console.protected":
    "On a phone, this goes away after {minutes, plural, =0 {{seconds, plural, one {# second} other {# seconds}}} one {# minute} other {# minutes}}.",
  // Admin alerts (in the school's DEFAULT_LANGUAGE).
  "alert.frame": "Password bot alert ({when} UTC): {text}",
  "alert.suspension":
    "Self-service reset suspended for {subject} after {failures, plural, one {# failed try} other {# failed tries}}. A teacher can lift it with /unlock {subject} once they have checked it was the student.",
  "alert.failure-spree":
    "Many failed password resets across the school: {failures, plural, one {# failed try} other {# failed tries}} against at least {students, plural, one {# student} other {# students}} within {minutes, plural, one {# minute} other {# minutes}}. Someone may be guessing students' answers. No student's account was among them: every ID tried matches nobody. npm run audit (or /export) lists the chats that tried.",
  "alert.failure-spree-ids":
    "Many failed password resets across the school: {failures, plural, one {# failed try} other {# failed tries}} against at least {students, plural, one {# student} other {# students}} within {minutes, plural, one {# minute} other {# minutes}}. Someone may be guessing students' answers. The students tried: {ids}. Look at each one's record (/audit {first}, and so on): it says which chats tried, and /audit of a chat lists the other IDs it tried.",
  "alert.relink":
    "The chat account linked to {subject} changed (from {from} to {to}). If {subject} did not do this, someone may know their password: check with them, and use /guided {subject}.",
  "alert.relink-staff":
    "The chat account linked to the staff account {subject} changed (from {from} to {to}), so that chat can now use {subject}'s staff commands. If {subject} did not do this, someone may know their password: ask IT to change it in the school directory, then {subject} types /setup in their own chat to link it back.",
  "alert.guided-reset":
    "{byRole} ({by}) reset the password of {subject} (route: {route}). Nothing to do if this was expected; otherwise check /audit {subject}.",
  "alert.directory-error":
    "The bot could not use the school directory ({during}). Students cannot reset passwords until it answers again: check the directory server and the bot's LDAP settings.",
  "alert.directory-up":
    "The school directory answers again, so students can reset their passwords again. Nothing to do, unless students still say it does not work.",
  "alert.store-down":
    "The bot on {replica} cannot use Redis, where it keeps its records: Redis is not answering or is refusing writes. Students cannot set up or reset passwords until it works again: each try is told that nothing was changed and to try again in a few minutes. Check that Redis is running, is not full (maxmemory) and is not a read-only replica, and that {replica} can reach it; the bot's log line (store_down) has Redis's error. Each copy of the bot sends its own alert.",
  "alert.directory-setting-not-found":
    "The school directory answers, but {setting} finds nothing in it: {setting, select, LDAP_ID_ATTRIBUTE {no person under LDAP_BASE_DN matches LDAP_USER_FILTER and has that attribute, so every student is told that their user ID or password is wrong} LDAP_TEACHER_GROUP_DN {teachers are taken for students (no teacher commands, and they are asked to set up secret questions)} LDAP_ADMIN_GROUP_DN {admins are taken for teachers or students (no admin commands)} LDAP_CLASS_GROUP_BASE_DN {nobody is in a class, so teachers see none of their pupils} other {what it names is not there}}. Check {setting}, and that the service account may read it; the bot's log line (directory_setting_not_found) names what it looked for.",
  "alert.store-emptied":
    "The bot on {replica} found Redis emptied while it ran: the bot's records there are gone (Redis restarted without saving its data, someone ran FLUSHALL, or a failover went to an empty replica). Every chat link and every student's secret answers went with them, and so did suspensions, reset counts and the audit: each student must type /setup and answer the questions again before they can reset a password. Tell the students and teachers. Then check Redis's persistence (appendonly) and its log, so that it does not happen again.",
  "alert.redis-may-evict":
    "Redis may delete the bot's records to make room when it is full: its maxmemory-policy is {policy}, not noeviction (seen by the bot on {replica}). It could drop chat links and students' secret answers, and the counters that stop someone guessing passwords and answers. Set maxmemory-policy to noeviction (in redis.conf, with CONFIG SET maxmemory-policy noeviction, or in a managed Redis's parameter group) and give Redis memory to spare; then a full Redis refuses writes and students are told to try again later.",
  "alert.store-up":
    "The bot on {replica} can use Redis again, so students can set up and reset passwords again. Nothing to do, unless students still say it does not work.",
  "alert.store-up-emptied":
    "The bot on {replica} can use Redis again, so students can set up and reset passwords again. But Redis came back empty (see the alert about it): each student must type /setup and answer the questions again before they can reset a password. Tell the students and teachers, and check Redis's persistence (appendonly).",
  "alert.store-up-unsteady":
    "The bot on {replica} can use Redis now, but lost it {outages, plural, one {once} other {# times}} for a short while since the last alert about Redis: Redis, or the network to it, is unsteady, and students' steps fail while it is lost. Check Redis's log and memory, and the network between {replica} and Redis.",
  // The advice for the errors that are about the bot's login to Redis; any other is named only.
  "alert.store-down-error":
    "{redisError, select, WRONGPASS {Redis's error: WRONGPASS, {redisLogin, select, sentinels {the sentinels refused the bot's login: check REDIS_SENTINEL_PASSWORD, and REDIS_SENTINEL_USERNAME if set, against sentinel.conf (requirepass, or that user's line).} settings {Redis refused the bot's password: check REDIS_PASSWORD, and REDIS_USERNAME if set (the password may have been changed in Redis).} other {Redis refused the bot's password: check the password in REDIS_URL (it may have been changed in Redis).}}} NOAUTH {Redis's error: NOAUTH, {redisLogin, select, sentinels {the sentinels want a password the bot does not give: set REDIS_SENTINEL_PASSWORD (and REDIS_SENTINEL_USERNAME for an ACL user of theirs).} settings {Redis wants a password the bot does not give: set REDIS_PASSWORD (and REDIS_USERNAME for an ACL user).} other {Redis wants a password the bot does not give: put Redis's password in REDIS_URL.}}} NOPERM {Redis's error: NOPERM, the bot's Redis user may not run the commands it needs: check that user's ACL in Redis.} other {Redis's error: {redisError}.}}",
  "alert.store-down-noperm-user":
    'Redis\'s error: NOPERM, the bot\'s Redis user may not run the commands it needs: the bot logs in as the ACL user "{redisUser}", whose ACL needs at least {redisAcl} (docs/configuration.md, "The Redis user\'s ACL").',
  "alert.store-down-noperm-default":
    "Redis's error: NOPERM, the bot's Redis user may not run the commands it needs: the bot logs in as Redis's default user, whose ACL needs at least {redisAcl} (docs/configuration.md, \"The Redis user's ACL\").",
  "alert.directory-fault.service-login-refused":
    "The directory refused the bot's own login: check LDAP_BIND_DN and LDAP_BIND_PASSWORD (the password may have been changed in the directory, or have expired).",
  "alert.directory-fault.base-dn-missing":
    "The directory has no entry where the bot searches for people: check LDAP_BASE_DN, and LDAP_CLASS_GROUP_BASE_DN if set.",
  "alert.directory-fault.tls-untrusted":
    "The directory's certificate is not one the bot trusts: set LDAP_TLS_CA_FILE to the CA certificate that signed it.",
  "alert.directory-fault.tls-wrong-ca":
    "The directory's certificate was not signed by the CA certificate in LDAP_TLS_CA_FILE: check that the file holds the CA that signed the directory's certificate, and that LDAP_URL names the directory server and its port (without a port, ldaps:// uses 636 and ldap:// uses 389).",
  "alert.directory-fault.tls-name-mismatch":
    "The host in LDAP_URL is not a name on the directory's certificate: use a name the certificate holds.",
  "alert.directory-fault.tls-expired":
    "The directory's certificate has expired: renew it on the directory server.",
  "alert.store-down-earlier":
    "Since the last alert about Redis, the bot also lost it {outages, plural, one {once} other {# times}} for a short while: Redis, or the network to it, is unsteady.",
  "alert.directory-lock-lifted":
    "{byRole} ({by}) used /unlock on {subject}, whose account the school directory had locked after too many wrong passwords. Someone may have been guessing the password: check with {subject}, and look at the directory's failed logins for that account.",
  "alert.setup-pause-lifted":
    "{byRole} ({by}) used /unlock to lift the set-up pause of {subject}, which wrong passwords for that ID had started. Each lift lets {tries, plural, one {# more password} other {# more passwords}} be tried against the account within a day: if this keeps happening, someone may be guessing it. Check with {subject}, and look at /audit {subject}.",
  "alert.staff-question-reset":
    "Someone tried to reset the staff account {subject} by security questions (from {chat}); staff cannot reset that way and it was refused. If {subject} did not do this, check the account.",
  "alert.staff-password-paused":
    "The staff commands of {subject} on {chat} are paused after {failures, plural, one {# wrong password} other {# wrong passwords}} at the password they ask for; they work again as the oldest failure ages out (within {minutes, plural, one {# minute} other {# minutes}}), or sooner with /unlock {subject}. Set-up and other chats are not paused. If {subject} did not type them, someone may be using their phone: check with {subject}, and look at /audit {subject}.",
  "alert.staff-password-pause-lifted":
    "{byRole} ({by}) used /unlock to lift the pause of the staff commands of {subject} on {chat}, which wrong passwords at the password they ask for had started. Each lift lets {tries, plural, one {# more password} other {# more passwords}} be tried there against the account: if this keeps happening, someone may be using their phone to guess it. Check with {subject}, and look at /audit {subject}.",
  "alert.link-paused":
    "Set-up for {subject} is paused after {failures, plural, one {# wrong password} other {# wrong passwords}} (from {chats}), so the bot cannot push the account into the directory's lockout; it resumes as the oldest failure ages out. If {subject} did not do this, someone may be trying their password: check /audit {subject}.",
  "alert.link-paused-held": "{subject} is linked now to the chat {linked}.",
  "alert.link-paused-held-since": "{subject} is linked now to the chat {linked} (since {linkedSince} UTC).",
  "alert.link-paused-held-advice":
    "If {subject} did not link that chat, someone who saw the password may hold it: they can reset the password from there with answers of their own, and keep this pause going so that {subject} cannot link their own chat back. Then have the password changed, use /clearanswers {subject} to delete the answers set up there (this does not unlink that chat; a guided reset with {subject} in person, choosing “They can't use their chat”, unlinks it and sets a new password), and use /unlock {subject} to lift this pause, so that {subject} can type /setup in their own chat.",
  "alert.chat-throttled":
    "The chat {subject} was paused after {failures} {reason}, possibly against several students. Someone may be guessing: /audit {subject} lists the students they tried.",
  "alert.staff-chat-throttled":
    "The chat {subject}, linked to the staff account {staff}, was paused after {failures} {reason}. Every answer checked in a guided reset on a staff member's device counts towards that chat's limit, right answers too, so this may be {staff} helping many students in a short time: check with them. If it was not them, someone may be using their device to guess answers. Until the pause ends, in-person guided resets still work. /audit {subject} shows the chat's record; an admin can lift the pause from another chat with /unlock {subject}.",
  "alert.setup-spray":
    "A possible password spray at set-up across the school: {notLinked, plural, one {# user ID} other {# user IDs}} had a wrong password within the last {hours, plural, one {# hour} other {# hours}} and did not then link (while {linked, plural, one {# ID} other {# IDs}} linked after one, as children who mistype do). Someone may be trying classmates' passwords slowly, under each chat's and each ID's limit. The audit's failed link events name the chats: npm run audit, or /export. Ask the students concerned to change their password. Within {hours, plural, one {# hour} other {# hours}} this alert comes again only when the IDs not linked have at least doubled.",
  "alert.reset-spray":
    "A possible answer spray at reset across the school: {notReset, plural, one {# student} other {# students}} had wrong answers within the last {hours, plural, one {# hour} other {# hours}} and did not then answer right or get a new password from their teacher (while {reset, plural, one {# student} other {# students}} did, as children who mistype or forget do). Someone may be guessing students' answers slowly, under each chat's and each student's limit and under the spree alert. The audit's failed reset events name the chats: npm run audit, or /export. A student whose answers may be easy to guess can choose new ones: /clearanswers ID, then /setup in her own chat. If resets may be started from any chat (RESET_REQUIRES_LINKED_CHAT=false), setting it to true stops guessing from chats that are not the students' own. Within {hours, plural, one {# hour} other {# hours}} this alert comes again only when the students not reset have at least doubled.",
  "alert.id-lookup-flood":
    "The school reached {perMinute} user ID lookups a minute from all chats together (each is a connection, a login and two searches at the school directory): further IDs typed at /setup or /reset are told I am very busy until the rate drops. Someone with many chat accounts may be probing the directory; the log's chat-throttled lines and npm run audit (or /export) show the chats. If a whole year group is setting up at once, raise SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE.",
  "alert.answer-check-flood":
    "More than {perMinute} answer checks a minute across the school: further checks wait until the rate drops, so students may be told to try again later. Someone may be guessing from many chats; check /stats, and the log for the chats involved.",
  "alert.audit-full":
    "The audit record for {day} (UTC) reached 90% of its share of AUDIT_MAX_EVENTS. Until that day ends, more attempts (wrong passwords, failed resets, refused staff commands) are only counted, not listed one by one: nothing already recorded is pushed out, and moved links, resets, new passwords and staff actions are still listed in the rest of the share. Someone may be trying many IDs from many chats: npm run audit (or /export) shows how many were not listed, and /audit ID who tried an ID. If this is real use, raise AUDIT_MAX_EVENTS.",
  "alert.audit-full-all":
    "The audit record for {day} (UTC) is full. Until that day ends, no more events are listed one by one, not even moved links, resets, new passwords or staff actions: they are counted, each person's own record (/audit ID) still keeps them, and nothing already recorded is pushed out. See what filled it with npm run audit (or /export); if this is real use, raise AUDIT_MAX_EVENTS.",
  "alert.leavers-refused":
    "The scheduled leavers job removed nobody: {missing} of {checked} people the bot knows are not in the school directory any more, more than a fifth. That usually means a wrong directory setting (LDAP_BASE_DN, LDAP_USER_FILTER), not leavers; at the end of a school year it may be a year group that left. See who with npm run leavers -- --dry-run; if they did leave, run npm run leavers -- --force. Until then every run stops the same way.",
  "alert.password-maybe-set":
    "The school directory did not answer while the bot set a new password for {subject}, so it may have been set. Check the account {subject} in the directory: whether the new password works, and that it is not locked. The student was told to try it and to ask their form teacher if it does not work.",
  "alert.password-not-shown":
    "The new password of {subject} was set, but the bot could not show it to the student on {channel} (the student may have blocked the bot, or {channel} refused every way to show it). The student does not know it, so cannot log in. At their next message to the bot they are told to type /reset again; sooner, a teacher can give them a new password with /guided {subject}. /audit {subject} shows the reset.",
  "alert.reset-not-recorded":
    "The password of {subject} was changed and given out, but the bot could not record all of it (most likely Redis failed at that moment): the reset may be missing from the audit and from the limit on resets. Check that Redis is running, and the log lines about {subject}.",
  "alert.unknown-pepper":
    "Saved answers were made with a pepper this bot does not have (pepper id {subject}), so they cannot be checked: students who set up with it cannot reset by questions. Nothing is counted against them; they are told to try later or ask a teacher. Check ANSWER_PEPPER and ANSWER_PEPPER_PREVIOUS: the pepper those answers were made with must be one of them (after a rotation, keep the old one as ANSWER_PEPPER_PREVIOUS), then restart the bot.",
  "alert.alerts-held-back":
    "From {from} to {to} UTC, {heldBack, plural, one {# more “{kind}” alert was} other {# more “{kind}” alerts were}} not sent here: in {minutes, plural, one {# minute} other {# minutes}} the bot sends alerts of one kind about at most {max, plural, one {# ID or chat} other {# different IDs or chats}}, and at most {perSubject, plural, one {# alert} other {# alerts}} about each, so that a flood, or one person's alerts about herself, does not hide the alerts about others. Each one is in the bot's log in full (the lines with alert_held_back). So many at once may mean someone is trying many IDs or chats: check /audit for the IDs and chats those lines name.",
  // Each kind of alert by name, for the summary of alerts held back past the cap per kind.
  "alert.kind.suspension": "reset suspended",
  "alert.kind.failure-spree": "many failed resets",
  "alert.kind.relink": "chat account changed",
  "alert.kind.guided-reset": "guided reset",
  "alert.kind.directory-error": "school directory error",
  "alert.kind.directory-up": "school directory back",
  "alert.kind.store-down": "Redis not working",
  "alert.kind.directory-setting-not-found": "directory setting finds nothing",
  "alert.kind.store-emptied": "Redis emptied",
  "alert.kind.redis-may-evict": "Redis may drop records",
  "alert.kind.store-up": "Redis working again",
  "alert.kind.directory-lock-lifted": "directory lock lifted",
  "alert.kind.setup-pause-lifted": "set-up pause ended",
  "alert.kind.staff-question-reset": "staff reset by questions refused",
  "alert.kind.chat-throttled": "chat paused",
  "alert.kind.staff-chat-throttled": "staff chat paused",
  "alert.kind.link-paused": "set-up paused",
  "alert.kind.staff-password-paused": "staff password paused",
  "alert.kind.staff-password-pause-lifted": "staff password pause ended",
  "alert.kind.setup-spray": "password spray at set-up",
  "alert.kind.reset-spray": "answer spray at reset",
  "alert.kind.id-lookup-flood": "too many user ID lookups",
  "alert.kind.answer-check-flood": "too many answer checks",
  "alert.kind.audit-full": "audit record full",
  "alert.kind.leavers-refused": "leavers job stopped",
  "alert.kind.password-maybe-set": "password may have been set",
  "alert.kind.password-not-shown": "password set, not shown",
  "alert.kind.reset-not-recorded": "reset not fully recorded",
  "alert.kind.unknown-pepper": "answers with an unknown pepper",
  "alert.kind.alerts-held-back": "alerts held back",
  "alert.byRole.teacher": "A teacher",
  "alert.byRole.admin": "An admin",
  "alert.route.code": "a code sent to the student's chat",
  "alert.route.questions": "the student answered their questions",
  "alert.route.in-person": "checked in person",
  "alert.route.in-person-unlinked": "checked in person; their chat was unlinked",
  "alert.during.set-password": "while setting a new password",
  "alert.during.login-check": "during its regular login check",
  // The terminal's start banner.
  "console.banner.title": "Student password reset bot: terminal channel.",
  "console.banner.redis": "Store: Redis.",
  "console.banner.memory": "Store: in memory (forgotten when you quit).",
  "console.banner.demo":
    "Directory: the demo school. Try student S1001 with password Garden-Lamp-21 (more in the README).",
  "console.banner.directory": "Directory: as configured.",
  "console.banner.keys": "Answer a numbered choice with its number. Ctrl-D quits.",
  "alert.reason.failures": "failed tries",
  "alert.reason.answerChecks": "answer checks",
} as const;

export type MessageKey = keyof typeof en;

/** Whether a key built at run time (e.g. from a stored event's name) is a message of the catalogues. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
