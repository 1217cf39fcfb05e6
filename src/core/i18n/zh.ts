import type { Catalogue } from "./translate.js";

/** 简体中文. 给 7 到 12 岁的学生看：句子短，用常用字，每个问题都说下一步怎么做。 */
export const zh: Catalogue = {
  "menu.welcome": "你好！我可以帮你处理{account}的密码。\n你想做什么？",
  "menu.setup": "设置我的秘密问题",
  "menu.reset": "我忘了密码",
  "menu.help": "帮助",
  "menu.language": "🌐 语言 Language",
  "language.choose": "你想用哪种语言？🌐",
  "language.staffChoose": "你想用哪种语言？🌐",
  "language.name": "{name}",
  "language.set": "好的！现在我用中文和你说话。",
  "language.staffSet": "好的！现在我用中文和你说话。",
  "menu.staffWelcome": "你好！你想做什么？",
  "menu.staffWelcomeFamily": "你好！你想做什么？\n学生：要拿到新密码，请选“我忘了密码”。",
  "menu.staff.guided": "帮学生拿到新密码",
  "menu.staff.unlock": "给学生解锁",
  "menu.staff.unlockAccount": "给账号解锁",
  "menu.staff.coverage": "谁还没设置",
  "menu.staff.audit": "某人的记录",
  "menu.staff.stats": "学校统计",
  help:
    "我可以帮你做这些事：\n" +
    "/setup – 设置你的 3 个秘密问题。先做这一步。\n" +
    "/reset – 做一个新密码。\n" +
    "/cancel – 停下。\n" +
    "/logout – 让这个聊天不再连着你的账号。\n" +
    "/language – 选择语言。也可以打 /language 马来文\n" +
    "不会做？问你的班主任。",
  "help.inDialog":
    "我们正在做一件事。想继续，请回复下面的消息。想停下，请输入 /cancel。不会做？问你的班主任。",
  "help.staffInDialog": "我们正在做一件事。想继续，请回复下面的消息。想停下，请输入 /cancel。",
  "chat.privateOnly": "请私下给我发消息。我不能在群里帮你。",
  "chat.busy": "我还在处理你上一条消息。请等一下，再试一次。",
  "chat.staffBusy": "我还在处理你上一条消息。请等一下，再试一次。",
  "chat.interrupted": "对不起，我在处理你上一条消息时被打断了。请再发一次。",
  "chat.staffInterrupted": "对不起，我在处理你上一条消息时被打断了。请再发一次。",
  "chat.interruptedPress": "对不起，我在处理你按的按钮时被打断了。请再按一次。",
  "chat.staffInterruptedPress": "对不起，我在处理你按的按钮时被打断了。请再按一次。",
  "chat.cancelled": "好的，我们停下了。什么都没有改。想重新开始时，请输入 /start。",
  "chat.staffCancelled": "好的，我们停下了。什么都没有改。想重新开始时，请输入 /start。",
  "chat.cancelledLinked":
    "好的，我们停下了。这个聊天已经连着你的账号，但我没有保存新的秘密问题。输入 /setup 重新开始。",
  "chat.cancelledKept": "好的，我们停下了。我没有改你的秘密问题，原来的问题还能用。如果想换，请输入 /setup。",
  "chat.nothingToCancel": "现在没有要停下的事。输入 /start 看看我能做什么。",
  "chat.staffNothingToCancel": "现在没有要停下的事。输入 /start 看看我能做什么。",
  "chat.timedOut":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。什么都没有改。我们重新开始吧。",
  "chat.staffTimedOut":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。什么都没有改。我们重新开始吧。",
  "chat.timedOutLinked":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。这个聊天已经连着你的账号，但我没有保存新的秘密问题。输入 /setup 重新开始。",
  "chat.timedOutKept":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。我没有改你的秘密问题，原来的问题还能用。如果想换，请输入 /setup。",
  "chat.timedOutSaved":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。你的秘密答案已经保存好了。好好记住它们。",
  "chat.timedOutLinkedShared":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。设置没有完成，所以没有保存新的秘密问题。输入 /setup 重新开始。",
  "chat.timedOutKeptShared":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。设置没有完成，所以秘密问题没有改，原来的问题还能用。",
  "chat.timedOutSavedShared":
    "{why, select, long {这次用的时间太长了} other {你离开了一会儿}}，所以我们停下了。新的秘密答案已经保存好了。",
  "chat.unknownCommand": "我不认识这个命令。输入 /help 看看我能做什么。",
  "chat.welcome": "不客气！😊 以后需要我，就给我发消息。",
  "chat.staffUnknownCommand": "我不认识这个命令。输入 /help 看看我能做什么。",
  "chat.unknownCommandDidYouMean":
    "我不认识这个命令。你是想输入 /{command} 吗？如果不是，输入 /help 看看我能做什么。",
  "chat.staffUnknownCommandDidYouMean":
    "我不认识这个命令。你是想输入 /{command} 吗？如果不是，输入 /help 看看我能做什么。",
  "input.idNotKnown": "没关系！班主任可以告诉你你的用户名。拿到以后，在这里输入。想停下，请输入 /cancel。",
  "input.idIsQuestion": "对不起，我在这里回答不了问题。我需要你的用户名。",
  "input.emptyId": "我没有收到文字。",
  "input.welcomeId": "不客气！😊",
  // A greeting ("hi", 你好) at a user-ID prompt: greeted back, and the ID asked again.
  "input.helloId": "你好！👋 我需要你的用户名，才知道你是谁。",
  // "ok", "start", "1" at a user-ID prompt: no ID, and the ID asked again (it says where to find it).
  "input.notAnId": "这不是用户名。",
  "input.emptyPassword": "我没有收到文字。",
  "input.emptyAnswer": "我没有收到文字。",
  "input.emptyNewPassword": "我没有收到文字。",
  "input.deletedLikePassword": "那条消息看起来像密码。为了安全，我把它删掉了。",
  "input.deletedMaybeSecret": "我删掉了那条消息。它可能是你的密码或秘密答案。",
  "input.staffDeletedMaybeSecret": "我删掉了那条消息。它可能是你的密码或秘密答案。",
  "input.nothingToGoBackTo": "现在没有可以回去的上一步。输入 /start 看看我能做什么。",
  "input.staffNothingToGoBackTo": "现在没有可以回去的上一步。输入 /start 看看我能做什么。",
  "input.notText": "我只能看懂打出来的字。请打字回复。",
  "input.staffNotText": "我只能看懂打出来的字。请打字回复。",
  "input.typeInstead": "那个按钮在这里不能用。请打字回复。",
  "input.staffTypeInstead": "那个按钮在这里不能用。请打字回复。",
  "input.tooLong": "这条消息太长了。请写短一点。",
  "input.staffTooLong": "这条消息太长了。请写短一点。",
  "input.useButtons": "请按一个按钮，或者输入它的号码（1–{max}）。",
  "input.staffUseButtons": "请按一个按钮，或者输入它的号码（1–{max}）。",
  "input.tapOnly": "请按一个按钮。这一步打字或输入号码都不算数，这样就不会误操作。",
  "input.staffTapOnly": "请按一个按钮。这一步打字或输入号码都不算数，这样就不会误操作。",
  "input.noBack": "这里没有可以回去的上一步。输入 /cancel 停下。",
  "input.staffNoBack": "这里没有可以回去的上一步。输入 /cancel 停下。",
  "input.edited": "我看不懂改过的消息，所以把它删掉了。请发一条新消息。",
  "input.staffEdited": "我看不懂改过的消息，所以把它删掉了。请发一条新消息。",
  "input.useSecureForm": "请不要在这里输入，因为它会留在聊天里。请按按钮，在私密的框里输入。",
  "input.staffUseSecureForm": "请不要在这里输入，因为它会留在聊天里。请按按钮，在私密的框里输入。",
  "form.expired": "这个框太旧了，不能用了。请用最新的消息。",
  "form.staffExpired": "这个框太旧了，不能用了。请用最新的消息。",
  "button.expired": "这个按钮太旧了，不能用了。请用最新的消息。",
  "button.staffExpired": "这个按钮太旧了，不能用了。请用最新的消息。",
  "error.storeDown": "我这边出了问题。什么都没有改。请过几分钟再试。",
  "error.staffStoreDown": "我这边出了问题。什么都没有改。请过几分钟再试。",
  "error.storeDownAfterStep": "我这边出了问题，所以你刚才发的我可能没有记住。请过几分钟再试一次。",
  "error.staffStoreDownAfterStep": "我这边出了问题，所以你刚才发的我可能没有记住。请过几分钟再试一次。",
  "error.directoryDown": "学校的系统没有回应。请过几分钟再试。",
  "error.staffDirectoryDown": "学校的系统没有回应。请过几分钟再试。",
  "menu.directoryDown": "学校的系统没有回应，所以我现在还不能告诉你我能做什么。请过几分钟再输入 /start。",
  "menu.staffDirectoryDown":
    "学校的系统没有回应，所以我现在还不能告诉你我能做什么。请过几分钟再输入 /start。",
  "error.tooBusy": "我现在太忙了。什么都没有改。请过几分钟再试。",
  "error.staffTooBusy": "我现在太忙了。什么都没有改。请过几分钟再试。",
  "error.unexpected": "哎呀，出了点问题。什么都没有改。请再试一次，或者输入 /cancel。",
  "error.staffUnexpected": "哎呀，出了点问题。什么都没有改。请再试一次，或者输入 /cancel。",
  question: "{question}",
  "question.unknown":
    "这个问题现在显示不出来。它是你设置时选的 3 个问题之一。如果你不确定答案，请输入 /cancel，然后问你的班主任。",
  "account.default": "学校账号",
  "setup.loginHint": "就是你在学校电脑上用的那个。",

  "setup.intro": "我们来设置吧。首先，我要确认是你本人。",
  "setup.stopped": "好的，我们停止了设置。什么都没有改。",
  "setup.askId": "请输入你的用户名。\n{hint}\n不知道用户名？问问你的班主任。",
  "setup.askPassword": "现在请输入你的密码。我看完就会马上删掉你的消息，别人就看不到了。",
  "setup.passwordFullWidth":
    "你输入的内容里有全角的字母、数字或符号，像 Ａ、１ 或 ￥。请把输入法换成半角和英文标点，再输入一次密码。",
  "setup.passwordSpaceAtEnd": "你输入的内容开头或结尾有空格。请去掉这个空格，再输入一次密码。",
  "staff.passwordFullWidth":
    "你输入的内容里有全角的字母、数字或符号，像 Ａ、１ 或 ￥。请把输入法换成半角和英文标点，再输入一次密码。",
  "staff.passwordSpaceAtEnd": "你输入的内容开头或结尾有空格。请去掉这个空格，再输入一次密码。",
  "setup.staffOwnAccountDisabled":
    "{name}（{id}）已经连接到这个聊天，但这个账号在学校目录里被停用了，所以不能设置。如果它应该是开启的，请联系 IT 重新开启。",
  "setup.ownAccountDisabled": "你的学校账号已被关闭，所以不能设置。请找你的班主任帮忙。",
  "setup.wrongPassword":
    "嗯，用户名和密码对不上。我们再试一次。也请检查大小写：A 和 a 不一样。忘了密码？班主任可以帮你。想停下，请输入 /cancel。",
  "setup.wrongPasswordResetHere":
    "嗯，用户名和密码对不上。我们再试一次。也请检查大小写：A 和 a 不一样。忘了密码？如果你在这个聊天里设置过秘密问题，请输入 /reset 来换一个新密码。如果没有，班主任可以帮你。想停下，请输入 /cancel。",
  "setup.idLookedLikePassword": "用户名不是密码。请先输入你的用户名，再输入你的密码。",
  "setup.idLookedLikeName": "用户名不是你的名字。请输入你的用户名，再输入一次密码。",
  "setup.idHadSpace": "你输入的用户名里有空格。请输入没有空格的用户名，再输入一次密码。",
  "setup.throttled":
    "这个聊天试了太多次。{hours, plural, =0 {请等 {minutes} 分钟，或者请班主任帮你。} other {请过大约 # 小时再试，或者请班主任帮你。}}",
  "setup.paused":
    "这个用户名输错密码的次数太多了。请过{hours, plural, =0 { {minutes} 分钟} other {大约 # 小时}}再试，或者请班主任帮你。",
  "setup.directorySlow": "学校的系统现在很慢，所以我没能检查你的密码。请等几分钟，然后输入 /setup 再试一次。",
  "setup.pausedSlow":
    "学校的系统很慢，这个用户名试的次数太多了。请过{hours, plural, =0 { {minutes} 分钟} other {大约 # 小时}}再试，或者请班主任帮你。",
  "setup.linkChanged":
    "我们说话的时候，这个账号连到了另一个聊天，所以我没有保存你的答案。请输入 /setup 重新开始。",
  "setup.linked": "太好了，是你，{name}！这个聊天现在连着你的{account}了。",
  "setup.stillLinked": "太好了，是你，{name}！这个聊天还连着你的{account}。",
  "setup.staffLinked":
    "这个聊天现在连着你的账号了，{name}。秘密问题只给学生用，所以不用再设置了。输入 /help 看看你在这里能做什么。",
  "setup.staffStillLinked": "这个聊天还连着你的账号，{name}。秘密问题只给学生用，所以不用再设置了。",
  "setup.pickQuestion": "请选第 {number} 个问题（共 3 个）。",
  "setup.helloQuestion": "你好！👋 请选一个问题：点它，或者输入它的号码，比如 1。",
  "setup.welcomeQuestion": "不客气！😊 请选一个问题：点它，或者输入它的号码，比如 1。",
  "setup.askAnswer": "{question}\n请输入你的答案。选一个你记得住的。我看完就会马上删掉你的消息。",
  "setup.restartLinked": "好的，我们从头再来。还没有保存任何秘密问题。",
  "setup.restartKept": "好的，我们从头再来。在你保存新的问题之前，原来的秘密问题还能用。",
  "setup.backAsk": "你是想回去选另一个问题吗？还是说，那就是你的答案？",
  "setup.backAskAnother": "选另一个问题",
  "setup.backAskAnswer": "那是我的答案",
  "setup.helpBackAsk":
    "你输入的词也可以是“回去”的意思。想换一个问题，就选“选另一个问题”。如果那个词就是你的答案，就选“那是我的答案”。想停下，输入 /cancel。",
  "setup.backOneAnswer": "好的，我们重新做你的上一个问题。",
  "setup.done": "完成了！你的 3 个秘密问题保存好了。🎉\n如果你忘了密码，就给我发消息，选“我忘了密码”。",
  "practice.offer": "我们来看看你还记不记得答案吧？只要一分钟。",
  "practice.helloOffer": "你好！👋 回答下面的问题，请输入“好”或“不用”。",
  "practice.welcomeOffer": "不客气！😊 回答下面的问题，请输入“好”或“不用”。",
  "practice.check": "看看我记不记得",
  "practice.noThanks": "不用了，谢谢",
  "practice.bye": "好的！记住你的答案。忘了密码时你会用到它们。",
  // Chinese has no capitals: the clause is about the English letters an answer may have (a pet's name).
  "practice.help":
    "这只是练习。请输入你刚才给这个问题的答案。如果答案里有英文字母，大小写没关系：A 和 a 一样。如果不一样，等一下可以改。想停下，请输入 /cancel。",
  "practice.helpFix":
    "有一个答案和之前的不一样。请输入你会记住的答案，我会保存它。或者输入 1，保留原来的。想停下，请输入 /cancel。",
  "practice.sameAnswerAgain":
    "这个答案你已经在第 {earlier} 个问题里回答过了。每个问题的答案都不一样。请输入下面这个问题的答案。想停下，请输入 /cancel。",
  "practice.ask": "练习，第 {number} 个问题（共 3 个）：\n{question}\n请输入你的答案。我看完就会马上删掉它。",
  "practice.reminder": "你还记得你的秘密答案吗？点按钮来检查一下。只要一分钟。",
  "practice.reminderFor": "{name}，你还记得你的秘密答案吗？点按钮来检查一下。只要一分钟。",
  "practice.remindRight": "没问题！你还记得你的答案。🎉",
  "practice.remindWrong": "不太对。如果你忘了答案，请输入 /setup 选新的答案。你需要你的密码。",
  "practice.remindWrongByEmail": "不太对。如果你忘了答案，请输入 /setup 和你的用户名，就可以选新的答案。",
  "practice.allRight": "3 个答案都对上了。真棒！你会记住它们的。🎉",
  "practice.someDifferent": "有 {count} 个答案和之前的不一样。我们现在来改好。",
  "practice.fix": "{question}\n你的答案和之前的不一样。请输入你想保留的答案。或者按按钮保留原来的。",
  "practice.keep": "保留原来的答案",
  "practice.keepOrType": "想保留原来的答案，请按按钮或者输入 1。想改答案，请输入新的答案。",
  "practice.changed": "好的，我保存了你的新答案。",
  "practice.fixAgain": "请再输入一次同样的答案，确认没有打错。",
  "practice.fixAnswersDiffer": "两次输入的答案不一样，所以我什么都没有保存。我们从头再试一次。",
  "practice.fixedAll": "完成了！你的答案保存好了。好好记住它们。",
  "answer.tooShort": "你的答案至少要有 {min} 个字母或数字（用汉字的话，2 个汉字就够了）。请再试一次。",
  "answer.tooShortCharacters": "你的答案至少要有 {min} 个字。请再试一次。",
  "answer.noLetters":
    "请用文字输入你的答案：至少 {characters} 个汉字，或者 {letters} 个字母或数字。表情符号和标点不算。",
  "answer.tooLong": "这个答案太长了。最多只能有 {max} 个字或数字。",
  "answer.hasKeyword": "答案里不要用“{word}”这个词。请换一个答案。",
  "answer.hasName": "答案里不要用你的名字或用户名。请换一个答案。",
  "answer.onlyEmoji": "表情符号和标点不算，只有文字才算。想一想你设置时输入的文字。",
  "answer.isNumber": "这里不用选号码。请输入你对下面这个问题的答案。",
  "answer.isQuestion": "这是在问问题吗？我在这里回答不了问题。如果这是你的答案，请去掉问号再输入一次。",
  "answer.nonAnswer": "这个答案太容易被猜到了。请选一个你记得住的，在这里输入。",
  "setup.helpId":
    "现在我需要你的用户名，来确认是你。就是你登录学校电脑时输入的那个。请在下面输入。不知道？问问你的班主任。想停下，请输入 /cancel。",
  "setup.helpPassword":
    "现在我需要你登录学校电脑用的密码。请在下面输入。忘了？问问你的班主任。想停下，请输入 /cancel。",
  "setup.stuckAtPassword":
    "现在我需要你登录学校电脑用的密码。请在下面输入。忘了？问问你的班主任。如果你刚才输入的真的是你的密码，请再输入一次。想停下，请输入 /cancel。",
  "setup.idNotKnownAtPassword":
    "没关系！班主任可以告诉你你的用户名。拿到以后，在下面输入用户名，然后再输入密码。想停下，请输入 /cancel。",
  "setup.forgotAtPassword":
    "忘了密码？没关系。班主任可以帮你拿到新密码。如果你想起来了，请在下面输入。如果你刚才输入的真的是你的密码，请再输入一次。想停下，请输入 /cancel。",
  "setup.helpQuestion":
    "点你想回答的问题，或者输入它的编号。选一个你知道答案的。一共要选 3 个。想停下，请输入 /cancel。",
  "setup.helpAnswer":
    "请输入你对下面这个问题的答案。选一个你一直记得住的。想换一个问题？输入“返回”。想停下，请输入 /cancel。",
  "setup.answerIsQuestionWord":
    "这是一个问题的名字，不是答案。想回答下面的问题，请输入你的答案。想换一个问题，请输入“返回”。",
  // Chinese has no capitals: the clause is about the English letters an answer may have (a pet's name).
  "reset.helpAnswer":
    "请输入你设置时给这个问题的答案。如果答案里有英文字母，大小写没关系：A 和 a 一样。记不起来？想一想，再输入你觉得对的答案。想停下，请输入 /cancel。",
  "setup.nonAnswer": "这个答案太容易被猜到了。请选一个你记得住的，在这里输入。或者输入“返回”，换一个问题。",
  "answer.sameAsOther": "这个答案你已经在别的问题里用过了。请换一个答案。",

  "answer.isPassword": "这是你的密码。不要告诉别人。这里请输入这个问题的答案。",
  "answer.notRemembered":
    "记不起来也没关系。想一想，再输入你觉得对的答案。或者输入 /cancel 停下。班主任可以帮你。",
  "reset.cannotSkip":
    "这里不能跳过问题，也不能换问题。要拿到新密码，请回答你设置时选的 3 个问题。刚才那次不算一次尝试。忘了答案？没关系，班主任可以帮你。或者输入 /cancel 停下。",
  "reset.intro": "我们来给你做一个新密码吧。",
  "reset.hello":
    "你好，{name}！我们来给你做一个新密码吧。先回答你的 3 个秘密问题。\n不是 {name}？请输入 /cancel，然后请班主任帮你。",
  "reset.helloChosen":
    "你好，{name}！我们来给你做一个新密码吧。先回答你的 3 个秘密问题。\n不是 {name}？请输入 /reset，再选你自己的名字。",
  "reset.onlyLinkedChat":
    "我只能在你设置问题时用的那个聊天里做新密码。手机丢了，或者还没设置？班主任可以帮你。",
  "reset.answersCleared":
    "你好，{name}！学校清除了你的秘密答案，所以我现在还不能给你做新密码。请班主任帮你。等你能登录了，再输入 /setup 重新设置。",
  "reset.stopped": "好的，我们停下了，没有给你做新密码。什么都没有改。",
  "reset.notSetUp":
    "你好，{name}！你还没有设置秘密问题，所以我现在还不能给你做新密码。请班主任帮你。等你能登录了，再输入 /setup 来设置。",
  "reset.suspended": "错的答案太多了，所以我暂停了大约 {hours} 小时。现在班主任可以帮你。",
  "reset.staffAccount": "老师和管理员的账号不能用秘密问题。请去问学校的 IT 团队。",
  "reset.accountGone": "我在学校的系统里找不到你的账号。问问你的班主任。",
  "reset.askId": "请输入你的用户名。\n不知道用户名？问问你的班主任。",
  "reset.idNotNeeded": "这是你的用户名。这里不用输入它：我已经知道是你了。请输入下面这个问题的答案。",
  "reset.nameNotAnswer": "这是你的名字。请输入这个问题的答案。",
  "reset.sameAnswerAgain":
    "这个答案你已经在第 {earlier} 个问题里回答过了。每个问题的答案都不一样。请输入下面这个问题的答案。弄混了？输入 /cancel，再输入 /reset 重新开始。",
  "reset.noBack":
    "不能回到前面的问题。请输入下面这个问题的答案。{first, select, yes {} other {想从第 1 题重新开始？输入“重新开始”。3 个问题都回答完，才算一次尝试。}}想停下，输入 /cancel。",
  "reset.restartAsk": "你想从第 1 题重新开始吗？还是说，那就是你的答案？",
  "reset.backAsk": "不能回到前面的问题。你想从第 1 题重新开始吗？还是说，那就是你的答案？",
  "reset.restartYes": "对，重新开始",
  "reset.restartNo": "不，那是我的答案",
  "reset.restarted": "好的，我们重新开始。刚才的不算一次尝试。",
  "reset.helpRestartAsk":
    "选“对，重新开始”，就从第 1 题再回答 3 个问题，不算一次尝试。如果你打的字就是你的秘密答案，选“不，那是我的答案”。想停下，输入 /cancel。",
  "reset.askAnswer":
    "第 {number} 个问题（共 3 个）：\n{question}\n请输入你的答案。我看完就会马上删掉你的消息。",
  "reset.wrongAnswers": "对不起，没有成功。可能有一个答案和你设置的不一样。",
  "reset.pausedNow":
    "错的答案太多了，所以大约 {hours} 小时内你不能在我这里拿新密码。如果你需要早一点拿到，请找班主任。",
  "reset.failedLastTry":
    "对不起，没有成功。可能有一个答案和你设置的不一样。\n小心：如果下一次也错了，大约 {hours} 小时内你不能在我这里拿新密码。记不清答案？请班主任帮你。或者输入 /reset 再试一次。",
  "reset.failed":
    "对不起，没有成功。可能有一个答案和你设置的不一样。\n输入 /reset 再试一次，或者请班主任帮你。",
  "answers.notCheckable":
    "对不起，学校这边出了问题，所以我没法检查你的答案。这不是你的错。什么都没有改。请晚一点再试，或者请班主任帮你。",
  "reset.throttled":
    "这个聊天试了太多次。{hours, plural, =0 {请等 {minutes} 分钟，或者请班主任帮你。} other {请过大约 # 小时再试，或者请班主任帮你。}}",
  "reset.capped": "最近 {days} 天里你已经做了 {max} 次新密码。这次请班主任帮你。",
  "reset.changed": "我们说话的时候，你的账号有了变化，所以我停下了。什么都没有改。请输入 /reset 重新开始。",
  "reset.guidedMeanwhileSentElsewhere":
    "我们说话的时候，{teacher}给你做了一个新密码，所以我在这里停下了。请用{teacher}给你的新密码：我已经把它发到你自己的聊天里了，不是这个聊天。如果找不到，请再问{teacher}。",
  "reset.guidedMeanwhileSent":
    "我们说话的时候，{teacher}给你做了一个新密码，所以我在这里停下了。请用{teacher}给你的新密码：我已经把它发到这个聊天里了。如果找不到，请再问{teacher}。",
  "reset.guidedMeanwhile":
    "我们说话的时候，{teacher}给你做了一个新密码，所以我在这里停下了。请用{teacher}给你的新密码。如果你没有它，请再问{teacher}。",
  "reset.guidedMeanwhileUnlinked":
    "我们说话的时候，{teacher}给你做了一个新密码，所以我在这里停下了。请用{teacher}给你的新密码。如果你没有它，请再问{teacher}。这个聊天已经不再连着你的{account}了。想再用它，请输入 /setup。",
  "reset.answersClearedMeanwhile":
    "我们说话的时候，学校清除了你的秘密答案，所以我在这里停下了。你的密码没有改。请班主任帮你拿一个新密码。等你能登录了，再输入 /setup 重新设置你的问题。",
  "reset.busy": "你的密码现在正在别的地方修改。请等一分钟，再输入 /reset。",
  "reset.verified": "真棒，3 个答案都对了！",
  "reset.lastAnswerAgain":
    "那是你第 3 题的答案。问题已经答完了，3 个答案都对了。现在请选你想怎样得到新密码。",
  "reset.choose": "你想怎样得到新密码？",
  "reset.helloChoose": "你好！👋 要拿到新密码，请从下面选一个。",
  "reset.welcomeChoose": "不客气！😊 要拿到新密码，请从下面选一个。",
  "reset.generate": "帮我做一个",
  "reset.typeOwn": "我自己输入",
  "reset.helpChoose":
    "选“帮我做一个”，我会帮你做一个新密码，在这里给你看。它不见之前，请把它写下来。或者选“我自己输入”，自己想一个。想停下，请输入 /cancel。",
  "reset.askNewPassword": "请输入你的新密码。至少要有 {min} 个字母、数字或符号。我看完就会马上删掉你的消息。",
  "reset.helpNewPassword":
    "想一个你记得住的新密码，在这里输入。至少要有 {min} 个字母、数字或符号。想让我帮你做一个？输入“返回”，再选“帮我做一个”。想停下，请输入 /cancel。",
  "reset.askNewPasswordAgain": "请再输入一次同样的密码，确认没有打错。",
  "reset.passwordsDiffer": "两次输入的密码不一样。我们再试一次。",
  "reset.generated":
    "你的新密码是：\n\n{password}\n\n现在就把它写下来：这条消息 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后会消失。\n登录时，电脑会让你再选一个新密码。",
  "reset.ownSet": "完成了！你的新密码可以用了。下次登录时就用它。🎉",
  "reset.maybeSet":
    "学校的系统没有及时回应，所以我不确定你的新密码有没有存好。请用下面的新密码登录试试。如果不行，请晚一点输入 /reset 再试，或者问你的班主任。",
  "reset.notShownBefore":
    "{days, plural, =0 {{hours, plural, =0 {几分钟前} other {大约 # 小时前}}} other {# 天前}}，我为 {id} 做了一个新密码，但是没能给你看，所以你还不知道它。请输入 /reset 再做一个，或者问你的班主任。",
  "reset.maybeSetOwn":
    "学校的系统没有及时回应，所以我不确定你的新密码有没有存好。请用你刚才输入的密码登录试试。如果不行，请晚一点输入 /reset 再试，或者问你的班主任。",
  "reset.directoryDown": "学校的系统没有回应。请过几分钟再试。接下来 {minutes} 分钟里，你不用再回答问题。",
  "reset.directoryDownLate":
    "学校的系统没有回应。请过几分钟再试。如果那时我已经停下来了，请输入 /reset 重新开始。",
  "password.tooShort": "这个密码太短了。至少要有 {min} 个字母、数字或符号。",
  "password.tooLong": "这个密码太长了。最多只能有 {max} 个字母、数字或符号。",
  "password.hasName": "密码里不要用你的名字或用户名。",
  "password.hiddenMark": "这个密码里有看不见的符号，登录时打不出来。请重新输入密码，只用字母、数字和符号。",
  "password.notOnKeyboard":
    "这个密码在学校电脑的键盘上打不出来。表情符号、中文字和其他语言的文字都不在键盘上。请输入一个新密码，只用字母 A 到 Z、数字 0 到 9 和 - 或 ! 这样的符号。",
  "password.fullWidth":
    "这个密码里有全角的字母、数字或符号，像 Ａ、１ 或 ￥。学校电脑打不出来。请把输入法换成半角和英文标点，再输入一次新密码。",
  "password.spaceAtEnd": "这个密码的开头或结尾有空格。登录时你看不到它。请去掉这个空格，再输入一次。",
  "password.schemeAtStart": "密码不要用大括号里的字开头。学校的系统会读错。请换一个密码。",
  "password.tooCommon":
    "这个密码太容易被猜到了。试试用两三个你喜欢的英文单词加一个数字，比如 {example}。要用你自己想的单词哦！或者输入“返回”，再选“帮我做一个”。",
  "password.likeExample":
    "这是例子里的密码，大家都见过，很容易被猜到。请自己想几个英文单词，比如三样你喜欢的东西，再加一个数字。或者输入“帮我做一个”，我来帮你做一个。",
  "password.rejected.too-short": "学校的系统说这个密码太短了。请选一个长一点的。",
  "password.rejected.too-simple":
    "学校的系统说这个密码太简单了。试试把大写字母、小写字母、数字和一个符号（比如 - 或 !）混在一起。",
  "password.rejected.used-before": "学校的系统说你以前用过这个密码。请选一个新的。",
  "password.rejected.other": "学校的系统不接受这个密码。请选一个不一样的。",
  "reset.tooRecent":
    "学校的系统说你的密码刚刚改过，所以现在还不能换新的。你的密码没有改：原来的密码还能用。请明天再试。如果今天就需要新密码，请找班主任：班主任可以请学校的 IT 团队帮忙。",
  "reset.madeRefused":
    "学校的系统不接受我做的密码。这不是你的错。请再选“帮我做一个”，我会做一个不一样的。或者选“我自己输入”。",

  "logout.done": "这个聊天不再连着你的账号了。想再连上，请输入 /setup。",
  "logout.staffDone": "这个聊天不再连着你的账号了。想再连上，请输入 /setup。",
  "logout.doneFor": "{name} 已经和这个聊天解除连接。想再连接，请输入 /setup。",
  "logout.doneEveryone": "大家都已经和这个聊天解除连接。想再连接，请输入 /setup。",
  "family.whoResets": "你们谁需要新密码？\n名单里没有你？请输入 /cancel，然后请班主任帮你。",
  "family.whoPractises": "你们谁要检查自己的答案？",
  "family.whoLogsOut": "要把谁从这个聊天解除连接？想再连接，他们需要自己的密码。他们的秘密答案会一直保存着。",
  "family.whoLogsOutByEmail":
    "要把谁从这个聊天解除连接？想再连接，{name} 只需要自己的用户名，其他人需要自己的密码。他们的秘密答案会一直保存着。",
  "family.everyone": "所有人",
  "family.keepEveryone": "不，大家都保持连接",
  "family.keptEveryone": "好的，大家都还连着这个聊天。什么都没有改。",
  "setup.chatFull": "这个聊天已经连接了 {max} 个学生。想加一个人，请先让其中一个学生输入 /logout。",
  "logout.notLinked": "这个聊天没有连着任何账号。想连上，请输入 /setup。",
  "logout.confirm": "你要让这个聊天不再连着你的账号吗？想再连上，你需要你的密码。你的秘密答案会一直保存着。",
  "logout.confirmByEmail":
    "你要让这个聊天不再连着你的账号吗？想再连上，输入 /setup 和你的用户名就可以了。你的秘密答案会一直保存着。",
  "logout.staffConfirm": "你要让这个聊天不再连着你的账号吗？想再连上，你需要你的密码。",
  "logout.yes": "是的，解除连接",
  "logout.keep": "不，保持连接",
  "logout.kept": "好的，这个聊天还连着你的账号。什么都没有改。",
  "logout.staffKept": "好的，这个聊天还连着你的账号。什么都没有改。",

  "notice.linkedElsewhere":
    "{name} 的{account}刚刚连到了另一个聊天，所以不再连在这里了。如果不是 {name} 做的，请马上告诉老师。",
  "notice.staffLinkedElsewhere":
    "{name} 的{account}刚刚连到了另一个聊天，所以不再连在这里了。如果不是 {name} 做的，请马上告诉学校的 IT 团队。",
  "notice.passwordChanged": "{name}，你的{account}密码刚刚改了。如果不是你做的，请马上告诉老师。",
  "notice.unlinkedByTeacher":
    "{name}，你用不了这个聊天，所以老师把它和你的{account}断开了。如果你没有请人这样做，请马上告诉老师。想再用这个聊天，请输入 /setup。",
  "notice.unlinkedByAdmin":
    "{name}，你用不了这个聊天，所以学校电脑组把它和你的{account}断开了。如果你没有请人这样做，请马上告诉老师。想再用这个聊天，请输入 /setup。",
  "notice.answersCleared":
    "{name}，学校清除了你的秘密答案，所以你要重新设置：请输入 /setup。如果你没想到会这样，请告诉老师。",
  "notice.unlockedReset": "{name}，老师解除了暂停，你不用再等了。现在你可以输入 /reset 来拿新密码。",
  "notice.unlockedResetByAdmin":
    "{name}，学校电脑组解除了暂停，你不用再等了。现在你可以输入 /reset 来拿新密码。",
  "notice.unlockedResetLater":
    "{name}，老师解除了暂停。这个聊天还要再等大约 {minutes} 分钟。然后你就可以输入 /reset 做新密码。",
  "notice.unlockedResetLaterByAdmin":
    "{name}，学校电脑组解除了暂停。这个聊天还要再等大约 {minutes} 分钟。然后你就可以输入 /reset 做新密码。",
  "notice.unlockedSetup": "{name}，老师解除了暂停，你不用再等了。现在你可以输入 /setup。",
  "notice.unlockedSetupByAdmin": "{name}，学校电脑组解除了暂停，你不用再等了。现在你可以输入 /setup。",
  "notice.unlockedSetupLater":
    "{name}，老师解除了暂停。这个聊天还要再等大约 {minutes} 分钟。然后你就可以输入 /setup。",
  "notice.unlockedSetupLaterByAdmin":
    "{name}，学校电脑组解除了暂停。这个聊天还要再等大约 {minutes} 分钟。然后你就可以输入 /setup。",
  "notice.accountUnlockedOnly": "{name}，老师解锁了你的{account}。现在你可以再登录了。",
  "notice.accountUnlockedOnlyByAdmin": "{name}，学校电脑组解锁了你的{account}。现在你可以再登录了。",
  "notice.accountUnlocked":
    "{name}，老师解锁了你的{account}。现在你可以再登录了。如果你忘了密码，请输入 /reset 来拿新密码。",
  "notice.accountUnlockedByAdmin":
    "{name}，学校电脑组解锁了你的{account}。现在你可以再登录了。如果你忘了密码，请输入 /reset 来拿新密码。",

  "staff.help":
    "{role, select, admin {教职员的命令} other {老师的命令}}：\n" +
    "/guided 用户名 – 帮{role, select, admin {学生} other {你班上的学生}}拿到新密码\n" +
    "/unlock 用户名 – {role, select, admin {给被锁的学生账号解锁，或让被暂停的学生可以再自己重设密码；输入教职员的用户名，解除其密码在这个机器人里的暂停；输入提醒里写的聊天（/unlock telegram:123），解除该聊天的暂停} other {给被锁的学生账号解锁，或让被暂停的学生可以再自己重设密码}}\n" +
    "/clearanswers 用户名 – 让学生重新设置秘密问题\n" +
    "/coverage 班级 – 班上谁还没设置，谁被暂停了\n" +
    "/cancel – 停下现在做的事\n" +
    "/logout – 让这个聊天不再连着你的账号\n" +
    "/language – 选择语言（也可以在后面打语言的名字：/language 马来文）",
  "staff.adminHelp":
    "管理员的命令：\n/audit 用户名 – 关于某个人、以及此人做的最近记录（不会有秘密）\n/stats – 各班的设置情况，以及最近 7 天的重设和暂停\n/export – 最近 7 天的审计记录文件（/export 30 表示 30 天）",
  "staff.exportReady":
    "这是最近 {days} 天的审计记录文件：共 {count} 条。里面只有用户名、事件和时间，没有密码或答案。",
  "staff.exportWhyFull": "有 {full} 天记录已满",
  "staff.exportWhyMoves": "有 {moved} 天某个账号的链接换了 {max} 次以上（每个账号每天只逐条列出 {max} 次）",
  "staff.exportWhyBoth":
    "有 {full} 天记录已满，并且有 {moved} 天某个账号的链接换了 {max} 次以上（每个账号每天只逐条列出 {max} 次）",
  "staff.exportCapped":
    "{ready} 文件里只有最新的 {max, number} 条记录，从 {from} UTC 开始：更早的记录没有放进去。在机器人的服务器上运行 npm run audit 可以导出全部记录。",
  "staff.exportReadyNotListed":
    "这是最近 {days} 天的审计记录文件：共 {count} 条。因为{why}，另有 {notListed} 条只计数，没有逐条列出：每个这样的日子在文件里都有一行 not-listed。里面只有用户名、事件和时间，没有密码或答案。",
  "staff.tapOrYesNo": "请按一个按钮，或者输入“是”或“不”。这一步输入号码不算数，这样就不会误操作。",
  "staff.exportDays": "请给出 1 到 90 之间的整数天数，例如 /export 30。",
  "staff.reportDeletedLater":
    "这部手机也连着一个学生的账号，所以上面的报告我会在 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后删掉，你一输入下一个命令也会马上删掉。要保留报告，请用只连着你自己账号的聊天。",
  "staff.exportNotOnSharedPhone":
    "这部手机也连着一个学生的账号，所以我不会把学校的审计文件发到这里，它会一直留在这里。请在只连着你自己账号的聊天里（你自己的手机或电脑）输入 /export，或在机器人的服务器上运行 npm run audit。",
  "staff.onlyStaff": "只有老师和管理员能用这个。如果你是，请先用 /setup 把这个聊天连到你的账号。",
  "staff.ownAccountDisabled":
    "连到这个聊天的账号 {name}（{id}）在学校的目录系统里被停用了，所以老师和管理员的命令在这里用不了。如果这个账号应该能用，请让 IT 重新启用它。",
  "staff.onlyAdmins": "只有管理员能用这个。输入 /help 看看你能用的命令，或者问学校的 IT 团队。",
  "staff.askStudent": "哪个学生？请输入该学生的用户名。",
  "staff.askUnlock":
    "谁的账号或哪个聊天？请输入学生或教职员的用户名，或提醒里写的聊天（例如 telegram:123）。",
  "staff.askPerson": "你想看谁的记录？请输入此人的用户名。",
  "staff.notYourStudent": "你只能帮你班上的学生。",
  "staff.notYourStudentTypeAgain":
    "你只能帮你班上的学生。请检查用户名，再输入一次。管理员可以帮其他班的学生。想停下，请输入 /cancel。",
  // A teacher in no class: no ID can be hers, so she is not asked for one again.
  "staff.noClassesToHelp":
    "我在学校名录里找不到你的班级，所以你现在还不能在这里帮学生。请 IT 管理员把你加进你的班级。在那之前，管理员可以帮这个学生。",
  // A greeting at "Which student?" or "Whose record?": greeted back, and the ID asked again.
  "staff.helloStudent": "你好！👋 请输入此人的用户名。想停下，请输入 /cancel。",
  // "Thank you" at "Which student?", "Whose record?" or "Which class?": the prompt stays open, and follows.
  "staff.welcomeAtPrompt": "不客气！如果已经办完了，请输入 /cancel。",
  // A greeting at /coverage's "Which class?": greeted back, and the question asked again with her classes.
  "staff.helloClass": "你好！👋 请选下面的一个班，或者输入班名。想停下，请输入 /cancel。",
  "staff.oneStudentAtATime": "请一次只帮一个学生：只输入一个用户名。想停下，请输入 /cancel。",
  "staff.nameInYourClasses": "这看起来像名字。你的班里有：{students}。请输入用户名。想停下，请输入 /cancel。",
  "staff.classNotStudent":
    "{class} 是一个班级。请输入一个学生的用户名：/coverage {class} 会显示每个学生的用户名。想停下，请输入 /cancel。",
  "staff.otherClassNotStudent": "{class} 不是你的班。{yours}请输入一个学生的用户名。想停下，请输入 /cancel。",
  "staff.yourClassesShowIds":
    "{count, plural, =1 {你的班是 {classes}：/coverage {classes} 会显示每个学生的用户名。} other {你的班是 {classes}。输入 /coverage 和其中一个班，就能看到每个学生的用户名。}}",
  "staff.yourClassesShowIdsSeeCoverage": "/coverage 会显示你的班和每个学生的用户名。",
  "staff.passwordNotId":
    "请输入该学生的用户名，不是密码：/coverage 会在每个名字旁边显示。如果这是你自己的密码，请尽快更改。想停下，请输入 /cancel。",
  "staff.passwordNotSearched":
    "这看起来像密码，不是学生的用户名，所以我没有查找，也没有保存。请按班级名单（/coverage）输入该学生的用户名。如果这是你自己的密码，请尽快更改。想停下，请输入 /cancel。",
  "staff.passwordNotKept": "这看起来像密码，所以我没有查找，也没有保存。如果这是你自己的密码，请尽快更改。",
  "staff.typeIdNotName":
    "这看起来像名字。请输入该学生的用户名：/coverage 会在每个名字旁边显示。想停下，请输入 /cancel。",
  "staff.idWithPassword":
    "请只输入用户名，不要加上你的密码。为了保护你的密码，我删掉了那条消息。如果需要你的密码，我会单独问你。",
  "staff.idOnly": "请只输入用户名，不要加上你的密码。如果需要你的密码，我会单独问你。",
  "staff.notYourClass": "你只能看自己班的情况。{yours}",
  "staff.notYourClassNamed": "{class} 不是你的班。{yours}",
  "staff.yourClasses":
    "{count, plural, =1 {你的班是 {classes}：输入 /coverage 查看。} other {你的班是 {classes}：输入 /coverage 和其中一个班。}}",
  "staff.yourClassesSeeCoverage": "输入 /coverage 查看。",
  "staff.emptyStudent": "我没有收到文字。",
  "staff.stepUpAskPassword":
    "这部手机也连着一个学生的账号，所以只有 {name} 可以在这里继续。{name}，请先输入你的密码再继续。我看完就会马上删掉你的消息。不是 {name}？请输入 /cancel 返回。",
  "staff.againAskPassword":
    "为了学生的安全，{name}，请先输入你的密码再继续。（{minutes} 分钟没有输入密码，我会再问一次。）我看完就会马上删掉你的消息。想停下，请输入 /cancel。",
  "staff.stepUpWrongPassword": "这不是 {name} 的密码，所以什么都没有做。忘了密码？学校的 IT 团队可以帮你。",
  "staff.stepUpPaused":
    "{name}，在这个聊天里输错密码的次数太多了。{hours, plural, =0 {{minutes} 分钟} other {大约 # 小时}}内，我不会在这个聊天里再问你的密码。什么都没有做。你的账号和你的其他聊天都没有暂停。暂停会自己结束，到时请再输入一次命令。管理员也可以提早解除。",
  "staff.directorySlow":
    "{name}，学校的系统现在很慢，所以我没能检查你的密码。什么都没有做。请等几分钟，然后再输入一次命令。",
  "staff.stepUpPausedSlow":
    "{name}，学校的系统很慢，这个聊天里试密码的次数太多了。{hours, plural, =0 {{minutes} 分钟} other {大约 # 小时}}内，我不会在这个聊天里再问你的密码。什么都没有做。你的账号和你的其他聊天都没有暂停。暂停会自己结束，到时请再输入一次命令。管理员也可以提早解除。",
  "staff.passwordAgainStartAgain":
    "你上次在这里输入密码已经超过 {minutes} 分钟了，所以我停下了你之前开始的事。什么都没有做。请再输入一次命令，我会先请你输入密码。",
  "staff.stepUpStartAgain":
    "这个聊天也连着一个学生的账号，所以我停下了你之前开始的事。什么都没有做。请再输入一次命令，我会先请你输入密码。",
  "staff.resetStopped": "好的，我们停下了，没有做新密码。什么都没有改。",
  "staff.childResetGoesOn": "{name} 正在做新密码，所以我没有停下。想做别的事，请先输入 /cancel。",
  "staff.childSetupGoesOn": "{name} 正在设置秘密问题，所以我没有停下。想做别的事，请先输入 /cancel。",
  "staff.setupSavedFor": "好的，我们停下了。{name} 的秘密问题已经保存好了。",
  "staff.stepUpChatPaused": "这个聊天试了太多次。什么都没有做。请等 {minutes} 分钟，或者问学校的 IT 团队。",
  "staff.noSuchPerson": "找不到这个用户名的人。请检查一下再试。",
  "staff.noSuchPersonTypeAgain": "找不到这个用户名的人。请检查后重新输入。想停下，请输入 /cancel。",
  "staff.noSuchPersonNotName":
    "找不到这个用户名的人。请检查一下再试。这里不按名字查找：请输入这个人的用户名。/coverage 会在每个学生的名字旁边显示用户名。学生看到的说明是：{hint} 想停下，请输入 /cancel。",
  "staff.sharedId":
    "学校的目录系统里有不止一个账号使用用户名 {id}，所以我不会处理它：用这个用户名，在这里谁都不能登录、重设密码或得到帮助。请让 IT 修正目录系统，让只有一个账号使用这个用户名。",
  "staff.staffAccount":
    "{name} 是教职员账号，这些命令只用于学生。教职员的密码（或被锁的教职员账号）由 IT 在学校的目录系统里重设或解锁。",
  "staff.studentGone":
    "我在学校的目录系统里再也找不到 {id}，所以我停下了。什么都没有改。如果 {id} 应该还在，请去问 IT。",
  "staff.studentDisabled":
    "{name} 的账号在学校的目录系统里被停用了，所以我在这里帮不了。如果这个账号应该能用，请让 IT 重新启用它。",
  "staff.studentDisabledForAdmins":
    "{name} 的账号在学校的目录系统里被停用了，所以我在这里帮不了。如果这个账号应该能用，请先在目录系统里重新启用它，然后再试一次。",
  "guided.chooseRoute": "我们来给 {name} 一个新密码。{name} 怎样证明是本人？",
  "guided.chooseRouteChatHere":
    "我们来给 {name} 一个新密码。{name} 的聊天就在这部手机上，所以发到他们聊天的验证码会来到你这里。{name} 可以在这里输入 /reset，用自己的秘密问题做新密码。或者，如果你已经当面确认是 {name}，我现在就可以做一个。",
  "guided.chooseRouteChatHereOnlyInPerson":
    "我们来给 {name} 一个新密码。{name} 的聊天就在这部手机上，所以发到他们聊天的验证码会来到你这里。如果你已经当面确认是 {name}，我现在就可以做一个。",
  "guided.chooseRouteQuestionsPaused":
    "我们来给 {name} 一个新密码。因为错的答案太多，{name} 的秘密问题暂停了大约 {hours} 小时，所以不能在这里回答。{name} 怎样证明是本人？",
  "guided.chooseRouteDevicePaused":
    "我们来给 {name} 一个新密码。这台设备已经核对了一台设备目前能核对的最多答案（这个限制是为了不让任何人无休止地猜答案），所以大约 {minutes} 分钟内 {name} 不能在这里回答秘密问题。当面确认仍然可以。{name} 怎样证明是本人？",
  "guided.chooseRouteDeviceTriesPaused":
    "我们来给 {name} 一个新密码。这台设备上输错的答案或密码太多了，所以它被暂停大约 {minutes} 分钟（这个限制是为了不让任何人猜），这段时间 {name} 不能在这里回答秘密问题。当面确认仍然可以。{name} 怎样证明是本人？",
  "guided.devicePaused":
    "这台设备已经核对了一台设备目前能核对的最多答案（这个限制是为了不让任何人无休止地猜答案），所以大约 {minutes} 分钟内不能在这里检查 {name} 的答案。什么都没有改。当面确认仍然可以：请用 /guided 重新开始，选“我当面确认过了”。",
  "guided.deviceTriesPaused":
    "这台设备上输错的答案或密码太多了，所以它被暂停大约 {minutes} 分钟（这个限制是为了不让任何人猜），这段时间不能在这里检查 {name} 的答案。什么都没有改。当面确认仍然可以：请用 /guided 重新开始，选“我当面确认过了”。",
  "guided.routeCode": "发一个验证码到学生的聊天",
  "guided.routeNoChat": "学生用不了自己的聊天",
  "guided.routeQuestions": "学生在这里回答问题",
  "guided.routeInPerson": "我当面确认过了",
  "guided.chooseRouteCodesUsedUp":
    "我们来帮 {name} 设一个新密码。{name} 在过去一小时内收到的验证码已经达到上限，所以现在不能再发：大约 {minutes} 分钟后可以再发。如果你已经当面确认是 {name}，可以选择“学生用不了自己的聊天”：这会取消链接学生的聊天，我会在这里显示新密码。",
  "guided.codeSent":
    "我把一个 6 位数的验证码发到了 {name} 自己的聊天。请 {name} 念给你听，然后在这里输入。10 分钟内有效。",
  "guided.askCode": "请输入 {name} 念给你的验证码。",
  "guided.codeWrong": "验证码不对。请和 {name} 核对后再输入（还能试 {left} 次）。",
  "guided.codeNotSixDigits": "验证码有 6 位数字。请 {name} 再读一遍，然后输入全部 6 位。",
  // A greeting or thanks at the code prompt (to the child on the phone, or to the bot): no try used, the prompt follows.
  "guided.helloAtCode": "你好！👋 请输入 {name} 念给你的 6 位验证码。想停下，请输入 /cancel。",
  "guided.welcomeAtCode": "不客气！{name} 念出验证码后，请在这里输入。想停下，请输入 /cancel。",
  "guided.codeExpired": "验证码过期了。请用 /guided 重新开始。",
  "guided.codeUsedUp": "错的验证码太多了。请用 /guided 重新开始。",
  "guided.codeStoppedForTeacher":
    "帮 {name} 重设密码的事已经停下了，所以我发到 {name} 聊天里的验证码已经不能用了。如果 {name} 还需要新密码，请用 /guided 重新开始。",
  "guided.codeUnreachable":
    "我联系不到 {name} 的聊天。如果你当面确认过 {name}，请用 /guided 重新开始，选“学生用不了自己的聊天”。",
  "guided.sentToStudent": "完成了！{name} 的新密码已经发到该学生自己的聊天。{name} 登录时必须改密码。",
  "guided.changed":
    "我们处理的时候，{name} 的聊天或答案有了变化，所以我停下了。什么都没有改。请用 /guided 重新开始。",
  "guided.newPasswordByStaffMeanwhile":
    "我们等验证码的时候，{by} 已经给了 {name} 新密码，所以我停下了。没有再改别的，我发的验证码也不能用了。如果 {name} 还需要新密码，请先问问 {by}，再用 /guided 重新开始。",
  "guided.newPasswordMeanwhile":
    "我们等验证码的时候，{name} 已经用自己的秘密问题拿到了新密码，所以我停下了。没有再改别的，我发的验证码也不能用了。如果 {name} 还需要新密码，请用 /guided 重新开始。",
  "guided.newPasswordByStaffWhileConfirming":
    "我们等你确认的时候，{by} 已经给了 {name} 新密码，所以我停下了。没有再改别的。如果 {name} 还需要新密码，请先问问 {by}，再用 /guided 重新开始。",
  "guided.newPasswordWhileConfirming":
    "我们等你确认的时候，{name} 已经用自己的秘密问题拿到了新密码，所以我停下了。没有再改别的。如果 {name} 还需要新密码，请用 /guided 重新开始。",
  "guided.questionsStopped":
    "给 {name} 的引导重设已经停下了，什么都没有改。如果 {name} 还需要新密码，请用 /guided 重新开始。",
  "guided.madeRefused":
    "学校的系统不接受我为 {name} 做的密码。这不是你的错。请用 /guided 重新开始，我会做一个不一样的。",
  "guided.tooRecent":
    "学校的系统说 {name} 的密码刚刚改过，所以现在还不能换新的，{name} 的密码没有改。请过一段时间再用 /guided 试一次（要等多久由学校的系统决定，通常是一天）。如果 {name} 现在就需要，学校的电脑组可以在学校的系统里设一个。",
  "guided.busy": "{name} 的密码现在正在别的地方修改。请等一分钟，再试 /guided。",
  "guided.askAnswer":
    "给 {name} 的第 {number} 个问题（共 3 个）：\n{question}\n请 {name} 输入答案。我会马上删掉它。",
  "guided.sameAnswerAgain":
    "{name} 已经在第 {earlier} 个问题里给过这个答案了。每个问题的答案都不一样。请 {name} 输入下面这个问题的答案。我没有检查，也没有算作一次错误。",
  "guided.notRemembered":
    "{name} 记不起这个答案？我没有检查，也没有算作一次错误。{name} 可以再试，或者输入 /cancel，再用 /guided 重新开始，选“我当面确认过了”。",
  "guided.answersWrong": "答案对不上。如果你当面确认过 {name}，请用 /guided 重新开始，选“我当面确认过了”。",
  "guided.answersWrongPaused":
    "答案对不上。{name} 错的答案太多了，所以回答问题暂停大约 {hours} 小时。当面确认仍然可以：请用 /guided 重新开始，选“我当面确认过了”。",
  "guided.answersNotCheckable":
    "{name} 的答案没法检查：保存的答案和服务器上机器人的设置对不上（已通知 IT 管理员）。什么都没有改，也没有计入次数。当面确认仍然可以：请用 /guided 重新开始，选“我当面确认过了”。",
  "guided.confirmInPerson": "请确认你已经当面确认过这是 {name}。然后我会显示一次新密码。",
  "guided.confirmUnlink": "请确认你已经当面确认过这是 {name}。学生的聊天会被断开，我会在这里显示一次新密码。",
  "guided.confirmYes": "是的，我确认过了",
  "guided.maybeSet":
    "学校的系统没有及时回应，所以 {name} 的新密码可能没有存好。如果不能用，请晚一点用 /guided 重新开始。",
  "guided.shown":
    "{name} 的新密码是：\n\n{password}\n\n现在给 {name} 看。这条消息 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后会消失。{name} 登录时必须改密码。",
  "guided.codeForStudent":
    "{name}，{teacher} 老师正在帮你拿新密码。请把这个验证码告诉老师：{code}\n10 分钟内有效。如果你没有请人帮忙，不要把验证码告诉任何人，并告诉一个大人。",
  "guided.codeTypedBackForStudent": "这是我发给你的验证码吗？不用在这里输入。请把它念给正在帮你的大人听。",
  "guided.codeStoppedForStudent":
    "{name}，老师先停下了，现在不帮你拿新密码了。我发给你的验证码已经不能用了。如果你还需要新密码，请去找老师。",
  "guided.codeFromAdminForStudent":
    "{name}，学校电脑组的 {admin} 正在帮你拿新密码。请把这个验证码告诉 {admin}：{code}\n10 分钟内有效。如果你没有请人帮忙，不要把验证码告诉任何人，并告诉一个大人。",
  "guided.codeStoppedByAdminForStudent":
    "{name}，学校电脑组先停下了，现在不帮你拿新密码了。我发给你的验证码已经不能用了。如果你还需要新密码，请去找老师。",
  "guided.passwordForStudent":
    "{name}，这是你的新密码：\n\n{password}\n\n现在就把它写下来：这条消息 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后会消失。登录时，电脑会让你再选一个新密码。",
  "common.cancel": "取消",
  "unlock.done": "完成了！{name} 又可以自己重设密码了。",
  "unlock.doneNotSetUp":
    "完成了，{name} 不再被暂停。该学生还没有设置秘密问题，所以还不能自己重设密码。请让该学生在自己的聊天里输入 /setup。在那之前，如果该学生需要新密码，你可以用 /guided 帮忙。",
  "unlock.doneNoChat":
    "完成了，{name} 不再被暂停。该学生的秘密问题已经设置好，但账号没有连接聊天，要先用 /setup 连接一个聊天，才能自己重设密码。",
  "unlock.chatDone": "好了：聊天 {chat} 现在没有暂停，它的答案检查和失败的尝试从零重新计算。",
  "unlock.chatCountsCleared":
    "聊天 {chat} 没有被暂停。我已把它的计数清零，它的答案检查和失败尝试都从零重新开始。",
  "unlock.chatNotPaused":
    "聊天 {chat} 没有被暂停，所以没有什么要解除的。请按提醒或 /audit 给出的名字检查这个聊天（例如 telegram:201）。",
  "unlock.setupFirstNoChat":
    "该学生的秘密问题已经设置好，但账号没有连接聊天，要先用 /setup 连接一个聊天，才能自己重设密码。",
  "unlock.setupFirstNotSetUp":
    "该学生还没有设置秘密问题，所以还不能自己重设密码。请让该学生在自己的聊天里输入 /setup。在那之前，如果该学生需要新密码，你可以用 /guided 帮忙。",
  "audit.chatNoEvents": "无",
  "audit.chatNotListed":
    "{dates} 的记录已满：那几天有些尝试只计数，没有列出，这个聊天的尝试可能也在其中。/audit 用户名 会计算关于某人的每一次尝试。",
  "unlock.chatStillPaused":
    "不过 {name} 的聊天（{chat}）因为试了太多次，被暂停大约 {minutes} 分钟，所以要等到那之后才能在那里用 /reset。管理员可以用 /unlock {chat} 提早解除。如果 {name} 现在就需要新密码，请用 /guided。",
  "unlock.chatStillPausedSetup":
    "不过 {name} 的聊天（{chat}）因为试了太多次，被暂停大约 {minutes} 分钟，所以要等到那之后才能在那里用 /setup。管理员可以用 /unlock {chat} 提早解除。",
  "unlock.chatStillPausedAskAdmin":
    "不过 {name} 的聊天因为试了太多次，被暂停大约 {minutes} 分钟，所以要等到那之后才能在那里用 /reset。管理员可以提早解除这个暂停。如果 {name} 现在就需要新密码，请用 /guided。",
  "unlock.chatStillPausedSetupAskAdmin":
    "不过 {name} 的聊天因为试了太多次，被暂停大约 {minutes} 分钟，所以要等到那之后才能在那里用 /setup。管理员可以提早解除这个暂停。",
  "unlock.chatOnlyAdmins":
    "只有管理员可以解除聊天的暂停。暂停会自己结束；在这期间，当面确认的引导重设仍然可以。",
  "unlock.chatOwn":
    "你不能解除你正在用的聊天的暂停：其他管理员可以在他们自己的聊天里用 /unlock {chat} 解除。暂停也会自己结束。",
  "unlock.chatOwnNotPaused": "你正在用的聊天（{chat}）没有被暂停，所以没有什么要解除的。",
  "unlock.lockLifted":
    "{name} 没有被暂停，但学校的系统因为密码输错太多次，锁住了该学生的账号。我已经解锁，该学生可以再登录了。我也告诉了 IT 管理员，以防有人在猜这个密码。",
  "unlock.alsoLockLifted":
    "学校的系统也因为密码输错太多次，锁住了该学生的账号。我已经解锁，也告诉了 IT 管理员，以防有人在猜这个密码。",
  "unlock.setupPauseLifted":
    "{name} 没有被暂停，账号也没有被锁，但因为密码输错太多次，{name} 的设置被暂停了。我已经解除这个暂停，{name} 现在可以再用 /setup 了。如果那些密码不是 {name} 输的，可能有别人在猜 {name} 的密码。",
  "unlock.setupPauseLiftedChatPaused":
    "{name} 没有被暂停，账号也没有被锁，但因为密码输错太多次，{name} 的设置被暂停了。我已经解除这个暂停。如果那些密码不是 {name} 输的，可能有别人在猜 {name} 的密码。",
  "unlock.setupPauseAdminOnly":
    "在过去 {hours} 小时内，你已经解除过一次 {name} 的设置暂停，所以这次我没有再解除。可能有人在猜 {name} 的密码。请找 IT 管理员检查，如果应该解除，请管理员来解除。这个暂停也会在 {minutes} 分钟后自己结束。",
  "unlock.lockAdminOnly":
    "在过去 {hours} 小时内，你已经解锁过一次 {name} 的账号，现在学校的系统因为密码输错太多次又锁住了它，所以这次我没有解锁。可能有人在猜 {name} 的密码。请找 IT 管理员检查，如果应该解锁，请管理员来解锁。如果 {name} 现在就要登录，你可以用 /guided 给该学生一个新密码。",
  "unlock.alsoSetupPauseLifted":
    "因为密码输错太多次，{name} 的设置也被暂停了。我已经解除这个暂停，{name} 现在可以再用 /setup 了。",
  "unlock.alsoSetupPauseLiftedChatPaused":
    "因为密码输错太多次，{name} 的设置也被暂停了。我已经解除这个暂停。",
  "unlock.failuresClearedChatPaused": "{name} 没有被暂停，账号也没有被锁。我已清除 {count} 次错误尝试。",
  "unlock.failuresCleared":
    "{name} 没有被暂停，账号也没有被锁。我已清除 {count} 次错误尝试，{name} 又有全部的尝试次数了。",
  "unlock.staffPauseLifted":
    "因为 {name} 的用户名被输错密码太多次，{name} 的密码在这个机器人里被暂停了。我已经解除这个暂停，{name} 现在可以再在这里输入密码了。如果那些密码不是 {name} 输的，可能有别人在猜 {name} 的密码。",
  "unlock.staffNothingToLift":
    "{name} 的密码在这个机器人里没有被暂停，所以没有需要解除的。{name} 是教职员账号：教职员的密码（或被锁的教职员账号）由 IT 在学校的目录系统里重设或解锁。",
  "unlock.nothingToLift": "{name} 没有被暂停，账号也没有被锁，所以没有需要解锁的。",
  "clear.confirm": "这会删掉 {name} 的秘密答案，该学生要重新设置问题。要继续吗？",
  "clear.yes": "是的，删掉",
  "clear.sameId": "这已经是关于 {name} 的了。点“是的，删掉”继续，或点“取消”停下。",
  "clear.otherId":
    "这是关于 {name} 的。要处理另一位学生，请点“取消”，再输入 /clearanswers 和该学生的用户名。",
  "clear.done": "完成了。{name} 要先重新设置秘密问题，才能自己重设密码。",
  "clear.nothing":
    "{name} 还没有设置问题，所以没有要删的。请让该学生在自己的聊天里输入 /setup。在那之前，如果该学生需要新密码，你可以用 /guided 帮忙。",
  "clear.changedMeanwhile":
    "我们等你确认的时候，{name} 改了自己的秘密答案，所以我没有删掉新的答案。什么都没有改。如果还需要删掉，请再输入 /clearanswers 和 {name} 的用户名。",
  "coverage.askClass": "哪个班？",
  "coverage.noClasses": "我找不到你的班级。请 IT 管理员检查班级群组。",
  "coverage.noSuchClass": "我找不到这个班。{classes}",
  "staff.noSuchClass": "学校名录里没有 {class} 这个班。{classes}",
  "staff.classesAre": "现有的班级：{classes}。",
  "staff.classesSeeStats": "输入 /stats 查看所有班级。",
  "coverage.studentNameNotClass":
    "{name} 是一个学生。/coverage 显示一个班级：请输入 /coverage {class}。要帮 {name}，请输入 /guided {id} 或 /unlock {id}。",
  "coverage.studentNotClass":
    "{id} 是一个学生的用户名。/coverage 显示一个班级：请输入 /coverage {class}。要帮 {name}，请输入 /guided {id} 或 /unlock {id}。",
  "coverage.report":
    "{class} 班：{total} 个学生，{setUp} 个已设置。\n还没设置：\n{missing}\n被暂停：\n{suspended}{paused}{disabled}{shared}",
  "coverage.reportNoChat":
    "{class} 班：{total} 个学生，{setUp} 个已设置。\n还没设置：\n{missing}\n已设置，但没有连接聊天（要先再用 /setup 连接，才能自己重设密码）：\n{noChat}\n被暂停：\n{suspended}{paused}{disabled}{shared}",
  "coverage.suspendedHint":
    "要帮助被暂停的学生：/unlock 加上用户名，可以让他们再自己重设（请先确认是他们本人）；或者 /guided 加上用户名，马上给他们一个新密码。",
  // Students whose set-up is paused after wrong passwords (typos on the first day of term); only when any.
  "coverage.setupPaused":
    "因为密码错太多次，设置被暂停了：\n{list}\n如果是他们本人，/unlock 加上用户名，可以让他们现在再用 /setup。",
  "coverage.disabled": "在学校的目录系统里被停用（IT 可以重新启用）：\n{list}",
  "coverage.shared":
    "学校的目录系统里有不止一个账号使用这些用户名，所以用这些用户名，在这里谁都不能设置、重设密码或得到帮助。请让 IT 修正目录系统，让每个用户名只有一个账号使用：\n{list}",
  "audit.whoStudent": "{name}（{id}），{classes} 的学生；{chat}。",
  "audit.whoTeacher": "{name}（{id}），{classes} 的老师；{chat}。",
  "audit.whoAdmin": "{name}（{id}），管理员；{chat}。",
  "audit.chatLinkedNow": "现在连着的聊天：{chat}",
  "audit.noChatNow": "现在没有连着聊天",
  "audit.noClass": "没有班级",
  "audit.report": "关于 {id} 的最近记录：\n{events}",
  "audit.noneAboutOrBy": "还没有关于 {id} 或由 {id} 操作的记录。",
  "audit.passwordNotKept":
    "这看起来像密码，所以我没有查找，也没有保存。如果这是你自己的密码，请尽快更改。如果这是某人的用户名，目前还没有关于这个人的记录。",
  "audit.onePersonAtATime": "请一次只查一个人：输入 /audit 和一个用户名。",
  "audit.typeIdNotName":
    "这看起来像名字。请输入 /audit 和这个人的用户名：/coverage 会在每个学生的名字旁边显示用户名。",
  "audit.nobodyWithId":
    "学校名录里没有用户名为 {id} 的人，也没有关于它或由它操作的记录。请检查用户名，再输入 /audit 和用户名。",
  "audit.onePersonTypeAgain": "请一次只查一个人：只输入一个用户名。想停下，请输入 /cancel。",
  "audit.typeIdNotNameTypeAgain":
    "这看起来像名字。请输入这个人的用户名：/coverage 会在每个学生的名字旁边显示用户名。想停下，请输入 /cancel。",
  "audit.nobodyWithIdTypeAgain":
    "学校名录里没有用户名为 {id} 的人，也没有关于它或由它操作的记录。请检查用户名，再输入一次。想停下，请输入 /cancel。",
  "audit.nobodyWithIdNotName":
    "学校名录里没有用户名为 {id} 的人，也没有关于它或由它操作的记录。这里不按名字查找：请输入 /audit 和这个人的用户名。/coverage 会在每个学生的名字旁边显示用户名。学生看到的说明是：{hint}",
  "audit.nobodyWithIdNotNameTypeAgain":
    "学校名录里没有用户名为 {id} 的人，也没有关于它或由它操作的记录。这里不按名字查找：请输入这个人的用户名。/coverage 会在每个学生的名字旁边显示用户名。学生看到的说明是：{hint} 想停下，请输入 /cancel。",
  "audit.line": "{when} UTC  {event}：{outcome}（{channel}，操作者 {actor}）",
  "audit.chatReport":
    "聊天 {chat}\n关联的人：{linked}\n目前暂停：{paused}\n最近 7 天关于这个聊天的记录：\n{events}",
  "audit.chatPausedChecks": "答案检查，到 {until} UTC",
  "audit.chatPausedFailures": "失败的尝试，到 {until} UTC",
  "audit.chatLiftHint": "管理员可以在另一个聊天里用 /unlock {chat} 解除。",
  "audit.chatNotPaused": "没有",
  "audit.chatLine": "{when} UTC  {event}：{outcome}（关于 {subject}，操作者 {actor}）",
  "audit.classHint":
    "{class} 是一个班级。要看一个学生的记录，请输入 /audit 和这个学生的用户名：/coverage {class} 会显示每个学生的用户名。",
  "audit.classReport": "最近 7 天关于 {class} 班的记录：\n{events}",
  "audit.noClassNamedTypeAgain":
    "我找不到这个班。{classes}请输入一个用户名或一个班。想停下，请输入 /cancel。",
  "audit.noSuchClassTypeAgain":
    "学校名录里没有 {class} 这个班。{classes}请输入一个用户名或一个班。想停下，请输入 /cancel。",
  "audit.classesUnreadTypeAgain":
    "学校的系统没有回应，所以现在查不了班级。请过几分钟再试。请输入一个用户名或一个班。想停下，请输入 /cancel。",
  "audit.nobodyNoClass":
    "学校名录里没有用户名为 {id} 的人，也没有 {class} 这个班。{classes}请输入 /audit 和一个用户名或一个班。",
  "audit.nobodyNoClassTypeAgain":
    "学校名录里没有用户名为 {id} 的人，也没有 {class} 这个班。{classes}请输入一个用户名或一个班。想停下，请输入 /cancel。",
  "audit.classNotListed":
    "{dates} 的记录已满：那几天有些尝试只计数，没有列出，关于这个班的尝试可能也在其中。",
  "audit.attempts": "尝试（按天）：",
  "audit.attemptLineBy": "{day}  {event}：{outcome} × {count} – 操作者 {who}",
  "audit.attemptLineWhoUnknown": "{day}  {event}：{outcome} × {count} – 没有记录是谁",
  "audit.whoOthers": "其他人",
  "audit.whoNotRecorded": "未记录",
  "audit.byHeading": "{id} 最近做的操作（来自全校记录）：",
  "audit.byAttemptsHeading": "{id} 的尝试：",
  "audit.lineBy": "{when} UTC  {event}：{outcome}（{channel}，关于 {subject}）",
  "audit.subjectUnknownId": "一个没有人用的用户名",
  "audit.lineByAboutNobody": "{when} UTC  {event}：{outcome}（{channel}）",
  "audit.earlier": "……还有更早的 {count} 条（/export 里都有）",
  "audit.attemptsEarlier":
    "……还有更早 {count} 天的尝试，最早到 {since}。在服务器上运行 {command} 可以列出有记录的尝试。",
  "audit.event.link": "连接聊天",
  "audit.event.relink": "连接换到这个聊天",
  "audit.event.unlink": "断开聊天",
  "audit.event.enrol": "设置秘密问题",
  "audit.event.reset-verify": "检查秘密答案",
  "audit.event.reset": "重设密码",
  "audit.event.reset-suspended": "暂停自助重设",
  "audit.event.reset-capped": "重设次数上限",
  "audit.event.staff-question-reset": "用问题重设教职员账号",
  "audit.event.chat-throttled": "暂停聊天",
  "audit.event.password-set": "设置新密码",
  "audit.event.staff-refused": "教职员的命令",
  "audit.event.guided-reset": "引导重设",
  "audit.event.code-sent": "发送引导重设的验证码",
  "audit.event.code-stopped": "引导重设的验证码停用",
  "audit.event.unlock": "解锁",
  "audit.event.answers-cleared": "删除秘密答案",
  "audit.event.link-paused": "暂停设置",
  "audit.event.audit-exported": "导出审计记录",
  "audit.event.reset-interrupted": "重设中途停止",
  "audit.outcome.ok": "完成",
  "audit.outcome.failed": "失败",
  "audit.outcome.refused": "拒绝",
  "audit.outcome.info": "记录",
  "audit.reason.generatedPassword": "系统生成的密码",
  "audit.reason.ownPassword": "自己选的密码",
  "audit.reason.answersWrong": "答案不对",
  "audit.reason.answersRightAccountChanged": "答案对了，但重设期间账户有变动（老师帮忙、新连接或答案被清除）",
  "audit.reason.answersRightSuspended": "答案对了，但重设期间已被暂停",
  "audit.reason.wrongIdOrPassword": "用户名或密码不对",
  "audit.reason.practiceReminder": "练习提醒",
  "audit.reason.chatLost": "引导重设：聊天已断开",
  "audit.reason.directoryDown": "目录系统没有回应",
  "audit.reason.notDelivered": "密码已设置但没有送达",
  "audit.reason.notShown": "密码已设置，但没有显示给学生",
  "audit.reason.wrongCodes": "一次性验证码不对",
  "audit.reason.newerVersion": "答案是较新版本的机器人保存的",
  "audit.reason.pepperUnknown": "答案没有检查：保存答案时用的密钥没有配置",
  "audit.reason.linkChanged": "设置期间连接变了",
  "audit.reason.changedAfterPractice": "练习后改了一个答案",
  "audit.reason.chatFull": "这个聊天连接的人数已满",
  "audit.reason.trustedEmail": "可信的工作区电子邮件",
  "audit.reason.alreadyLinkedHere": "已经连接到这个聊天",
  "audit.reason.chatFailures": "这个聊天失败次数太多",
  "audit.reason.chatAnswerChecks": "这个聊天检查答案次数太多",
  "audit.reason.chatIdLookups": "这个聊天查找用户名次数太多",
  "audit.reason.chatPauseLifted": "解除了聊天暂停",
  "audit.reason.chatNotPaused": "聊天没有暂停（计数已清零）",
  "audit.reason.chatNothingToLift": "聊天没有暂停，也没有计数",
  "audit.reason.unlockOwnChat": "解除正在使用的聊天的暂停",
  "audit.reason.stepUpRefused": "在和学生共用的聊天里输错了教职员密码",
  "audit.reason.staffAgainRefused": "在教职员自己的聊天里再次询问时输错了教职员密码",
  "audit.reason.unknownId": "用假问题检查：未知的用户名",
  "audit.reason.staffId": "用假问题检查：教职员用户名",
  "audit.reason.notSetUp": "用假问题检查：还没设置",
  "audit.reason.otherChat": "用假问题检查：不是已连接的聊天",
  "audit.reason.questionMissing": "用假问题检查：缺少一个问题",
  "audit.reason.suspended": "已暂停",
  "audit.reason.capped": "已达重设上限",
  "audit.reason.guidedMeanwhile": "期间老师或管理员的引导重设给了新密码",
  "audit.reason.accountGoneMeanwhile": "期间账号在学校的目录系统里被删除或停用了",
  "audit.reason.changed": "账号或聊天在期间变了",
  "audit.reason.answersChangedMeanwhile": "答案在期间变了",
  "audit.reason.busy": "另一个重设正在进行",
  "audit.reason.tooShort": "目录系统拒绝了密码：太短",
  "audit.reason.tooSimple": "目录系统拒绝了密码：太简单",
  "audit.reason.usedBefore": "目录系统拒绝了密码：以前用过",
  "audit.reason.tooRecent": "目录系统拒绝了密码：改得太近",
  "audit.reason.rejectedOther": "目录系统拒绝了密码",
  "audit.reason.routeCode": "一次性验证码",
  "audit.reason.routeQuestions": "秘密问题",
  "audit.reason.routeInPerson": "当面",
  "audit.reason.routeInPersonUnlinked": "当面，聊天已断开",
  "audit.reason.questionsNotOffered": "引导重设时未提供的秘密问题",
  "audit.reason.suspensionLifted": "已取消暂停",
  "audit.reason.notSuspended": "没有被暂停",
  "audit.reason.failuresCleared": "已清除失败的尝试",
  "audit.reason.setupPauseLifted": "解除了设置暂停",
  "audit.reason.setupPauseLiftedAlready": "没有解除设置暂停：已经解除过一次",
  "audit.reason.lockLiftedAlready": "没有解除目录锁定：已经解除过一次",
  "audit.reason.andSetupPauseLifted": "{what}；解除了设置暂停",
  "audit.reason.staffPasswordPauseLifted": "解除了教职员密码暂停",
  "audit.reason.andStaffPasswordPauseLifted": "{what}；解除了教职员密码暂停",
  "audit.reason.staffNoQuestions": "教职员账号不能用秘密问题重设",
  "audit.reason.maybeSet": "{route}；密码可能已设置：目录系统没有回应",
  "audit.reason.interrupted": "中途停止：{why}",
  "audit.reason.command": "命令 /{command}",
  "audit.reason.nameLookup": "在 /{command} 输入了姓名而不是用户名：其班级中有 {count} 名学生符合",
  "audit.reason.suspensionAndLockLifted": "已取消暂停，并解除了目录的锁",
  "audit.reason.lockLifted": "已解除目录的锁",
  "audit.reason.failedTries": "失败 {count} 次",
  "audit.reason.wrongPasswords": "密码错误 {count} 次",
  "audit.reason.resetsInWindow": "期限内重设 {count} 次",
  "audit.reason.exported": "{days} 天：{count} 条记录",
  "audit.reason.wasOn": "原来在 {channel}",
  "audit.reason.wasChat": "从 {chat} 换过来",
  "audit.reason.codeSentTo": "发到学生的 {channel} 聊天",
  "audit.reason.codeStoppedBy": "被命令 /{command} 停止",
  "audit.reason.codeRanOut": "验证码还没用就过期了",
  "audit.reason.codeLifetime": "对话到了时间上限",
  "audit.reason.codeSenderNotStaff": "发送人的聊天已不再属于老师或管理员",
  "audit.reason.codeEnded": "还没用就停止了",
  "stats.report":
    "各班的设置情况：\n{classes}\n\n最近 7 天：自己重设 {resets} 次，引导重设 {guided} 次，暂停 {suspensions} 次。{note}",
  "stats.lowerBound":
    "这些数字可能偏少一点：{day} 的记录已满，那天只计数的事件没有算进来，因为其中有些可能早于最近 7 天。",
  "report.nobody": "没有",
  "report.classLine": "{class}：{total} 人中 {setUp} 人已设置",
  "report.classLineDisabled": "{class}：{total} 人中 {setUp} 人已设置，{disabled} 人在学校的目录系统里被停用",
  "report.classLineNoChat":
    "{class}：{total} 人中 {setUp} 人已设置，其中 {noChat} 人没有连接聊天（要再用 /setup）",
  "report.classLineNoChatDisabled":
    "{class}：{total} 人中 {setUp} 人已设置，其中 {noChat} 人没有连接聊天（要再用 /setup），{disabled} 人在学校的目录系统里被停用",
  "report.directorySizeLimit":
    "学校的目录系统在它的条目数量上限处停止了名单，所以我无法显示这份报告。目录系统本身运作正常：学生仍然可以重设密码。请让 IT 提高机器人目录账号（LDAP_BIND_DN）的条目数量上限；做法见 docs/directory.md。",
  "report.classShared":
    "；{count} 个用户名在学校的目录系统里有不止一个账号使用，所以我帮不了他们（请让 IT 修正目录系统）：{ids}",

  "command.start": "重新开始",
  "command.setup": "设置我的 3 个秘密问题",
  "command.reset": "我忘了密码",
  "command.cancel": "停下现在做的事",
  "command.help": "你能做什么？",
  "command.logout": "让这个聊天不再连着我的账号",
  "command.language": "选择语言",

  // Telegram's own: an edit it would not delete just then (the bot tries again), and one it could not delete
  // (older than 48 hours).
  "telegram.editedRemovingSoon": "我看不懂改过的消息，所以很快会把它删掉。请发一条新消息。",
  "telegram.staffEditedRemovingSoon": "我看不懂改过的消息，所以很快会把它删掉。请发一条新消息。",
  "telegram.editedNotRemoved":
    "我看不懂改过的消息。请发一条新消息。如果你改过的消息里有密码，请你自己删掉它：按住它，再点“删除”。",
  "telegram.staffEditedNotRemoved":
    "我看不懂改过的消息。请发一条新消息。如果你改过的消息里有密码，请你自己删掉它：按住它，再点“删除”。",
  // Telegram only: a protected message before its secret is put in.
  "telegram.secretComing": "请稍等…",

  // Slack only: modal titles and buttons (at most 24 characters), the Home tab.
  "slack.modalTitle": "密码小帮手",
  "slack.send": "发送",
  "slack.cancel": "取消",
  "slack.done": "完成",
  "slack.inputLabel": "在这里输入",
  "slack.typePrivately": "私下输入",
  "slack.pleaseWait": "请等一下，我正在处理…",
  "slack.seeMessages": "这里完成了。我在我们的消息里回答了你。你可以关掉这个框。",
  "slack.staffSeeMessages": "这里完成了。我在我们的消息里回答了你。你可以关掉这个框。",
  "slack.protectedInChat":
    "我给你做了一个新密码，但不能放在聊天消息里，因为它会一直留着。请班主任帮你拿到它。",
  "slack.staffProtectedInChat":
    "我做了一个新密码，但不能放在聊天消息里，因为它会一直留着。请用 /guided 重新开始，再做一个，或者找学校的 IT 团队。",
  "slack.secretOnHome":
    "我在这个应用的“主页”里放了只有你能看的东西。现在就打开“主页”：大约 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后它会消失。",
  "slack.staffSecretOnHome":
    "我在这个应用的“主页”里放了只有你能看的东西。现在就打开“主页”：大约 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后它会消失。",
  "slack.openHomeLink": "打开“主页”",
  "slack.secretOnHomeNote":
    "只有你能看到这个。大约 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后它会从这里消失。",
  "slack.staffSecretOnHomeNote":
    "只有你能看到这个。大约 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后它会从这里消失。",
  "slack.hideSecret": "好了，藏起来",
  "slack.homeTitle": "学校密码小帮手",
  "slack.homeLinked": "这个 Slack 账号连着你的学校账号 {id}。",
  "slack.staffHomeLinked": "这个 Slack 账号连着你的学校账号 {id}。",
  "slack.homeNotLinked": "这个 Slack 账号还没有连到你的学校账号。按第一个按钮开始。",
  "slack.homeSetUp": "你的 3 个秘密问题设置好了。🎉",
  "slack.homeNotSetUp": "你的秘密问题还没有设置。",
  "slack.homeDmHint": "你也可以在“消息”里给我发消息，或者输入 /sspr help。",
  "slack.staffHomeDmHint": "你也可以在“消息”里给我发消息，或者输入 /sspr help。",
  "slack.setupAskPassword": "现在请输入你的密码。你在框里输入的内容，别人看不到。",
  "slack.practiceAsk":
    "练习，第 {number} 个问题（共 3 个）：\n{question}\n请输入你的答案。你在框里输入的内容，别人看不到。",
  "slack.practiceFix":
    "{question}\n你的答案和之前的不一样。请输入你想保留的答案。你在框里输入的内容，别人看不到。或者按“保留原来的答案”。",
  "slack.practiceFixBox":
    "{question}\n你的答案和之前的不一样。请输入你想保留的答案。你在框里输入的内容，别人看不到。",
  "slack.setupAskAnswer": "{question}\n请输入你的答案。选一个你记得住的。你在框里输入的内容，别人看不到。",
  "slack.resetAskAnswer":
    "第 {number} 个问题（共 3 个）：\n{question}\n请输入你的答案。你在框里输入的内容，别人看不到。",
  "slack.resetAskNewPassword":
    "请输入你的新密码。至少要有 {min} 个字母、数字或符号。你在框里输入的内容，别人看不到。",
  "slack.resetGeneratedBox":
    "你的新密码是：\n\n{password}\n\n现在就把它写下来。这个框会一直开着，直到你关掉它，所以写好后请关掉它。\n登录时，电脑会让你再选一个新密码。",
  "slack.privateOnly": "请私下给我发消息。我不能在频道里帮你。",
  "slack.staffGuidedAskAnswer":
    "给 {name} 的第 {number} 个问题（共 3 个）：\n{question}\n请 {name} 在框里输入答案。答案不会出现在任何聊天里。",
  "slack.staffReportOnSharedPhone":
    "这个 Slack 账号也连着一个学生的账号，所以我把报告放在你的“主页”标签里，没有发在这个聊天里。它大约 {minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后会消失。要保留报告，请用只连着你自己账号的 Slack 账号。",
  "slack.staffStepUpAskPassword":
    "这个聊天也连着一个学生的账号，所以只有 {name} 可以在这里继续。{name}，请先输入你的密码再继续。你在框里输入的内容，别人看不到。不是 {name}？请输入 /cancel 返回。",
  "slack.staffAgainAskPassword":
    "为了学生的安全，{name}，请先输入你的密码再继续。（{minutes} 分钟没有输入密码，我会再问一次。）你在框里输入的内容，别人看不到。",
  "slack.staffGuidedShownBox":
    "{name} 的新密码是：\n\n{password}\n\n现在给 {name} 看。这个框会一直开着，直到你关掉它，所以 {name} 记下后请关掉它。{name} 登录时必须改密码。",
  "slack.formExpiredBox": "那个框太旧了，所以我没有用你在里面打的字。请用这个框。",
  "slack.staffFormExpiredBox": "那个框太旧了，所以我没有用你在里面打的字。请用这个框。",
  "slack.buttonExpiredBox": "那个按钮太旧了。请用这个框。",
  "slack.staffButtonExpiredBox": "那个按钮太旧了。请用这个框。",
  "slack.deleteYourMessage":
    "你刚才发的可能是秘密，比如密码。它会留在我们的聊天里，我删不掉它。请你自己删掉它：在电脑上，把鼠标移到它上面，点 ⋮，再点“删除消息”；在手机上，按住它，再点“删除消息”。如果删不掉，请告诉老师。",
  "slack.staffDeleteYourMessage":
    "你刚才发的可能是秘密，比如密码。它会留在我们的聊天里，我删不掉它。请你自己删掉它：在电脑上，把鼠标移到它上面，点 ⋮，再点“删除消息”；在手机上，按住它，再点“删除消息”。如果删不掉，请找学校的 IT 团队。",
  "slack.deleteYourEdit":
    "你改过的消息里可能有秘密，比如密码。它会留在我们的聊天里，我删不掉它。请你自己删掉它：在电脑上，把鼠标移到它上面，点 ⋮，再点“删除消息”；在手机上，按住它，再点“删除消息”。如果删不掉，请告诉老师。",
  "slack.staffDeleteYourEdit":
    "你改过的消息里可能有秘密，比如密码。它会留在我们的聊天里，我删不掉它。请你自己删掉它：在电脑上，把鼠标移到它上面，点 ⋮，再点“删除消息”；在手机上，按住它，再点“删除消息”。如果删不掉，请找学校的 IT 团队。",
  "slack.useSecureFormDelete":
    "请不要在这里输入，因为它会留在聊天里。我删不掉它，请你自己删掉：在电脑上，把鼠标移到它上面，点 ⋮，再点“删除消息”；在手机上，按住它，再点“删除消息”。如果删不掉，请告诉老师。然后请按按钮，在私密的框里输入。",
  "slack.staffUseSecureFormDelete":
    "请不要在这里输入，因为它会留在聊天里。我删不掉它，请你自己删掉：在电脑上，把鼠标移到它上面，点 ⋮，再点“删除消息”；在手机上，按住它，再点“删除消息”。如果删不掉，请找学校的 IT 团队。然后请按按钮，在私密的框里输入。",
  "slack.secretAfterCommand":
    "你在 /sspr 后面输入的可能是秘密，比如密码。它不会显示在我们的聊天里，所以不用删。但是秘密只能在私密的框里输入。",
  "slack.staffSecretAfterCommand":
    "你在 /sspr 后面输入的可能是秘密，比如密码。它不会显示在我们的聊天里，所以不用删。但是秘密只能在私密的框里输入。",
  "slack.useSecureFormCommand":
    "请不要在 /sspr 后面输入它。它不会显示在我们的聊天里，所以不用删。请在私密的框里输入。",
  "slack.staffUseSecureFormCommand":
    "请不要在 /sspr 后面输入它。它不会显示在我们的聊天里，所以不用删。请在私密的框里输入。",
  // An edit of a DM message at a secret step (src/bots/slack/edited-message.ts): never read as the answer.
  "slack.editNotRead": "我只看新消息，不看改过的消息。请在私密的框里再输入一次：按下面的按钮。",
  "slack.staffEditNotRead": "我只看新消息，不看改过的消息。请在私密的框里再输入一次：按下面的按钮。",

  // The terminal channel.
  "console.hiddenPrompt": "（隐藏）",
  "console.likePassword": "那看起来像密码。",
  "console.maybeSecret": "那是你的密码或秘密答案吗？不要告诉别人。",
  "console.staffMaybeSecret": "那是你的密码或秘密答案吗？不要告诉别人。",
  "console.setupAskPassword": "现在请输入你的密码。你输入的内容不会显示在屏幕上。",
  "console.practiceAsk":
    "练习，第 {number} 个问题（共 3 个）：\n{question}\n请输入你的答案。你输入的内容不会显示在屏幕上。",
  "console.setupAskAnswer": "{question}\n请输入你的答案。选一个你记得住的。你输入的内容不会显示在屏幕上。",
  "console.resetAskAnswer":
    "第 {number} 个问题（共 3 个）：\n{question}\n请输入你的答案。你输入的内容不会显示在屏幕上。",
  "console.resetAskNewPassword":
    "请输入你的新密码。至少要有 {min} 个字母、数字或符号。你输入的内容不会显示在屏幕上。",
  "console.staffGuidedAskAnswer":
    "给 {name} 的第 {number} 个问题（共 3 个）：\n{question}\n请 {name} 输入答案。{name} 输入的内容不会显示在屏幕上。",
  "console.staffStepUpAskPassword":
    "这部手机也连着一个学生的账号，所以只有 {name} 可以在这里继续。{name}，请先输入你的密码再继续。你输入的内容不会显示在屏幕上。不是 {name}？请输入 /cancel 返回。",
  "console.staffAgainAskPassword":
    "为了学生的安全，{name}，请先输入你的密码再继续。（{minutes} 分钟没有输入密码，我会再问一次。）你输入的内容不会显示在屏幕上。",
  "console.useButtons": "请输入你选的号码（1–{max}）。",
  "console.staffUseButtons": "请输入你选的号码（1–{max}）。",
  "console.clearSameId": "这已经是关于 {name} 的了。输入“是”继续，或输入“不”停下。",
  "console.clearOtherId":
    "这是关于 {name} 的。要处理另一位学生，请输入“不”，再输入 /clearanswers 和该学生的用户名。",
  "console.staffUseButtonsOrYesNo": "请输入你选的号码（1–{max}），或者输入“是”或“不”。",
  "console.practiceFix":
    "{question}\n你的答案和之前的不一样。请输入你想保留的答案。或者输入下面的号码，保留原来的。",
  "console.practiceKeepOrType": "想保留原来的答案，请输入 1。想改答案，请输入新的答案。",
  "console.setupHelpQuestion":
    "输入你想回答的问题的编号。选一个你知道答案的。一共要选 3 个。想停下，请输入 /cancel。",
  "console.setupHelloQuestion": "你好！👋 请选一个问题：输入它的号码，比如 1。",
  "console.setupWelcomeQuestion": "不客气！😊 请选一个问题：输入它的号码，比如 1。",
  "console.practiceReminder": "你还记得你的秘密答案吗？输入下面的号码来检查一下。只要一分钟。",
  "console.practiceReminderFor": "{name}，你还记得你的秘密答案吗？输入下面的号码来检查一下。只要一分钟。",
  "console.resetGenerated":
    "你的新密码是：\n\n{password}\n\n现在就把它写下来。它会一直留在屏幕上，所以写好后请关掉这个窗口。\n登录时，电脑会让你再选一个新密码。",
  "console.staffGuidedShown":
    "{name} 的新密码是：\n\n{password}\n\n现在给 {name} 看。它会一直留在屏幕上，所以 {name} 记下后请关掉这个窗口。{name} 登录时必须改密码。",
  "console.guidedPasswordForStudent":
    "{name}，这是你的新密码：\n\n{password}\n\n现在就把它写下来。它会一直留在屏幕上，所以写好后请关掉这个窗口。登录时，电脑会让你再选一个新密码。",
  "console.helpChoose":
    "选“帮我做一个”，我会帮你做一个新密码，在这里给你看。请把它写下来。或者选“我自己输入”，自己想一个。想停下，请输入 /cancel。",
  "console.staffReportOnSharedPhone":
    "这台电脑也连着一个学生的账号。看完报告后，请关掉这个窗口，别让别人看到。要保留报告，请用只连着你自己账号的聊天。",
  "console.protected":
    "在手机上，这条消息受保护，{minutes, plural, =0 {{seconds} 秒} other {# 分钟}}后会消失。",
  // Admin alerts (in the school's DEFAULT_LANGUAGE).
  "alert.frame": "密码机器人提醒（{when} UTC）：{text}",
  "alert.suspension":
    "{subject} 失败 {failures} 次后，自助重设已暂停。老师确认是学生本人后，可以用 /unlock {subject} 解除。",
  "alert.failure-spree":
    "全校有很多密码重设失败：{minutes} 分钟内对至少 {students} 名学生失败 {failures} 次。可能有人在猜学生的答案。其中没有任何学生的账号：试过的用户名都不存在。npm run audit（或 /export）会列出试过的聊天。",
  "alert.failure-spree-ids":
    "全校有很多密码重设失败：{minutes} 分钟内对至少 {students} 名学生失败 {failures} 次。可能有人在猜学生的答案。被试的学生：{ids}。请查看每个人的记录（/audit {first} 等）：记录会说明是哪些聊天试的，对聊天用 /audit 会列出它试过的其他用户名。",
  "alert.relink":
    "连接到 {subject} 的聊天账号变了（从 {from} 到 {to}）。如果不是 {subject} 本人做的，可能有人知道了 {subject} 的密码：请向 {subject} 确认，并使用 /guided {subject}。",
  "alert.relink-staff":
    "连接到教职员账号 {subject} 的聊天账号变了（从 {from} 到 {to}），所以那个聊天现在可以使用 {subject} 的教职员命令。如果不是 {subject} 本人做的，可能有人知道了 {subject} 的密码：请让 IT 在学校目录里更改这个密码，然后请 {subject} 在自己的聊天里输入 /setup，把连接改回来。",
  "alert.guided-reset":
    "{byRole}（{by}）重设了 {subject} 的密码（方式：{route}）。如果是预期中的事就不用处理；否则请查看 /audit {subject}。",
  "alert.directory-error":
    "机器人无法使用学校目录（{during}）。在它恢复之前，学生不能重设密码：请检查目录服务器和机器人的 LDAP 设置。",
  "alert.directory-up": "学校目录又有回应了，学生又可以重设密码了。不用处理，除非学生仍说无法使用。",
  "alert.store-down":
    "{replica} 上的机器人无法使用 Redis（它保存记录的地方）：Redis 没有响应，或拒绝写入。在恢复之前，学生不能设置或重设密码，每次尝试都只会收到“什么都没有改，请过几分钟再试”的回复。请检查 Redis 是否在运行、是否已满（maxmemory）、是否是只读副本，以及 {replica} 能否连到它；机器人的日志（store_down）里有 Redis 的错误。机器人的每个副本都会各自发送这条提醒。",
  "alert.directory-setting-not-found":
    "学校目录有回应，但 {setting} 在里面什么也找不到：{setting, select, LDAP_ID_ATTRIBUTE {LDAP_BASE_DN 下没有符合 LDAP_USER_FILTER 并带有这个属性的人，所以每个学生都会被告知用户 ID 或密码不对} LDAP_TEACHER_GROUP_DN {老师被当成学生（没有老师的命令，还会被要求设置秘密问题）} LDAP_ADMIN_GROUP_DN {管理员被当成老师或学生（没有管理员的命令）} LDAP_CLASS_GROUP_BASE_DN {没有人在任何班级里，所以老师看不到自己的学生} other {它指向的东西不存在}}。请检查 {setting}，以及服务账号是否可以读取它；机器人的日志行（directory_setting_not_found）写明了它查找的内容。",
  "alert.store-emptied":
    "{replica} 上的机器人在运行中发现 Redis 被清空了：机器人在那里的记录都没了（Redis 重启时没有保存数据、有人执行了 FLUSHALL，或故障切换到了一个空的副本）。所有聊天账号的绑定和每个学生的秘密问题答案都随之丢失，暂停、重设次数和审计记录也一样：每个学生都必须先输入 /setup 重新回答问题，才能重设密码。请通知学生和老师。然后检查 Redis 的持久化设置（appendonly）和它的日志，以免再次发生。",
  "alert.redis-may-evict":
    "Redis 满了时可能会删除机器人的记录来腾出空间：它的 maxmemory-policy 是 {policy}，不是 noeviction（{replica} 上的机器人发现的）。这样可能丢掉聊天账号的绑定、学生的秘密问题答案，以及阻止别人猜密码和答案的计数器。请把 maxmemory-policy 设为 noeviction（在 redis.conf 里、用 CONFIG SET maxmemory-policy noeviction，或在托管 Redis 的参数组里），并给 Redis 留足内存；这样 Redis 满了时会拒绝写入，学生会被告知稍后再试。",
  "alert.store-up":
    "{replica} 上的机器人又可以使用 Redis 了，学生又可以设置和重设密码了。不用处理，除非学生仍说无法使用。",
  "alert.store-up-emptied":
    "{replica} 上的机器人又可以使用 Redis 了，学生又可以设置和重设密码了。但 Redis 回来时是空的（见关于它的提醒）：每个学生都要先输入 /setup 重新回答问题，才能重设密码。请告诉学生和老师，并检查 Redis 的持久化（appendonly）。",
  "alert.store-up-unsteady":
    "{replica} 上的机器人现在可以使用 Redis，但自上一条关于 Redis 的提醒以来，曾 {outages} 次短暂失去它：Redis 或到它的网络不稳定，失去它时学生的操作会失败。请检查 Redis 的日志和内存，以及 {replica} 与 Redis 之间的网络。",
  "alert.store-down-error":
    "{redisError, select, WRONGPASS {Redis 的错误：WRONGPASS，{redisLogin, select, sentinels {哨兵（sentinel）不接受机器人的登录：请对照 sentinel.conf（requirepass 或该用户那一行）检查 REDIS_SENTINEL_PASSWORD，以及设置了的话 REDIS_SENTINEL_USERNAME。} settings {Redis 不接受机器人的密码：请检查 REDIS_PASSWORD，以及设置了的话 REDIS_USERNAME（Redis 的密码可能被改了）。} other {Redis 不接受机器人的密码：请检查 REDIS_URL 里的密码（Redis 的密码可能被改了）。}}} NOAUTH {Redis 的错误：NOAUTH，{redisLogin, select, sentinels {哨兵（sentinel）需要密码，但机器人没有提供：请设置 REDIS_SENTINEL_PASSWORD（哨兵的 ACL 用户还需设置 REDIS_SENTINEL_USERNAME）。} settings {Redis 需要密码，但机器人没有提供：请设置 REDIS_PASSWORD（ACL 用户还需设置 REDIS_USERNAME）。} other {Redis 需要密码，但机器人没有提供：请把 Redis 的密码写进 REDIS_URL。}}} NOPERM {Redis 的错误：NOPERM，机器人的 Redis 用户无权执行它需要的命令：请检查该用户在 Redis 里的 ACL。} other {Redis 的错误：{redisError}。}}",
  "alert.store-down-noperm-user":
    'Redis 的错误：NOPERM，机器人的 Redis 用户无权执行它需要的命令：机器人以 ACL 用户 "{redisUser}" 登录，该用户的 ACL 至少需要 {redisAcl}（见 docs/configuration.md，"The Redis user\'s ACL" 一节）。',
  "alert.store-down-noperm-default":
    'Redis 的错误：NOPERM，机器人的 Redis 用户无权执行它需要的命令：机器人以 Redis 的默认用户登录，该用户的 ACL 至少需要 {redisAcl}（见 docs/configuration.md，"The Redis user\'s ACL" 一节）。',
  "alert.directory-fault.service-login-refused":
    "目录拒绝了机器人自己的登录：请检查 LDAP_BIND_DN 和 LDAP_BIND_PASSWORD（目录里的这个密码可能被改了或已过期）。",
  "alert.directory-fault.base-dn-missing":
    "机器人查找人员的位置在目录里不存在：请检查 LDAP_BASE_DN，以及（如已设置）LDAP_CLASS_GROUP_BASE_DN。",
  "alert.directory-fault.tls-untrusted":
    "机器人不信任目录的证书：请把 LDAP_TLS_CA_FILE 设为签发该证书的 CA 证书。",
  "alert.directory-fault.tls-wrong-ca":
    "LDAP_TLS_CA_FILE 里的 CA 证书没有签发目录的证书：请检查该文件里是不是签发目录证书的 CA，以及 LDAP_URL 是否写对了目录服务器和端口（不写端口时，ldaps:// 用 636，ldap:// 用 389）。",
  "alert.directory-fault.tls-name-mismatch":
    "LDAP_URL 里的主机名不在目录证书上的名称里：请使用证书上的名称。",
  "alert.directory-fault.tls-expired": "目录的证书已过期：请在目录服务器上更新证书。",
  "alert.store-down-earlier":
    "自上一条关于 Redis 的提醒以来，机器人还曾 {outages} 次短暂失去 Redis：Redis 或到它的网络不稳定。",
  "alert.directory-lock-lifted":
    "{byRole}（{by}）对 {subject} 使用了 /unlock：学校目录因为密码输错太多次，锁住了这个账号。可能有人在猜密码：请向 {subject} 确认，并在目录里查看这个账号的登录失败记录。",
  "alert.setup-pause-lifted":
    "{byRole}（{by}）用 /unlock 解除了 {subject} 的设置暂停（这个暂停是因为该用户名的密码输错而开始的）。每解除一次，一天内就可以再用 {tries} 个密码试这个账号：如果一再发生，可能有人在猜密码。请向 {subject} 确认，并查看 /audit {subject}。",
  "alert.staff-question-reset":
    "有人想用秘密问题重设教职员账号 {subject}（来自 {chat}）；教职员不能这样重设，已被拒绝。如果不是 {subject} 本人，请检查这个账号。",
  "alert.staff-password-paused":
    "{subject} 在 {chat} 上的教职员命令已暂停：命令要求的密码输错了 {failures} 次；最早的一次错误过期后（{minutes} 分钟内）就能再用，也可以用 /unlock {subject} 提早解除。设置和其他聊天没有暂停。如果不是 {subject} 输的，可能有人在用他们的手机：请和 {subject} 确认，并查看 /audit {subject}。",
  "alert.staff-password-pause-lifted":
    "{byRole}（{by}）用 /unlock 解除了 {subject} 在 {chat} 上的教职员命令暂停（这个暂停是因为命令要求的密码输错而开始的）。每解除一次，就可以在那里再用 {tries} 个密码试这个账号：如果一再发生，可能有人在用他们的手机猜密码。请向 {subject} 确认，并查看 /audit {subject}。",
  "alert.link-paused":
    "{subject} 的设置在 {failures} 次密码错误后暂停（来自 {chats}），这样机器人不会让账号在目录中被锁住；最早的失败过期后会恢复。如果不是 {subject} 本人，可能有人在试 {subject} 的密码：请查看 /audit {subject}。",
  "alert.link-paused-held": "{subject} 目前连接的聊天账号是 {linked}。",
  "alert.link-paused-held-since": "{subject} 目前连接的聊天账号是 {linked}（自 {linkedSince} UTC 起）。",
  "alert.link-paused-held-advice":
    "如果那个聊天账号不是 {subject} 本人连接的，可能是看到过密码的人占着它：对方可以在那里用自己设的答案重设密码，并让这个暂停一直持续，使 {subject} 无法把自己的聊天账号连接回来。这时请让人更改密码，用 /clearanswers {subject} 删除在那里设置的答案（这不会解除那个聊天账号的连接；当面核实 {subject} 后进行引导重设，选择“学生用不了自己的聊天”，才会解除连接并设置新密码），再用 /unlock {subject} 解除这个暂停，让 {subject} 在自己的聊天里输入 /setup。",
  "alert.chat-throttled":
    "聊天 {subject} 在 {failures} 次{reason}后被暂停，可能针对多名学生。可能有人在猜：用 /audit {subject} 可以看到他们试过的学生。",
  "alert.staff-chat-throttled":
    "聊天 {subject}（关联教职员账号 {staff}）在 {failures} 次{reason}后被暂停。在教职员设备上做引导重设时，每检查一个答案都计入这个聊天的限制，答对的也算，所以这可能是 {staff} 在短时间内帮了很多学生：请向 {staff} 确认。如果不是 {staff}，可能有人在用 {staff} 的设备猜答案。暂停结束前，当面确认的引导重设仍然可以。/audit {subject} 显示这个聊天的记录；管理员可以在另一个聊天里用 /unlock {subject} 解除暂停。",
  "alert.setup-spray":
    "设置时可能有人在撒网猜密码：过去 {hours} 小时内有 {notLinked} 个用户 ID 输错了密码，之后没有连接（另有 {linked} 个 ID 输错后又连接了，像打错字的孩子那样）。可能有人在每个聊天和每个 ID 的限制之下慢慢试同学的密码。审计里失败的连接事件列出了相关聊天：npm run audit 或 /export。请让相关学生更改密码。在 {hours} 小时内，只有当没有连接的 ID 至少翻倍时，此提醒才会再来。",
  "alert.reset-spray":
    "重设时可能有人在撒网猜答案：过去 {hours} 小时内有 {notReset} 名学生答错了问题，之后既没有答对，也没有由老师给新密码（另有 {reset} 名学生答错后答对了或由老师给了新密码，像打错字或忘了答案的孩子那样）。可能有人在每个聊天、每名学生的限制和大量失败提醒之下慢慢猜学生的答案。审计里失败的重设事件列出了相关聊天：npm run audit 或 /export。答案可能容易被猜到的学生可以换新答案：/clearanswers 用户名，然后在自己的聊天里 /setup。如果任何聊天都能开始重设（RESET_REQUIRES_LINKED_CHAT=false），改为 true 就能阻止从不是学生自己的聊天来猜。在 {hours} 小时内，只有当没有重设的学生至少翻倍时，此提醒才会再来。",
  "alert.id-lookup-flood":
    "全校所有聊天合计每分钟的用户 ID 查询达到 {perMinute} 次（每次都要连接学校目录、登录并搜索两次）：在速度降下来之前，/setup 或 /reset 时输入的 ID 会被告知我很忙。可能有人用很多聊天账号在探查目录；日志里关于被暂停聊天的行和 npm run audit（或 /export）会列出相关聊天。如果整个年级同时在设置，请调高 SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE。",
  "alert.answer-check-flood":
    "全校每分钟超过 {perMinute} 次答案检查：之后的检查要等速度降下来，学生可能会被告知稍后再试。可能有人用很多聊天在猜；请查看 /stats 和日志里的相关聊天。",
  "alert.audit-full":
    "{day}（UTC）的审计记录已达到它在 AUDIT_MAX_EVENTS 中份额的 90%。在那天结束前，更多的尝试（错误密码、失败的重设、被拒绝的教职员命令）只计数，不再逐条列出：已记录的事件不会被挤掉，换绑聊天、重设、新密码和教职员操作仍会列在剩下的份额里。可能有人用很多聊天在试很多用户名：npm run audit（或 /export）会显示有多少条没有列出，/audit 用户名 会显示谁试过这个用户名。如果这是正常使用，请调高 AUDIT_MAX_EVENTS。",
  "alert.audit-full-all":
    "{day}（UTC）的审计记录已满。在那天结束前，不再逐条列出任何事件，连换绑聊天、重设、新密码和教职员操作也不列出：它们会被计数，每个人自己的记录（/audit 用户名）仍会保留，已记录的事件也不会被挤掉。用 npm run audit（或 /export）查看是什么填满了它；如果这是正常使用，请调高 AUDIT_MAX_EVENTS。",
  "alert.leavers-refused":
    "定时的离校生清理没有删除任何人：机器人记录的 {checked} 人中有 {missing} 人已不在学校目录里，超过五分之一。这通常是目录设置有误（LDAP_BASE_DN、LDAP_USER_FILTER），而不是学生离校；学年结束时也可能是整个年级离校了。用 npm run leavers -- --dry-run 查看是谁；如果他们确实离校了，请运行 npm run leavers -- --force。在此之前，每次运行都会这样停下。",
  "alert.password-maybe-set":
    "机器人为 {subject} 设置新密码时，学校目录没有回应，所以密码可能已经设置。请在目录中检查 {subject} 这个账户：新密码能否使用，账户是否被锁定。学生已被告知先试一试，不行就问班主任。",
  "alert.password-not-shown":
    "{subject} 的新密码已经设置，但机器人无法在 {channel} 上把它显示给学生（学生可能屏蔽了机器人，或 {channel} 拒绝了所有显示方式）。学生不知道这个密码，所以无法登录。学生下次给机器人发消息时会被告知再输入 /reset；如需更快，老师可以用 /guided {subject} 为其设置新密码。/audit {subject} 可查看这次重设。",
  "alert.reset-not-recorded":
    "{subject} 的密码已经修改并交给了对方，但机器人没能完整记录（很可能当时 Redis 出了故障）：这次重设可能不在审计记录里，也没有计入重设次数限制。请检查 Redis 是否在运行，以及日志中关于 {subject} 的记录。",
  "alert.unknown-pepper":
    "已保存的答案是用本机器人没有的答案密钥生成的（密钥编号 {subject}），所以无法检查：用它设置的学生不能通过问题重设密码。这些不会算作他们的失败；他们被告知稍后再试或问老师。请检查 ANSWER_PEPPER 和 ANSWER_PEPPER_PREVIOUS：生成这些答案的密钥必须是其中之一（轮换之后，把旧的保留为 ANSWER_PEPPER_PREVIOUS），然后重启机器人。",
  "alert.alerts-held-back":
    "{from} 到 {to} UTC 之间，还有 {heldBack} 条“{kind}”提醒没有发到这里：同一种提醒，机器人每 {minutes} 分钟最多只发关于 {max} 个不同 ID 或聊天的提醒，每个最多 {perSubject} 条，以免大量提醒、或某个人关于自己的提醒，盖过关于别人的提醒。每一条都完整记在机器人的日志里（带 alert_held_back 的日志行）。这么多提醒一起来，可能有人在试很多 ID 或聊天：请用 /audit 查看这些日志行里的 ID 和聊天。",
  "alert.kind.suspension": "自助重设被暂停",
  "alert.kind.failure-spree": "大量重设失败",
  "alert.kind.relink": "聊天账号变更",
  "alert.kind.guided-reset": "引导重设",
  "alert.kind.directory-error": "学校目录出错",
  "alert.kind.directory-up": "学校目录恢复",
  "alert.kind.store-down": "Redis 无法使用",
  "alert.kind.directory-setting-not-found": "目录设置找不到内容",
  "alert.kind.store-emptied": "Redis 被清空",
  "alert.kind.redis-may-evict": "Redis 可能删除记录",
  "alert.kind.store-up": "Redis 恢复",
  "alert.kind.directory-lock-lifted": "解除目录锁定",
  "alert.kind.setup-pause-lifted": "解除设置暂停",
  "alert.kind.staff-question-reset": "用问题重设教职员账号被拒绝",
  "alert.kind.chat-throttled": "暂停聊天",
  "alert.kind.staff-chat-throttled": "暂停教职员聊天",
  "alert.kind.link-paused": "暂停设置",
  "alert.kind.staff-password-paused": "教职员密码暂停",
  "alert.kind.staff-password-pause-lifted": "解除教职员密码暂停",
  "alert.kind.setup-spray": "设置时撒网猜密码",
  "alert.kind.reset-spray": "重设时撒网猜答案",
  "alert.kind.id-lookup-flood": "用户 ID 查询过多",
  "alert.kind.answer-check-flood": "答案检查过多",
  "alert.kind.audit-full": "审计记录已满",
  "alert.kind.leavers-refused": "离校生清理已停止",
  "alert.kind.password-maybe-set": "密码可能已设置",
  "alert.kind.password-not-shown": "密码已设置，未显示",
  "alert.kind.reset-not-recorded": "重设没有完整记录",
  "alert.kind.unknown-pepper": "未知答案密钥",
  "alert.kind.alerts-held-back": "未发送的提醒",
  "alert.byRole.teacher": "一位老师",
  "alert.byRole.admin": "一位管理员",
  "alert.route.code": "发到学生聊天的验证码",
  "alert.route.questions": "学生回答了自己的问题",
  "alert.route.in-person": "当面确认",
  "alert.route.in-person-unlinked": "当面确认；学生的聊天已断开",
  "alert.during.set-password": "设置新密码时",
  "alert.during.login-check": "定期登录检查时",
  // The terminal's start banner.
  "console.banner.title": "学生密码重设机器人：终端频道。",
  "console.banner.redis": "存储：Redis。",
  "console.banner.memory": "存储：在内存里（退出后就忘记）。",
  "console.banner.demo": "目录：示范学校。试试学生 S1001，密码 Garden-Lamp-21（更多见 README）。",
  "console.banner.directory": "目录：按设置。",
  "console.banner.keys": "有编号的选项，输入它的编号。按 Ctrl-D 退出。",
  "alert.reason.failures": "失败尝试",
  "alert.reason.answerChecks": "答案检查",
};
