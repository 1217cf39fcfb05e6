/**
 * Everything the bot says, in English. Students may be 7 to 12 years old: short sentences, one thing at a
 * time, and every problem ends with what to do next. `{name}` is filled in from the reply's params.
 */
export const en = {
  "menu.welcome": "Hi! I can help you with your {account} password.\nWhat would you like to do?",
  "menu.setup": "Set up my secret questions",
  "menu.reset": "I forgot my password",
  "menu.help": "Help",
  help:
    "Here is what I can do:\n" +
    "/setup – set up your 3 secret questions. Do this first, while you still know your password.\n" +
    "/reset – make a new password if you forgot yours.\n" +
    "/cancel – stop what we are doing.\n" +
    "/logout – unlink this chat from your account.\n" +
    "If you get stuck, ask your form teacher.",
  "chat.privateOnly": "Please send me a private message. I can't help in a group.",
  "chat.busy": "I'm still working on your last message. Please wait a moment, then try again.",
  "chat.cancelled": "Okay, we stopped. Nothing was changed. Type /start when you want to begin again.",
  "chat.nothingToCancel": "There is nothing to stop right now. Type /start to see what I can do.",
  "chat.timedOut": "We stopped because you were away for a while. Nothing was changed. Let's start again.",
  "chat.unknownCommand": "I don't know that command. Type /help to see what I can do.",
  "input.empty": "I didn't get any words. Please type your answer.",
  "input.tooLong": "That message is too long for me. Please type something shorter.",
  "input.useButtons": "Please choose one of the buttons.",
  "input.notText": "I can only read typed words. Please type your answer.",
  "input.edited": "I can't read changed messages, so I removed it. Please send a new message instead.",
  "input.useSecureForm":
    "Please don't type that here, where it stays in the chat. Press the button to type it in a private box.",
  "form.expired": "That box is old and doesn't work any more. Please use the newest message.",
  "button.expired": "That button is old and doesn't work any more. Please use the newest message.",
  "error.storeDown":
    "Something went wrong on my side. Nothing was changed. Please try again in a few minutes.",
  "error.directoryDown": "The school system is not answering. Please try again in a few minutes.",
  "error.unexpected": "Oops, something went wrong. Nothing was changed. Please try again, or type /cancel.",
  question: "{question}",

  "setup.intro": "Let's set up your secret questions.",
  "setup.askId": "Type your user ID.\n{hint}",
  "setup.askPassword":
    "Now type your password. I will delete your message as soon as I have read it, so nobody else can see it.",
  "setup.wrongPassword": "Hmm, that user ID and password don't match. Let's try again.",
  "setup.throttled":
    "There have been too many tries from this chat. Please wait {minutes} minutes, or ask your form teacher for help.",
  "setup.linked": "Great, it's you, {name}! This chat is now linked to your {account}.",
  "setup.staffLinked":
    "This chat is now linked to your account, {name}. Secret questions are only for students, so there is nothing more to set up.",
  "setup.pickQuestion": "Choose question {number} of 3.",
  "setup.askAnswer":
    "{question}\nType your answer. Pick something you will remember. I will delete your message as soon as I have read it.",
  "setup.done":
    'All done! Your 3 secret questions are saved. 🎉\nIf you ever forget your password, message me and choose "I forgot my password".',
  "answer.tooShort": "Your answer needs at least {min} letters or numbers. Please try again.",
  "answer.tooLong": "That answer is too long. Please use at most {max} letters or numbers.",
  "answer.hasKeyword": 'Please don\'t use the word "{word}" in your answer. Try a different answer.',
  "answer.hasName": "Please don't use your name or your user ID in your answer. Try a different answer.",
  "answer.sameAsOther": "You already used that answer for another question. Please give a different answer.",

  "reset.intro": "Let's make you a new password.",
  "reset.askId": "Type your user ID.",
  "reset.askAnswer":
    "Question {number} of 3:\n{question}\nType your answer. I will delete your message as soon as I have read it.",
  "reset.failed":
    "Sorry, that didn't work. An answer may be different from the one you set up.\nYou can try again later with /reset, or ask your form teacher to help you.",
  "reset.throttled":
    "There have been too many tries from this chat. Please wait {minutes} minutes, or ask your form teacher for help.",
  "reset.capped":
    "You have already made {max} new passwords in the last {days} days. Please ask your form teacher to help you this time.",
  "reset.verified": "Well done, all 3 answers are right!",
  "reset.choose": "How would you like your new password?",
  "reset.generate": "Make one for me",
  "reset.typeOwn": "I'll type my own",
  "reset.askNewPassword":
    "Type your new password. It needs at least {min} letters, numbers or symbols. I will delete your message as soon as I have read it.",
  "reset.askNewPasswordAgain": "Type the same password again, so we know it's right.",
  "reset.passwordsDiffer": "The two passwords were not the same. Let's try again.",
  "reset.generated":
    "Your new password is:\n\n{password}\n\nWrite it down now: this message will disappear in {minutes} minutes.\nWhen you log in, the computer will ask you to choose a new password.",
  "reset.ownSet": "Done! Your new password is ready. Use it the next time you log in. 🎉",
  "reset.directoryDown":
    "The school system is not answering. Please try again in a few minutes. You don't need to answer the questions again for the next {minutes} minutes.",
  "password.tooShort": "That password is too short. It needs at least {min} letters, numbers or symbols.",
  "password.tooLong": "That password is too long. Please use at most {max} letters, numbers or symbols.",
  "password.hasName": "Please don't use your name or your user ID in your password.",
  "password.tooCommon": "That password is too easy to guess. Please choose a harder one.",
  "password.rejected.too-short":
    "The school system says that password is too short. Please choose a longer one.",
  "password.rejected.too-simple":
    "The school system says that password is too simple. Try mixing big and small letters, numbers and a symbol like - or !.",
  "password.rejected.used-before":
    "The school system says you have used that password before. Please choose a new one.",
  "password.rejected.too-recent":
    "The school system says your password was changed very recently. Please ask your form teacher to help you.",
  "password.rejected.other": "The school system did not accept that password. Please choose a different one.",

  "logout.done": "This chat is no longer linked to your account. To link it again, type /setup.",
  "logout.notLinked": "This chat isn't linked to any account. To link it, type /setup.",

  "notice.linkedElsewhere":
    "Your {account} was just linked to a different chat. If this wasn't you, tell your teacher right away.",
  "notice.passwordChanged":
    "Your {account} password was just changed. If this wasn't you, tell your teacher right away.",
  "notice.answersChanged":
    "Your secret questions were just changed. If this wasn't you, tell your teacher right away.",
} as const;

export type MessageKey = keyof typeof en;
