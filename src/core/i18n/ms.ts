import type { Catalogue } from "./translate.js";

/** Bahasa Melayu. Untuk murid berumur 7 hingga 12 tahun: ayat pendek, perkataan biasa. */
export const ms: Catalogue = {
  "menu.welcome": "Hai! Saya boleh bantu kamu dengan kata laluan {account} kamu.\nKamu mahu buat apa?",
  "menu.setup": "Sediakan soalan rahsia saya",
  "menu.reset": "Saya lupa kata laluan",
  "menu.help": "Bantuan",
  "menu.language": "🌐 Bahasa Language",
  "language.choose": "Kamu mahu guna bahasa apa? 🌐",
  "language.staffChoose": "Anda mahu guna bahasa apa? 🌐",
  "language.name": "{name}",
  "language.set": "Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu dengan kamu.",
  "language.staffSet": "Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu dengan anda.",
  "menu.staffWelcome": "Hai! Apa yang anda mahu buat?",
  "menu.staffWelcomeFamily":
    'Hai! Apa yang anda mahu buat?\nMurid: untuk mendapatkan kata laluan baharu, pilih "Saya lupa kata laluan".',
  "menu.staff.guided": "Bantu murid dapat kata laluan baharu",
  "menu.staff.unlock": "Buka kunci murid",
  "menu.staff.unlockAccount": "Buka kunci akaun",
  "menu.staff.coverage": "Siapa yang belum buat persediaan",
  "menu.staff.audit": "Rekod audit seseorang",
  "menu.staff.stats": "Statistik sekolah",
  help:
    "Ini yang saya boleh buat:\n" +
    "/setup – sediakan 3 soalan rahsia kamu. Buat ini dulu.\n" +
    "/reset – dapatkan kata laluan baharu.\n" +
    "/cancel – berhenti.\n" +
    "/logout – putuskan sambungan sembang ini.\n" +
    "/language – pilih bahasa kamu, contohnya /language English\n" +
    "Tersekat? Tanya guru kelas kamu.",
  "help.inDialog":
    "Kita sedang buat sesuatu. Untuk teruskan, jawab mesej saya di bawah. Untuk berhenti, taip /cancel. Tersekat? Tanya guru kelas kamu.",
  "help.staffInDialog":
    "Kita sedang buat sesuatu. Untuk teruskan, jawab mesej saya di bawah. Untuk berhenti, taip /cancel.",
  "chat.privateOnly": "Sila hantar mesej peribadi kepada saya. Saya tidak boleh bantu dalam kumpulan.",
  "chat.busy": "Saya masih membaca mesej kamu yang tadi. Tunggu sekejap, kemudian cuba lagi.",
  "chat.staffBusy": "Saya masih membaca mesej anda yang tadi. Tunggu sekejap, kemudian cuba lagi.",
  "chat.interrupted": "Maaf, saya terhenti semasa membaca mesej kamu yang tadi. Sila hantar sekali lagi.",
  "chat.staffInterrupted":
    "Maaf, saya terhenti semasa membaca mesej anda yang tadi. Sila hantar sekali lagi.",
  "chat.interruptedPress":
    "Maaf, saya terhenti selepas kamu tekan butang tadi. Sila tekan butang itu sekali lagi.",
  "chat.staffInterruptedPress":
    "Maaf, saya terhenti selepas anda tekan butang tadi. Sila tekan butang itu sekali lagi.",
  "chat.cancelled":
    "Baiklah, kita sudah berhenti. Tiada apa yang berubah. Taip /start bila kamu mahu mula semula.",
  "chat.staffCancelled":
    "Baiklah, kita sudah berhenti. Tiada apa yang berubah. Taip /start bila anda mahu mula semula.",
  "chat.cancelledLinked":
    "Baiklah, kita sudah berhenti. Sembang ini disambungkan ke akaun kamu, tetapi saya tidak menyimpan soalan rahsia yang baharu. Taip /setup untuk mula semula.",
  "chat.cancelledKept":
    "Baiklah, kita sudah berhenti. Saya tidak menukar soalan rahsia kamu. Soalan lama kamu masih boleh digunakan. Taip /setup kalau kamu mahu menukarnya.",
  "chat.nothingToCancel": "Tiada apa untuk dihentikan sekarang. Taip /start untuk lihat apa saya boleh buat.",
  "chat.staffNothingToCancel":
    "Tiada apa untuk dihentikan sekarang. Taip /start untuk lihat apa saya boleh buat.",
  "chat.timedOut":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Tiada apa yang berubah. Mari mula semula.",
  "chat.staffTimedOut":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {anda pergi agak lama}}. Tiada apa yang berubah. Mari mula semula.",
  "chat.timedOutLinked":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Sembang ini disambungkan ke akaun kamu, tetapi saya tidak menyimpan soalan rahsia yang baharu. Taip /setup untuk mula semula.",
  "chat.timedOutKept":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Saya tidak menukar soalan rahsia kamu. Soalan lama kamu masih boleh digunakan. Taip /setup kalau kamu mahu menukarnya.",
  "chat.timedOutSaved":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Jawapan rahsia kamu sudah disimpan. Ingat baik-baik.",
  "chat.timedOutLinkedShared":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Persediaan belum selesai, jadi tiada soalan rahsia baharu yang disimpan. Taip /setup untuk mula semula.",
  "chat.timedOutKeptShared":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Persediaan belum selesai, jadi soalan rahsia tidak berubah. Soalan lama masih boleh digunakan.",
  "chat.timedOutSavedShared":
    "Kita berhenti kerana {why, select, long {ini mengambil masa terlalu lama} other {kamu pergi agak lama}}. Jawapan rahsia yang baharu sudah disimpan.",
  "chat.unknownCommand": "Saya tidak kenal arahan itu. Taip /help untuk lihat apa saya boleh buat.",
  "chat.welcome": "Sama-sama! 😊 Kalau perlukan saya lagi, hantar saja mesej kepada saya.",
  "chat.staffUnknownCommand": "Saya tidak kenal arahan itu. Taip /help untuk lihat apa saya boleh buat.",
  "chat.unknownCommandDidYouMean":
    "Saya tidak kenal arahan itu. Kamu maksudkan /{command}? Kalau bukan, taip /help untuk lihat apa saya boleh buat.",
  "chat.staffUnknownCommandDidYouMean":
    "Saya tidak kenal arahan itu. Anda maksudkan /{command}? Jika bukan, taip /help untuk lihat apa saya boleh buat.",
  "input.idNotKnown":
    "Tidak mengapa! Guru kelas kamu boleh beritahu ID pengguna kamu. Bila kamu sudah tahu, taip di sini. Untuk berhenti, taip /cancel.",
  "input.idIsQuestion": "Maaf, saya tidak boleh jawab soalan di sini. Saya perlukan ID pengguna kamu.",
  "input.emptyId": "Saya tidak dapat apa-apa perkataan.",
  "input.welcomeId": "Sama-sama! 😊",
  // A greeting ("hi", 你好) at a user-ID prompt: greeted back, and the ID asked again.
  "input.helloId": "Hai! 👋 Saya perlukan ID pengguna kamu untuk tahu siapa kamu.",
  // "ok", "start", "1" at a user-ID prompt: no ID, and the ID asked again (it says where to find it).
  "input.notAnId": "Itu bukan ID pengguna.",
  "input.emptyPassword": "Saya tidak dapat apa-apa perkataan.",
  "input.emptyAnswer": "Saya tidak dapat apa-apa perkataan.",
  "input.emptyNewPassword": "Saya tidak dapat apa-apa perkataan.",
  "input.deletedLikePassword": "Saya padam mesej itu supaya selamat, kerana ia nampak seperti kata laluan.",
  "input.deletedMaybeSecret": "Saya padam mesej itu. Ia mungkin kata laluan atau jawapan rahsia kamu.",
  "input.staffDeletedMaybeSecret": "Saya padam mesej itu. Ia mungkin kata laluan anda atau jawapan rahsia.",
  "input.nothingToGoBackTo": "Tiada apa untuk kembali sekarang. Taip /start untuk lihat apa saya boleh buat.",
  "input.staffNothingToGoBackTo":
    "Tiada apa untuk kembali sekarang. Taip /start untuk lihat apa saya boleh buat.",
  "input.notText": "Saya hanya boleh baca perkataan yang ditaip. Sila taip balasan kamu.",
  "input.staffNotText": "Saya hanya boleh baca perkataan yang ditaip. Sila taip balasan anda.",
  "input.typeInstead": "Butang itu tidak berfungsi di sini. Sila taip balasan kamu.",
  "input.staffTypeInstead": "Butang itu tidak berfungsi di sini. Sila taip balasan anda.",
  "input.tooLong": "Mesej itu terlalu panjang untuk saya. Sila taip sesuatu yang lebih pendek.",
  "input.staffTooLong": "Mesej itu terlalu panjang untuk saya. Sila taip sesuatu yang lebih pendek.",
  "input.useButtons": "Tekan butang, atau taip nombornya (1–{max}).",
  "input.staffUseButtons": "Tekan butang, atau taip nombornya (1–{max}).",
  "input.tapOnly":
    "Sila tekan satu butang. Perkataan atau nombor yang kamu taip tidak dikira pada langkah ini, supaya tiada apa-apa berlaku secara tidak sengaja.",
  "input.staffTapOnly":
    "Sila tekan satu butang. Perkataan atau nombor yang anda taip tidak dikira pada langkah ini, supaya tiada apa-apa berlaku secara tidak sengaja.",
  "input.noBack": "Tiada langkah untuk kembali di sini. Taip /cancel untuk berhenti.",
  "input.staffNoBack": "Tiada langkah untuk kembali di sini. Taip /cancel untuk berhenti.",
  "input.edited": "Saya tidak boleh baca mesej yang diubah, jadi saya padamkannya. Sila hantar mesej baharu.",
  "input.staffEdited":
    "Saya tidak boleh baca mesej yang diubah, jadi saya padamkannya. Sila hantar mesej baharu.",
  "input.useSecureForm":
    "Jangan taip di sini, kerana ia akan kekal dalam sembang. Tekan butang untuk taip dalam kotak peribadi.",
  "input.staffUseSecureForm":
    "Jangan taip di sini, kerana ia akan kekal dalam sembang. Tekan butang untuk taip dalam kotak peribadi.",
  "form.expired": "Kotak itu sudah lama dan tidak boleh digunakan lagi. Sila guna mesej yang paling baharu.",
  "form.staffExpired":
    "Kotak itu sudah lama dan tidak boleh digunakan lagi. Sila guna mesej yang paling baharu.",
  "button.expired":
    "Butang itu sudah lama dan tidak boleh digunakan lagi. Sila guna mesej yang paling baharu.",
  "button.staffExpired":
    "Butang itu sudah lama dan tidak boleh digunakan lagi. Sila guna mesej yang paling baharu.",
  "error.storeDown":
    "Ada masalah di pihak saya. Tiada apa yang berubah. Sila cuba lagi dalam beberapa minit.",
  "error.staffStoreDown":
    "Ada masalah di pihak saya. Tiada apa yang berubah. Sila cuba lagi dalam beberapa minit.",
  "error.storeDownAfterStep":
    "Ada masalah di pihak saya, jadi saya mungkin tidak simpan apa yang kamu baru hantar. Sila cuba lagi dalam beberapa minit.",
  "error.staffStoreDownAfterStep":
    "Ada masalah di pihak saya, jadi saya mungkin tidak simpan apa yang anda baru hantar. Sila cuba lagi dalam beberapa minit.",
  "error.directoryDown": "Sistem sekolah tidak menjawab. Sila cuba lagi dalam beberapa minit.",
  "error.staffDirectoryDown": "Sistem sekolah tidak menjawab. Sila cuba lagi dalam beberapa minit.",
  "menu.directoryDown":
    "Sistem sekolah tidak menjawab, jadi saya belum boleh tunjukkan apa saya boleh buat. Taip /start dalam beberapa minit.",
  "menu.staffDirectoryDown":
    "Sistem sekolah tidak menjawab, jadi saya belum boleh tunjukkan apa saya boleh buat. Taip /start dalam beberapa minit.",
  "error.tooBusy":
    "Saya terlalu sibuk sekarang. Tiada apa yang berubah. Sila cuba lagi dalam beberapa minit.",
  "error.staffTooBusy":
    "Saya terlalu sibuk sekarang. Tiada apa yang berubah. Sila cuba lagi dalam beberapa minit.",
  "error.unexpected": "Alamak, ada masalah. Tiada apa yang berubah. Sila cuba lagi, atau taip /cancel.",
  "error.staffUnexpected": "Alamak, ada masalah. Tiada apa yang berubah. Sila cuba lagi, atau taip /cancel.",
  question: "{question}",
  "question.unknown":
    "Saya tidak dapat tunjukkan soalan ini sekarang. Ia salah satu daripada 3 soalan yang kamu pilih semasa menyediakan. Jika kamu tidak pasti jawapannya, taip /cancel dan minta bantuan guru kelas kamu.",
  "account.default": "akaun sekolah",
  "setup.loginHint": "Ia sama seperti yang kamu guna di komputer sekolah.",

  "setup.intro": "Mari kita mulakan persediaan. Mula-mula, saya perlu pastikan ini memang kamu.",
  "setup.stopped": "Baiklah, kita berhenti membuat persediaan. Tiada apa yang berubah.",
  "setup.askId": "Taip ID pengguna kamu.\n{hint}\nTidak tahu? Tanya guru kelas kamu.",
  "setup.askPassword":
    "Sekarang taip kata laluan kamu. Saya akan padam mesej kamu sebaik saja saya membacanya, supaya orang lain tidak nampak.",
  "setup.passwordFullWidth":
    "Apa yang kamu taip ada huruf, nombor atau tanda yang lebar, seperti Ａ, １ atau ￥. Papan kekunci kamu sedang menaipnya: tukar kepada huruf biasa (半角). Kemudian taip kata laluan kamu sekali lagi.",
  "setup.passwordSpaceAtEnd":
    "Apa yang kamu taip bermula atau berakhir dengan ruang kosong. Sila taip kata laluan kamu sekali lagi tanpa ruang kosong itu.",
  "staff.passwordFullWidth":
    "Apa yang anda taip ada huruf, nombor atau tanda yang lebar, seperti Ａ, １ atau ￥. Papan kekunci anda sedang menaipnya: tukar kepada huruf biasa (半角). Kemudian taip kata laluan anda sekali lagi.",
  "staff.passwordSpaceAtEnd":
    "Apa yang anda taip bermula atau berakhir dengan ruang kosong. Sila taip kata laluan anda sekali lagi tanpa ruang kosong itu.",
  "setup.staffOwnAccountDisabled":
    "{name} ({id}) dipautkan ke sembang ini, tetapi akaun itu dinyahdayakan dalam direktori sekolah, jadi ia tidak boleh disediakan. Jika ia sepatutnya aktif, sila minta IT menghidupkannya semula.",
  "setup.ownAccountDisabled":
    "Akaun sekolah kamu telah dimatikan, jadi kamu tidak boleh membuat persediaan. Sila minta bantuan guru kelas kamu.",
  "setup.wrongPassword":
    "Hmm, ID pengguna dan kata laluan itu tidak sepadan. Mari cuba lagi. Semak huruf besar dan kecil juga: A dan a tidak sama. Lupa kata laluan? Guru kelas kamu boleh bantu. Untuk berhenti, taip /cancel.",
  "setup.wrongPasswordResetHere":
    "Hmm, ID pengguna dan kata laluan itu tidak sepadan. Mari cuba lagi. Semak huruf besar dan kecil juga: A dan a tidak sama. Lupa kata laluan? Kalau kamu sudah sediakan soalan rahsia dalam sembang ini, taip /reset untuk dapat kata laluan baharu. Kalau belum, guru kelas kamu boleh bantu. Untuk berhenti, taip /cancel.",
  "setup.idLookedLikePassword":
    "ID pengguna kamu bukan kata laluan kamu. Taip ID pengguna kamu dulu, kemudian kata laluan kamu.",
  "setup.idLookedLikeName":
    "ID pengguna kamu bukan nama kamu. Taip ID pengguna kamu, kemudian kata laluan kamu sekali lagi.",
  "setup.idHadSpace":
    "Ada ruang kosong dalam ID pengguna kamu. Taip ID pengguna kamu tanpa ruang kosong, kemudian kata laluan kamu sekali lagi.",
  "setup.throttled":
    "Terlalu banyak cubaan dari sembang ini. {hours, plural, =0 {Sila tunggu {minutes} minit, atau minta bantuan guru kelas kamu.} other {Sila cuba lagi dalam kira-kira # jam, atau minta bantuan guru kelas kamu.}}",
  "setup.paused":
    "Terlalu banyak kata laluan salah untuk ID pengguna ini. Sila cuba lagi dalam {hours, plural, =0 {{minutes} minit} other {kira-kira # jam}}, atau minta bantuan guru kelas kamu.",
  "setup.directorySlow":
    "Sistem sekolah sangat perlahan sekarang, jadi saya tidak dapat menyemak kata laluan kamu. Sila tunggu beberapa minit, kemudian taip /setup untuk cuba lagi.",
  "setup.pausedSlow":
    "Sistem sekolah sangat perlahan, dan terlalu banyak cubaan untuk ID pengguna ini. Sila cuba lagi dalam {hours, plural, =0 {{minutes} minit} other {kira-kira # jam}}, atau minta bantuan guru kelas kamu.",
  "setup.linkChanged":
    "Akaun ini disambungkan ke sembang lain semasa kita bercakap, jadi saya tidak simpan jawapan kamu. Taip /setup untuk mula semula.",
  "setup.linked": "Bagus, memang kamu, {name}! Sembang ini sekarang disambungkan ke {account} kamu.",
  "setup.stillLinked": "Bagus, memang kamu, {name}! Sembang ini masih disambungkan ke {account} kamu.",
  "setup.staffLinked":
    "Sembang ini sekarang disambungkan ke akaun anda, {name}. Soalan rahsia hanya untuk murid, jadi tiada apa lagi untuk disediakan. Taip /help untuk lihat apa yang anda boleh buat di sini.",
  "setup.staffStillLinked":
    "Sembang ini masih disambungkan ke akaun anda, {name}. Soalan rahsia hanya untuk murid, jadi tiada apa lagi untuk disediakan.",
  "setup.pickQuestion": "Pilih soalan {number} daripada 3.",
  "setup.helloQuestion": "Hai! 👋 Pilih satu soalan: tekan soalan itu, atau taip nombornya, contohnya 1.",
  "setup.welcomeQuestion":
    "Sama-sama! 😊 Pilih satu soalan: tekan soalan itu, atau taip nombornya, contohnya 1.",
  "setup.askAnswer":
    "{question}\nTaip jawapan kamu. Pilih sesuatu yang kamu akan ingat. Saya akan padam mesej kamu sebaik saja saya membacanya.",
  "setup.restartLinked": "Baiklah, kita mula semula dari awal. Belum ada soalan rahsia yang disimpan.",
  "setup.restartKept":
    "Baiklah, kita mula semula dari awal. Soalan rahsia lama kamu masih boleh digunakan sehingga kamu simpan yang baharu.",
  "setup.backAsk": "Kamu mahu kembali dan pilih soalan lain? Atau adakah itu jawapan kamu?",
  "setup.backAskAnother": "Pilih soalan lain",
  "setup.backAskAnswer": "Itu jawapan saya",
  "setup.helpBackAsk":
    'Perkataan yang kamu taip boleh bermaksud "kembali". Untuk memilih soalan lain, pilih "Pilih soalan lain". Jika perkataan itu jawapan kamu, pilih "Itu jawapan saya". Untuk berhenti, taip /cancel.',
  "setup.backOneAnswer": "Baiklah, mari buat soalan terakhir kamu sekali lagi.",
  "setup.done":
    'Siap! 3 soalan rahsia kamu sudah disimpan. 🎉\nKalau kamu lupa kata laluan, hantar mesej kepada saya dan pilih "Saya lupa kata laluan".',
  "answer.tooShort": "Jawapan kamu perlu sekurang-kurangnya {min} huruf atau nombor. Sila cuba lagi.",
  "answer.tooShortCharacters": "Jawapan kamu perlu sekurang-kurangnya {min} aksara. Sila cuba lagi.",
  "answer.noLetters":
    "Sila taip jawapan kamu dengan perkataan: sekurang-kurangnya {letters} huruf atau nombor, atau {characters} aksara Cina atau Tamil. Emoji dan tanda tidak dikira.",
  "practice.offer": "Mahu semak sama ada kamu masih ingat jawapan kamu? Ia ambil seminit sahaja.",
  "practice.helloOffer": "Hai! 👋 Untuk jawab soalan di bawah, taip ya atau tidak.",
  "practice.welcomeOffer": "Sama-sama! 😊 Untuk jawab soalan di bawah, taip ya atau tidak.",
  "practice.check": "Semak sama ada saya ingat",
  "practice.noThanks": "Tidak, terima kasih",
  "practice.bye": "Baiklah! Ingat jawapan kamu. Kamu akan perlukannya kalau kamu lupa kata laluan.",
  "practice.help":
    "Ini latihan sahaja. Taip jawapan yang kamu beri untuk soalan ini tadi. Huruf besar atau kecil tidak penting. Jika tidak sama, kamu boleh menukarnya nanti. Untuk berhenti, taip /cancel.",
  "practice.helpFix":
    "Satu jawapan tidak sama seperti tadi. Taip jawapan yang kamu akan ingat, dan saya akan simpan. Atau taip 1 untuk simpan yang lama. Untuk berhenti, taip /cancel.",
  "practice.sameAnswerAgain":
    "Kamu sudah beri jawapan itu untuk soalan {earlier}. Setiap soalan ada jawapannya sendiri. Taip jawapan untuk soalan di bawah. Untuk berhenti, taip /cancel.",
  "practice.ask":
    "Latihan, soalan {number} daripada 3:\n{question}\nTaip jawapan kamu. Saya akan padamkannya sebaik saja saya membacanya.",
  "practice.reminder":
    "Adakah kamu masih ingat jawapan rahsia kamu? Tekan butang untuk semak. Sekejap sahaja.",
  "practice.reminderFor":
    "{name}, adakah kamu masih ingat jawapan rahsia kamu? Tekan butang untuk semak. Sekejap sahaja.",
  "practice.remindRight": "Betul! Kamu masih ingat jawapan kamu. 🎉",
  "practice.remindWrong":
    "Tidak betul. Kalau kamu lupa jawapan, taip /setup untuk pilih jawapan baharu. Kamu perlukan kata laluan kamu.",
  "practice.remindWrongByEmail":
    "Tidak betul. Kalau kamu lupa jawapan, taip /setup dan ID pengguna kamu untuk pilih jawapan baharu.",
  "practice.allRight": "Semua 3 jawapan sama. Syabas! Kamu akan ingat. 🎉",
  "practice.someDifferent": "Ada {count} jawapan yang tidak sama seperti tadi. Mari kita betulkan sekarang.",
  "practice.fix":
    "{question}\nJawapan kamu tidak sama seperti tadi. Taip jawapan yang kamu mahu simpan. Atau tekan butang untuk simpan yang lama.",
  "practice.keep": "Simpan jawapan lama",
  "practice.keepOrType":
    "Untuk simpan jawapan lama kamu, tekan butang atau taip 1. Untuk menukarnya, taip jawapan baharu kamu.",
  "practice.changed": "Baiklah, saya sudah simpan jawapan baharu kamu.",
  "practice.fixAgain": "Taip jawapan yang sama sekali lagi, supaya kita tahu ia betul.",
  "practice.fixAnswersDiffer":
    "Dua jawapan itu tidak sama, jadi saya tidak simpan apa-apa. Mari cuba lagi dari awal.",
  "practice.fixedAll": "Siap! Jawapan kamu sudah disimpan. Ingat baik-baik.",
  "answer.tooLong": "Jawapan itu terlalu panjang. Sila guna paling banyak {max} huruf atau nombor.",
  "answer.hasKeyword": 'Jangan guna perkataan "{word}" dalam jawapan kamu. Cuba jawapan lain.',
  "answer.hasName": "Jangan guna nama kamu atau ID pengguna kamu dalam jawapan. Cuba jawapan lain.",
  "answer.onlyEmoji":
    "Emoji dan tanda tidak dikira, hanya perkataan. Ingat semula perkataan yang kamu taip semasa kamu sediakannya.",
  "answer.isNumber": "Kamu tidak perlu pilih nombor di sini. Taip jawapan kamu untuk soalan di bawah.",
  "answer.isQuestion":
    "Adakah itu soalan? Saya tidak boleh jawab soalan di sini. Kalau itu jawapan kamu, taip sekali lagi tanpa tanda soal.",
  "answer.nonAnswer":
    "Jawapan itu terlalu mudah diteka. Sila pilih sesuatu yang kamu akan ingat, dan taip di sini.",
  "setup.helpId":
    "Sekarang saya perlukan ID pengguna kamu, untuk semak bahawa ini kamu. Ia yang kamu taip untuk masuk ke komputer sekolah. Taip di bawah. Tidak tahu? Tanya guru kelas kamu. Untuk berhenti, taip /cancel.",
  "setup.helpPassword":
    "Sekarang saya perlukan kata laluan yang kamu guna di komputer sekolah. Taip di bawah. Lupa? Tanya guru kelas kamu. Untuk berhenti, taip /cancel.",
  "setup.stuckAtPassword":
    "Sekarang saya perlukan kata laluan yang kamu guna di komputer sekolah. Taip di bawah. Lupa? Tanya guru kelas kamu. Kalau yang kamu taip tadi memang kata laluan kamu, taip sekali lagi. Untuk berhenti, taip /cancel.",
  "setup.idNotKnownAtPassword":
    "Tidak mengapa! Guru kelas kamu boleh beritahu ID pengguna kamu. Bila kamu sudah tahu, taip di bawah. Kemudian taip kata laluan kamu. Untuk berhenti, taip /cancel.",
  "setup.forgotAtPassword":
    "Lupa kata laluan? Tidak apa. Guru kelas kamu boleh bantu kamu dapat kata laluan baharu. Kalau kamu ingat, taip di bawah. Kalau yang kamu taip tadi memang kata laluan kamu, taip sekali lagi. Untuk berhenti, taip /cancel.",
  "setup.helpQuestion":
    "Tekan soalan yang kamu mahu jawab, atau taip nombornya. Pilih soalan yang kamu tahu jawapannya. Kamu pilih 3 semuanya. Untuk berhenti, taip /cancel.",
  "setup.helpAnswer":
    "Taip jawapan kamu untuk soalan di bawah. Pilih jawapan yang kamu akan sentiasa ingat. Mahu soalan lain? Taip kembali. Untuk berhenti, taip /cancel.",
  "setup.answerIsQuestionWord":
    "Itu nama sebuah soalan, bukan jawapan. Untuk jawab soalan di bawah, taip jawapan kamu. Untuk pilih soalan lain, taip kembali.",
  "reset.helpAnswer":
    "Taip jawapan yang kamu beri untuk soalan ini semasa kamu sediakannya. Huruf besar atau kecil tidak penting. Tidak ingat? Fikir sekejap, kemudian taip jawapan yang kamu rasa betul. Untuk berhenti, taip /cancel.",
  "setup.nonAnswer":
    "Jawapan itu terlalu mudah diteka. Sila pilih sesuatu yang kamu akan ingat, dan taip di sini. Atau taip kembali untuk pilih soalan lain.",
  "answer.sameAsOther": "Kamu sudah guna jawapan itu untuk soalan lain. Sila beri jawapan yang berbeza.",

  "answer.isPassword":
    "Itu kata laluan kamu. Jangan beritahu sesiapa. Di sini, taip jawapan kamu kepada soalan ini.",
  "answer.notRemembered":
    "Tidak apa kalau kamu tidak ingat. Fikir sekejap, kemudian taip jawapan yang kamu rasa betul. Atau taip /cancel untuk berhenti. Guru kelas kamu boleh bantu.",
  "reset.cannotSkip":
    "Kamu tidak boleh langkau atau tukar soalan di sini. Untuk dapat kata laluan baharu, jawab 3 soalan yang kamu pilih semasa kamu sediakannya. Itu tidak dikira sebagai satu cubaan. Lupa jawapan? Tidak apa. Guru kelas kamu boleh bantu. Atau taip /cancel untuk berhenti.",
  "reset.intro": "Mari buat kata laluan baharu untuk kamu.",
  "reset.hello":
    "Hai {name}! Mari buat kata laluan baharu untuk kamu. Mula-mula, jawab 3 soalan rahsia kamu.\nBukan {name}? Taip /cancel, dan minta bantuan guru kelas kamu.",
  "reset.helloChosen":
    "Hai {name}! Mari buat kata laluan baharu untuk kamu. Mula-mula, jawab 3 soalan rahsia kamu.\nBukan {name}? Taip /reset dan pilih nama kamu sendiri.",
  "reset.onlyLinkedChat":
    "Saya hanya boleh buat kata laluan baharu dalam sembang yang kamu guna semasa menyediakan soalan. Telefon hilang, atau belum sediakan? Guru kelas kamu boleh bantu.",
  "reset.answersCleared":
    "Hai {name}! Sekolah telah memadam jawapan rahsia kamu, jadi saya belum boleh buat kata laluan baharu untuk kamu. Minta guru kelas kamu tolong. Bila kamu boleh log masuk semula, taip /setup untuk sediakannya semula.",
  "reset.stopped": "Baiklah, kita berhenti membuat kata laluan baharu untuk kamu. Tiada apa yang berubah.",
  "reset.notSetUp":
    "Hai {name}! Kamu belum sediakan soalan rahsia kamu, jadi saya belum boleh buat kata laluan baharu untuk kamu. Minta guru kelas kamu tolong. Bila kamu boleh log masuk semula, taip /setup untuk sediakannya.",
  "reset.suspended":
    "Terlalu banyak jawapan salah, jadi saya hentikan ini selama kira-kira {hours} jam. Guru kelas kamu boleh bantu sekarang.",
  "reset.staffAccount":
    "Akaun guru dan pentadbir tidak boleh guna soalan rahsia. Sila tanya pasukan IT sekolah.",
  "reset.accountGone": "Saya tidak jumpa akaun kamu dalam sistem sekolah. Sila tanya guru kelas kamu.",
  "reset.askId": "Taip ID pengguna kamu.\nTidak tahu? Tanya guru kelas kamu.",
  "reset.idNotNeeded":
    "Itu ID pengguna kamu. Kamu tidak perlu taip di sini: saya sudah tahu ini kamu. Taip jawapan kamu untuk soalan di bawah.",
  "reset.nameNotAnswer": "Itu nama kamu. Taip jawapan untuk soalan ini.",
  "reset.sameAnswerAgain":
    "Kamu sudah beri jawapan itu untuk soalan {earlier}. Setiap soalan ada jawapannya sendiri. Taip jawapan untuk soalan di bawah. Tersilap? Taip /cancel, kemudian taip /reset untuk mula semula.",
  "reset.noBack":
    "Kamu tidak boleh kembali ke soalan sebelum ini. Taip jawapan untuk soalan di bawah.{first, select, yes {} other { Mahu mula semula dari soalan 1? Taip mula semula. Ia hanya dikira satu cubaan selepas kamu jawab ketiga-tiga soalan.}} Untuk berhenti, taip /cancel.",
  "reset.restartAsk": "Kamu mahu mula semula dari soalan 1? Atau adakah itu jawapan kamu?",
  "reset.backAsk":
    "Kamu tidak boleh kembali ke soalan sebelum ini. Kamu mahu mula semula dari soalan 1? Atau adakah itu jawapan kamu?",
  "reset.restartYes": "Ya, mula semula",
  "reset.restartNo": "Tidak, itu jawapan saya",
  "reset.restarted": "Baiklah, kita mula semula. Tiada apa-apa yang dikira.",
  "reset.helpRestartAsk":
    'Pilih "Ya, mula semula" untuk menjawab 3 soalan sekali lagi dari soalan 1. Ia tidak dikira sebagai satu cubaan. Jika perkataan yang kamu taip itu jawapan rahsia kamu, pilih "Tidak, itu jawapan saya". Untuk berhenti, taip /cancel.',
  "reset.askAnswer":
    "Soalan {number} daripada 3:\n{question}\nTaip jawapan kamu. Saya akan padam mesej kamu sebaik saja saya membacanya.",
  "reset.wrongAnswers": "Maaf, itu tidak berjaya. Mungkin satu jawapan tidak sama dengan yang kamu sediakan.",
  "reset.pausedNow":
    "Terlalu banyak jawapan salah, jadi kamu tidak boleh dapat kata laluan baharu daripada saya selama kira-kira {hours} jam. Kalau kamu perlukannya lebih awal, minta guru kelas kamu membantu.",
  "reset.failedLastTry":
    "Maaf, itu tidak berjaya. Mungkin satu jawapan tidak sama dengan yang kamu sediakan.\nHati-hati: kalau cubaan seterusnya salah juga, kamu tidak boleh dapat kata laluan baharu daripada saya selama kira-kira {hours} jam. Tidak pasti jawapan kamu? Minta guru kelas kamu membantu. Atau taip /reset untuk cuba sekali lagi.",
  "reset.failed":
    "Maaf, itu tidak berjaya. Mungkin satu jawapan tidak sama dengan yang kamu sediakan.\nTaip /reset untuk cuba lagi, atau minta guru kelas kamu membantu.",
  "answers.notCheckable":
    "Maaf, ada masalah di pihak sekolah, jadi saya tidak dapat menyemak jawapan kamu. Ini bukan salah kamu. Tiada apa yang berubah. Sila cuba lagi nanti, atau minta guru kelas kamu membantu.",
  "reset.throttled":
    "Terlalu banyak cubaan dari sembang ini. {hours, plural, =0 {Sila tunggu {minutes} minit, atau minta bantuan guru kelas kamu.} other {Sila cuba lagi dalam kira-kira # jam, atau minta bantuan guru kelas kamu.}}",
  "reset.capped":
    "Kamu sudah buat {max} kata laluan baharu dalam {days} hari yang lalu. Kali ini, sila minta guru kelas kamu membantu.",
  "reset.changed":
    "Ada perubahan pada akaun kamu semasa kita bercakap, jadi saya berhenti. Tiada apa yang berubah. Taip /reset untuk mula semula.",
  "reset.guidedMeanwhileSentElsewhere":
    "Semasa kita bercakap, {teacher} buat kata laluan baharu untuk kamu, jadi saya berhenti di sini. Guna kata laluan baharu daripada {teacher}: saya sudah hantar ke sembang kamu sendiri, bukan sembang ini. Jika kamu tidak jumpa, tanya {teacher} sekali lagi.",
  "reset.guidedMeanwhileSent":
    "Semasa kita bercakap, {teacher} buat kata laluan baharu untuk kamu, jadi saya berhenti di sini. Guna kata laluan baharu daripada {teacher}: saya sudah hantar ke sembang ini. Jika kamu tidak jumpa, tanya {teacher} sekali lagi.",
  "reset.guidedMeanwhile":
    "Semasa kita bercakap, {teacher} buat kata laluan baharu untuk kamu, jadi saya berhenti di sini. Guna kata laluan baharu yang {teacher} beri kepada kamu. Jika kamu tidak ada kata laluan itu, tanya {teacher} sekali lagi.",
  "reset.guidedMeanwhileUnlinked":
    "Semasa kita bercakap, {teacher} buat kata laluan baharu untuk kamu, jadi saya berhenti di sini. Guna kata laluan baharu yang {teacher} beri kepada kamu. Jika kamu tidak ada kata laluan itu, tanya {teacher} sekali lagi. Sembang ini tidak lagi disambungkan kepada {account} kamu. Untuk guna sembang ini lagi, taip /setup.",
  "reset.answersClearedMeanwhile":
    "Semasa kita bercakap, sekolah telah memadam jawapan rahsia kamu, jadi saya berhenti di sini. Kata laluan kamu tidak ditukar. Minta guru kelas kamu tolong dapatkan kata laluan baharu. Bila kamu boleh log masuk semula, taip /setup untuk sediakan soalan kamu semula.",
  "reset.busy":
    "Kata laluan kamu sedang ditukar di tempat lain sekarang. Sila tunggu seminit, kemudian taip /reset.",
  "reset.verified": "Syabas, semua 3 jawapan betul!",
  "reset.lastAnswerAgain":
    "Itu jawapan kamu untuk soalan 3. Soalan sudah habis, dan semua 3 jawapan betul. Sekarang pilih cara kamu mahu kata laluan baharu.",
  "reset.choose": "Bagaimana kamu mahu kata laluan baharu kamu?",
  "reset.helloChoose": "Hai! 👋 Untuk dapat kata laluan baharu, pilih satu di bawah.",
  "reset.welcomeChoose": "Sama-sama! 😊 Untuk dapat kata laluan baharu, pilih satu di bawah.",
  "reset.generate": "Buatkan satu untuk saya",
  "reset.typeOwn": "Saya mahu taip sendiri",
  "reset.helpChoose":
    'Pilih "Buatkan satu untuk saya", dan saya akan buat kata laluan baharu untuk kamu dan tunjukkan di sini. Tulis sebelum ia hilang. Atau pilih "Saya mahu taip sendiri" untuk fikirkan sendiri. Untuk berhenti, taip /cancel.',
  "reset.askNewPassword":
    "Taip kata laluan baharu kamu. Ia perlu sekurang-kurangnya {min} huruf, nombor atau simbol. Saya akan padam mesej kamu sebaik saja saya membacanya.",
  "reset.helpNewPassword":
    'Fikirkan kata laluan baharu yang kamu akan ingat, dan taip di sini. Ia perlu sekurang-kurangnya {min} huruf, nombor atau simbol. Mahu saya buatkan satu? Taip kembali, kemudian pilih "Buatkan satu untuk saya". Untuk berhenti, taip /cancel.',
  "reset.askNewPasswordAgain": "Taip kata laluan yang sama sekali lagi, supaya kita tahu ia betul.",
  "reset.passwordsDiffer": "Dua kata laluan itu tidak sama. Mari cuba lagi.",
  "reset.generated":
    "Kata laluan baharu kamu ialah:\n\n{password}\n\nTulis sekarang: mesej ini akan hilang dalam {minutes, plural, =0 {{seconds} saat} other {# minit}}.\nBila kamu log masuk, komputer akan minta kamu pilih kata laluan baharu.",
  "reset.ownSet": "Siap! Kata laluan baharu kamu sudah sedia. Gunakannya bila kamu log masuk nanti. 🎉",
  "reset.maybeSet":
    "Sistem sekolah tidak menjawab tepat pada masanya, jadi saya tidak pasti kata laluan baharu kamu sudah disimpan. Cuba log masuk dengan kata laluan baharu di bawah. Jika tidak berjaya, taip /reset nanti untuk cuba lagi, atau minta bantuan guru kelas kamu.",
  "reset.notShownBefore":
    "Saya telah membuat kata laluan baharu untuk {id} {days, plural, =0 {{hours, plural, =0 {beberapa minit yang lalu} other {kira-kira # jam yang lalu}}} other {# hari yang lalu}}, tetapi saya tidak dapat menunjukkannya kepada kamu. Jadi kamu belum tahu kata laluan itu. Taip /reset untuk membuat yang lain, atau minta bantuan guru kelas kamu.",
  "reset.maybeSetOwn":
    "Sistem sekolah tidak menjawab tepat pada masanya, jadi saya tidak pasti kata laluan baharu kamu sudah disimpan. Cuba log masuk dengan kata laluan yang kamu baru taip. Jika tidak berjaya, taip /reset nanti untuk cuba lagi, atau minta bantuan guru kelas kamu.",
  "reset.directoryDown":
    "Sistem sekolah tidak menjawab. Sila cuba lagi dalam beberapa minit. Kamu tidak perlu jawab soalan lagi dalam {minutes} minit ini.",
  "reset.directoryDownLate":
    "Sistem sekolah tidak menjawab. Sila cuba lagi dalam beberapa minit. Kalau saya sudah berhenti nanti, taip /reset untuk mula semula.",
  "password.tooShort":
    "Kata laluan itu terlalu pendek. Ia perlu sekurang-kurangnya {min} huruf, nombor atau simbol.",
  "password.tooLong":
    "Kata laluan itu terlalu panjang. Sila guna paling banyak {max} huruf, nombor atau simbol.",
  "password.hasName": "Jangan guna nama kamu atau ID pengguna kamu dalam kata laluan.",
  "password.hiddenMark":
    "Kata laluan itu ada tanda tersembunyi, jadi kamu tidak boleh menaipnya semasa log masuk. Sila taip kata laluan kamu sekali lagi. Guna huruf, nombor dan simbol sahaja.",
  "password.notOnKeyboard":
    "Kata laluan itu tidak boleh ditaip dengan papan kekunci komputer sekolah. Emoji dan huruf bahasa lain tiada pada papan kekunci. Sila taip kata laluan baharu. Guna huruf A hingga Z, nombor 0 hingga 9 dan simbol seperti - atau ! sahaja.",
  "password.fullWidth":
    "Kata laluan itu ada huruf, nombor atau tanda yang lebar, seperti Ａ, １ atau ￥. Ia tidak boleh ditaip di komputer sekolah. Papan kekunci kamu sedang menaipnya: tukar kepada huruf biasa (半角). Kemudian taip kata laluan baharu kamu sekali lagi.",
  "password.spaceAtEnd":
    "Kata laluan itu bermula atau berakhir dengan ruang kosong. Kamu tidak akan nampak ruang itu semasa log masuk. Sila taip sekali lagi tanpa ruang kosong itu.",
  "password.schemeAtStart":
    "Jangan mulakan kata laluan dengan perkataan di dalam kurungan kerinting. Sistem sekolah akan salah membacanya. Pilih kata laluan lain.",
  "password.tooCommon":
    'Kata laluan itu terlalu mudah diteka. Cuba dua atau tiga perkataan yang kamu suka dan satu nombor, seperti {example}. Guna perkataan kamu sendiri! Atau taip kembali, kemudian pilih "Buatkan satu untuk saya".',
  "password.likeExample":
    'Itu kata laluan contoh. Semua orang sudah melihatnya, jadi ia mudah diteka. Guna perkataan kamu sendiri, seperti tiga benda yang kamu suka, dan tambah satu nombor. Atau taip "Buatkan satu untuk saya", dan saya akan buatkan satu untuk kamu.',
  "password.rejected.too-short":
    "Sistem sekolah kata kata laluan itu terlalu pendek. Sila pilih yang lebih panjang.",
  "password.rejected.too-simple":
    "Sistem sekolah kata kata laluan itu terlalu mudah. Cuba campurkan huruf besar dan kecil, nombor dan simbol seperti - atau !.",
  "password.rejected.used-before":
    "Sistem sekolah kata kamu pernah guna kata laluan itu. Sila pilih yang baharu.",
  "password.rejected.other": "Sistem sekolah tidak terima kata laluan itu. Sila pilih yang lain.",
  "reset.tooRecent":
    "Sistem sekolah kata kata laluan kamu baru saja ditukar, jadi ia belum boleh terima yang baru. Kata laluan kamu tidak ditukar: yang lama masih boleh digunakan. Sila cuba lagi esok. Jika kamu perlukan yang baru hari ini, minta guru kelas kamu: dia boleh minta bantuan pasukan IT sekolah.",
  "reset.madeRefused":
    'Sistem sekolah tidak terima kata laluan yang saya buat. Itu bukan salah kamu. Pilih "Buatkan satu untuk saya" sekali lagi, dan saya akan buat yang lain. Atau pilih "Saya mahu taip sendiri".',

  "logout.done": "Sembang ini tidak lagi disambungkan ke akaun kamu. Untuk sambung semula, taip /setup.",
  "logout.staffDone": "Sembang ini tidak lagi disambungkan ke akaun anda. Untuk sambung semula, taip /setup.",
  "logout.doneFor": "{name} tidak lagi disambungkan ke sembang ini. Untuk sambung semula, taip /setup.",
  "logout.doneEveryone":
    "Semua orang tidak lagi disambungkan ke sembang ini. Untuk sambung semula, taip /setup.",
  "family.whoResets":
    "Siapa antara kamu yang perlukan kata laluan baharu?\nTiada dalam senarai? Taip /cancel, dan minta bantuan guru kelas kamu.",
  "family.whoPractises": "Siapa antara kamu yang mahu semak jawapan?",
  "family.whoLogsOut":
    "Siapa yang patut saya putuskan daripada sembang ini? Untuk sambung semula, dia perlukan kata laluannya. Jawapan rahsianya tetap disimpan.",
  "family.whoLogsOutByEmail":
    "Siapa yang patut saya putuskan daripada sembang ini? Untuk sambung semula, {name} hanya perlukan ID penggunanya. Orang lain perlukan kata laluan mereka. Jawapan rahsia mereka tetap disimpan.",
  "family.everyone": "Semua orang",
  "family.keepEveryone": "Tidak, kekalkan semua",
  "family.keptEveryone": "Baiklah, semua orang masih disambungkan ke sembang ini. Tiada apa yang berubah.",
  "setup.chatFull":
    "Sembang ini sudah disambungkan kepada {max} murid. Untuk menambah seorang lagi, salah seorang daripada mereka perlu taip /logout dahulu.",
  "logout.notLinked": "Sembang ini tidak disambungkan ke mana-mana akaun. Untuk sambung, taip /setup.",
  "logout.confirm":
    "Kamu mahu putuskan sambungan sembang ini daripada akaun kamu? Untuk sambung semula, kamu perlukan kata laluan kamu. Jawapan rahsia kamu tetap disimpan.",
  "logout.confirmByEmail":
    "Kamu mahu putuskan sambungan sembang ini daripada akaun kamu? Untuk sambung semula, taip /setup dan ID pengguna kamu. Jawapan rahsia kamu tetap disimpan.",
  "logout.staffConfirm":
    "Anda mahu putuskan sambungan sembang ini daripada akaun anda? Untuk sambung semula, anda perlukan kata laluan anda.",
  "logout.yes": "Ya, putuskan",
  "logout.keep": "Tidak, kekalkan",
  "logout.kept": "Baiklah, sembang ini masih disambungkan ke akaun kamu. Tiada apa yang berubah.",
  "logout.staffKept": "Baiklah, sembang ini masih disambungkan ke akaun anda. Tiada apa yang berubah.",

  "notice.linkedElsewhere":
    "Sembang lain baru saja disambungkan ke {account} {name}, jadi ia tidak lagi disambungkan di sini. Kalau bukan {name} yang buat, beritahu guru segera.",
  "notice.staffLinkedElsewhere":
    "Sembang lain baru saja disambungkan ke {account} {name}, jadi ia tidak lagi disambungkan di sini. Kalau bukan {name} yang buat, beritahu pasukan IT sekolah segera.",
  "notice.passwordChanged":
    "{name}, kata laluan {account} kamu baru saja ditukar. Kalau bukan kamu yang buat, beritahu guru kamu segera.",
  "notice.unlinkedByTeacher":
    "{name}, guru kamu memutuskan sembang ini daripada {account} kamu, kerana kamu tidak boleh menggunakannya. Kalau bukan kamu yang minta, beritahu guru kamu segera. Untuk guna sembang ini lagi, taip /setup.",
  "notice.unlinkedByAdmin":
    "{name}, pasukan komputer sekolah memutuskan sembang ini daripada {account} kamu, kerana kamu tidak boleh menggunakannya. Kalau bukan kamu yang minta, beritahu guru kamu segera. Untuk guna sembang ini lagi, taip /setup.",
  "notice.answersCleared":
    "{name}, sekolah telah memadam jawapan rahsia kamu, jadi kamu perlu sediakannya semula: taip /setup. Kalau kamu tidak sangka ini berlaku, beritahu guru kamu.",
  "notice.unlockedReset":
    "{name}, guru kamu sudah tamatkan jeda itu, jadi kamu tidak perlu tunggu lagi. Kamu boleh taip /reset untuk dapat kata laluan baharu sekarang.",
  "notice.unlockedResetByAdmin":
    "{name}, pasukan komputer sekolah sudah tamatkan jeda itu, jadi kamu tidak perlu tunggu lagi. Kamu boleh taip /reset untuk dapat kata laluan baharu sekarang.",
  "notice.unlockedResetLater":
    "{name}, guru kamu sudah tamatkan jeda itu. Sembang ini masih perlu tunggu kira-kira {minutes} minit. Selepas itu, kamu boleh taip /reset untuk buat kata laluan baharu.",
  "notice.unlockedResetLaterByAdmin":
    "{name}, pasukan komputer sekolah sudah tamatkan jeda itu. Sembang ini masih perlu tunggu kira-kira {minutes} minit. Selepas itu, kamu boleh taip /reset untuk buat kata laluan baharu.",
  "notice.unlockedSetup":
    "{name}, guru kamu sudah tamatkan jeda itu, jadi kamu tidak perlu tunggu lagi. Kamu boleh taip /setup sekarang.",
  "notice.unlockedSetupByAdmin":
    "{name}, pasukan komputer sekolah sudah tamatkan jeda itu, jadi kamu tidak perlu tunggu lagi. Kamu boleh taip /setup sekarang.",
  "notice.unlockedSetupLater":
    "{name}, guru kamu sudah tamatkan jeda itu. Sembang ini masih perlu tunggu kira-kira {minutes} minit. Selepas itu, kamu boleh taip /setup.",
  "notice.unlockedSetupLaterByAdmin":
    "{name}, pasukan komputer sekolah sudah tamatkan jeda itu. Sembang ini masih perlu tunggu kira-kira {minutes} minit. Selepas itu, kamu boleh taip /setup.",
  "notice.accountUnlockedOnly":
    "{name}, guru kamu sudah buka kunci {account} kamu. Kamu boleh log masuk semula sekarang.",
  "notice.accountUnlockedOnlyByAdmin":
    "{name}, pasukan komputer sekolah sudah buka kunci {account} kamu. Kamu boleh log masuk semula sekarang.",
  "notice.accountUnlocked":
    "{name}, guru kamu sudah buka kunci {account} kamu. Kamu boleh log masuk semula sekarang. Kalau kamu lupa kata laluan, taip /reset untuk dapat kata laluan baharu.",
  "notice.accountUnlockedByAdmin":
    "{name}, pasukan komputer sekolah sudah buka kunci {account} kamu. Kamu boleh log masuk semula sekarang. Kalau kamu lupa kata laluan, taip /reset untuk dapat kata laluan baharu.",

  "staff.help":
    "{role, select, admin {Arahan kakitangan} other {Arahan guru}}:\n" +
    "/guided ID – bantu {role, select, admin {murid} other {murid kelas anda}} dapat kata laluan baharu\n" +
    "/unlock ID – {role, select, admin {buka akaun murid yang dikunci, atau benarkan murid yang digantung set semula kata laluan sendiri lagi; dengan ID kakitangan, tamatkan jeda kata laluannya dalam bot ini; dengan sembang seperti yang dinamakan oleh amaran (/unlock telegram:123), tamatkan jeda sembang itu} other {buka akaun murid yang dikunci, atau benarkan murid yang digantung set semula kata laluan sendiri lagi}}\n" +
    "/clearanswers ID – minta murid sediakan soalannya semula\n" +
    "/coverage KELAS – siapa dalam kelas yang belum buat persediaan, dan siapa yang digantung\n" +
    "/cancel – hentikan apa yang kita sedang buat\n" +
    "/logout – putuskan sambungan sembang ini daripada akaun anda\n" +
    "/language – pilih bahasa anda (atau taip namanya selepas itu: /language English)",
  "staff.adminHelp":
    "Arahan pentadbir:\n/audit ID – peristiwa terbaru tentang seseorang, dan olehnya (tiada rahsia)\n/stats – persediaan mengikut kelas, dan set semula serta penggantungan dalam 7 hari lalu\n/export – audit 7 hari lalu sebagai fail (/export 30 untuk 30 hari)",
  "staff.exportReady":
    "Ini audit {days} hari lalu sebagai fail: {count} peristiwa. Ia hanya ada ID, peristiwa dan masa, tiada kata laluan atau jawapan.",
  "staff.exportWhyFull": "pada {full} hari rekod itu penuh",
  "staff.exportWhyMoves":
    "pada {moved} hari pautan satu akaun berpindah lebih daripada {max} kali (rekod menyenaraikan {max} perpindahan satu akaun sehari)",
  "staff.exportWhyBoth":
    "pada {full} hari rekod itu penuh, dan pada {moved} hari pautan satu akaun berpindah lebih daripada {max} kali (rekod menyenaraikan {max} perpindahan satu akaun sehari)",
  "staff.exportCapped":
    "{ready} Fail ini hanya mengandungi {max, number} peristiwa terbaru, dari {from} UTC: peristiwa yang lebih awal tidak dimasukkan. Jalankan npm run audit pada pelayan bot untuk mengeksport semuanya.",
  "staff.exportReadyNotListed":
    "Ini audit {days} hari lalu sebagai fail: {count} peristiwa. {notListed} peristiwa lagi hanya dikira, tidak disenaraikan, kerana {why}: fail itu ada baris not-listed untuk setiap hari itu. Ia hanya ada ID, peristiwa dan masa, tiada kata laluan atau jawapan.",
  "staff.tapOrYesNo":
    "Sila tekan satu butang, atau taip ya atau tidak. Nombor yang anda taip tidak dikira pada langkah ini, supaya tiada apa-apa berlaku secara tidak sengaja.",
  "staff.exportDays": "Beri bilangan hari sebagai nombor bulat dari 1 hingga 90, contohnya /export 30.",
  "staff.reportDeletedLater":
    "Telefon ini juga disambungkan kepada seorang murid, jadi saya akan padam laporan di atas dalam {minutes, plural, =0 {{seconds} saat} other {# minit}}, atau sebaik saja anda menaip arahan seterusnya. Untuk menyimpan laporan, gunakan sembang yang disambungkan kepada anda sahaja.",
  "staff.exportNotOnSharedPhone":
    "Telefon ini juga disambungkan kepada seorang murid, jadi saya tidak akan hantar fail audit sekolah ke sini, kerana ia akan kekal di sini. Taip /export dalam sembang yang disambungkan kepada anda sahaja (telefon atau komputer anda sendiri), atau jalankan npm run audit pada pelayan bot.",
  "staff.onlyStaff":
    "Hanya guru dan pentadbir boleh guna itu. Kalau anda salah seorang, sambungkan sembang ini ke akaun anda dulu dengan /setup.",
  "staff.ownAccountDisabled":
    "Akaun yang disambungkan ke sembang ini, {name} ({id}), dinyahdayakan dalam direktori sekolah, jadi arahan guru dan pentadbir tidak berfungsi di sini. Jika akaun itu sepatutnya aktif, anda boleh minta IT mengaktifkannya semula.",
  "staff.onlyAdmins":
    "Hanya pentadbir boleh guna itu. Taip /help untuk lihat arahan yang anda boleh guna, atau tanya pasukan IT sekolah.",
  "staff.askStudent": "Murid yang mana? Taip ID pengguna murid itu.",
  "staff.askUnlock":
    "Akaun atau sembang siapa? Taip ID pengguna murid atau kakitangan, atau sembang seperti yang dinamakan oleh amaran (contohnya telegram:123).",
  "staff.askPerson": "Rekod siapa yang anda mahu lihat? Taip ID penggunanya.",
  "staff.notYourStudent": "Anda hanya boleh bantu murid dalam kelas anda.",
  "staff.notYourStudentTypeAgain":
    "Anda hanya boleh bantu murid dalam kelas anda. Semak ID pengguna itu dan taip semula. Pentadbir boleh bantu murid kelas lain. Untuk berhenti, taip /cancel.",
  // A teacher in no class: no ID can be hers, so she is not asked for one again.
  "staff.noClassesToHelp":
    "Saya tidak jumpa kelas untuk anda dalam direktori sekolah, jadi anda belum boleh bantu murid di sini. Minta pentadbir IT masukkan anda ke dalam kelas anda. Sementara itu, pentadbir boleh bantu murid itu.",
  // A greeting at "Which student?" or "Whose record?": greeted back, and the ID asked again.
  "staff.helloStudent": "Helo! 👋 Saya perlukan ID pengguna orang itu. Untuk berhenti, taip /cancel.",
  // "Thank you" at "Which student?", "Whose record?" or "Which class?": the prompt stays open, and follows.
  "staff.welcomeAtPrompt": "Sama-sama! Jika anda sudah selesai, taip /cancel.",
  // A greeting at /coverage's "Which class?": greeted back, and the question asked again with her classes.
  "staff.helloClass": "Helo! 👋 Pilih satu kelas di bawah, atau taip namanya. Untuk berhenti, taip /cancel.",
  "staff.oneStudentAtATime":
    "Satu murid pada satu masa: taip satu ID pengguna sahaja. Untuk berhenti, taip /cancel.",
  "staff.nameInYourClasses":
    "Itu nampak seperti nama. Dalam kelas anda: {students}. Taip ID pengguna. Untuk berhenti, taip /cancel.",
  "staff.classNotStudent":
    "{class} ialah kelas. Taip ID pengguna seorang murid: /coverage {class} menunjukkan ID setiap murid. Untuk berhenti, taip /cancel.",
  "staff.otherClassNotStudent":
    "{class} bukan kelas anda. {yours} Taip ID pengguna seorang murid. Untuk berhenti, taip /cancel.",
  "staff.yourClassesShowIds":
    "{count, plural, =1 {Kelas anda ialah {classes}: /coverage {classes} menunjukkan ID pengguna setiap murid.} other {Kelas anda ialah {classes}. Taip /coverage dan salah satu daripadanya untuk melihat ID pengguna setiap murid.}}",
  "staff.yourClassesShowIdsSeeCoverage": "/coverage menunjukkan kelas anda dan ID pengguna setiap murid.",
  "staff.passwordNotId":
    "Taip ID pengguna murid itu, bukan kata laluan: /coverage menunjukkannya di sebelah setiap nama. Jika itu kata laluan anda sendiri, sila tukar segera. Untuk berhenti, taip /cancel.",
  "staff.passwordNotSearched":
    "Itu nampak seperti kata laluan, bukan ID pengguna murid, jadi saya tidak mencarinya atau menyimpannya. Taip ID pengguna murid itu seperti dalam senarai kelas anda (/coverage). Jika itu kata laluan anda sendiri, sila tukar segera. Untuk berhenti, taip /cancel.",
  "staff.passwordNotKept":
    "Itu nampak seperti kata laluan, jadi saya tidak mencarinya atau menyimpannya. Jika itu kata laluan anda sendiri, sila tukar segera.",
  "staff.typeIdNotName":
    "Itu nampak seperti nama. Taip ID pengguna murid itu: /coverage menunjukkannya di sebelah setiap nama. Untuk berhenti, taip /cancel.",
  "staff.idWithPassword":
    "Taip ID pengguna sahaja, tanpa kata laluan anda. Saya padam mesej itu supaya kata laluan anda selamat. Jika saya perlukan kata laluan anda, saya akan memintanya secara berasingan.",
  "staff.idOnly":
    "Taip ID pengguna sahaja, tanpa kata laluan anda. Jika saya perlukan kata laluan anda, saya akan memintanya secara berasingan.",
  "staff.notYourClass": "Anda hanya boleh lihat kelas anda sendiri. {yours}",
  "staff.notYourClassNamed": "{class} bukan kelas anda. {yours}",
  "staff.yourClasses":
    "{count, plural, =1 {Kelas anda ialah {classes}: taip /coverage untuk melihatnya.} other {Kelas anda ialah {classes}: taip /coverage dan salah satu daripadanya.}}",
  "staff.yourClassesSeeCoverage": "Taip /coverage untuk melihatnya.",
  "staff.emptyStudent": "Saya tidak dapat apa-apa perkataan.",
  "staff.stepUpAskPassword":
    "Telefon ini juga disambungkan kepada seorang murid, jadi hanya {name} boleh teruskan di sini. Taip kata laluan anda untuk teruskan, {name}. Saya akan padam mesej anda sebaik saja saya membacanya. Bukan {name}? Taip /cancel untuk kembali.",
  "staff.againAskPassword":
    "Untuk keselamatan murid anda, taip kata laluan anda untuk teruskan, {name}. (Saya akan minta lagi selepas {minutes} minit tanpanya.) Saya akan padam mesej anda sebaik saja saya membacanya. Untuk berhenti, taip /cancel.",
  "staff.stepUpWrongPassword":
    "Itu bukan kata laluan {name}, jadi tiada apa yang dibuat. Lupa kata laluan? Pasukan IT sekolah boleh bantu.",
  "staff.stepUpPaused":
    "{name}, terlalu banyak kata laluan salah ditaip untuk anda dalam sembang ini. Saya tidak akan meminta kata laluan anda dalam sembang ini selama {hours, plural, =0 {{minutes} minit} other {kira-kira # jam}}. Tiada apa yang dibuat. Saya tidak menjeda akaun anda atau sembang anda yang lain. Jeda ini akan tamat dengan sendirinya; selepas itu, taip arahan itu sekali lagi. Pentadbir boleh menamatkannya lebih awal.",
  "staff.directorySlow":
    "{name}, sistem sekolah sangat perlahan sekarang, jadi saya tidak dapat menyemak kata laluan anda. Tiada apa yang dibuat. Sila tunggu beberapa minit, kemudian taip arahan itu sekali lagi.",
  "staff.stepUpPausedSlow":
    "{name}, sistem sekolah sangat perlahan, dan terlalu banyak cubaan kata laluan dalam sembang ini. Saya tidak akan meminta kata laluan anda dalam sembang ini selama {hours, plural, =0 {{minutes} minit} other {kira-kira # jam}}. Tiada apa yang dibuat. Saya tidak menjeda akaun anda atau sembang anda yang lain. Jeda ini akan tamat dengan sendirinya; selepas itu, taip arahan itu sekali lagi. Pentadbir boleh menamatkannya lebih awal.",
  "staff.passwordAgainStartAgain":
    "Sudah lebih daripada {minutes} minit sejak anda menaip kata laluan anda di sini, jadi saya hentikan apa yang anda mulakan tadi. Tiada apa yang dibuat. Taip arahan itu sekali lagi, dan saya akan minta kata laluan anda dahulu.",
  "staff.stepUpStartAgain":
    "Sembang ini juga disambungkan kepada seorang murid, jadi saya hentikan apa yang anda mulakan tadi. Tiada apa yang dibuat. Taip arahan itu sekali lagi, dan saya akan minta kata laluan anda dahulu.",
  "staff.resetStopped": "Baiklah, kita berhenti membuat kata laluan baharu. Tiada apa yang berubah.",
  "staff.childResetGoesOn":
    "{name} sedang membuat kata laluan baharu, jadi saya tidak menghentikannya. Untuk membuat perkara lain, taip /cancel dahulu.",
  "staff.childSetupGoesOn":
    "{name} sedang membuat persediaan, jadi saya tidak menghentikannya. Untuk membuat perkara lain, taip /cancel dahulu.",
  "staff.setupSavedFor": "Baiklah, kita sudah berhenti. Soalan rahsia {name} sudah disimpan.",
  "staff.stepUpChatPaused":
    "Terlalu banyak cubaan dari sembang ini. Tiada apa yang dibuat. Sila tunggu {minutes} minit, atau tanya pasukan IT sekolah.",
  "staff.noSuchPerson": "Saya tidak jumpa sesiapa dengan ID pengguna itu. Sila semak dan cuba lagi.",
  "staff.noSuchPersonTypeAgain":
    "Saya tidak jumpa sesiapa dengan ID pengguna itu. Sila semak dan taip semula. Untuk berhenti, taip /cancel.",
  "staff.noSuchPersonNotName":
    "Saya tidak jumpa sesiapa dengan ID pengguna itu. Sila semak dan cuba lagi. Nama tidak dicari: taip ID pengguna orang itu. /coverage menunjukkan ID murid di sebelah namanya. Murid diberitahu: {hint} Untuk berhenti, taip /cancel.",
  "staff.sharedId":
    "Lebih daripada satu akaun dalam direktori sekolah mempunyai ID pengguna {id}, jadi saya tidak akan bertindak atasnya: dengan ID ini, tiada sesiapa boleh log masuk, set semula kata laluan atau dibantu di sini. Sila minta IT membetulkan direktori supaya hanya satu akaun mempunyainya.",
  "staff.staffAccount":
    "{name} ialah akaun kakitangan, dan arahan ini hanya untuk murid. Kata laluan kakitangan diset semula (atau akaun kakitangan yang dikunci dibuka) dalam direktori sekolah oleh IT.",
  "staff.studentGone":
    "Saya tidak lagi jumpa {id} dalam direktori sekolah, jadi saya berhenti. Tiada apa yang berubah. Jika {id} sepatutnya masih ada, sila tanya IT.",
  "staff.studentDisabled":
    "Akaun {name} dinyahdayakan dalam direktori sekolah, jadi saya tidak dapat membantu dengannya di sini. Jika akaun itu sepatutnya aktif, anda boleh minta IT mengaktifkannya semula.",
  "staff.studentDisabledForAdmins":
    "Akaun {name} dinyahdayakan dalam direktori sekolah, jadi saya tidak dapat membantu dengannya di sini. Jika akaun itu sepatutnya aktif, aktifkannya semula dalam direktori dahulu, kemudian cuba lagi.",
  "guided.chooseRoute":
    "Mari dapatkan kata laluan baharu untuk {name}. Bagaimana {name} boleh buktikan itu dia?",
  "guided.chooseRouteChatHere":
    "Mari dapatkan kata laluan baharu untuk {name}. Sembang {name} ialah telefon ini, jadi kod yang dihantar ke sembangnya akan sampai kepada anda. {name} boleh menaip /reset di sini untuk membuat kata laluan baharu dengan soalan rahsianya. Atau, jika anda sudah menyemak secara bersemuka bahawa ini {name}, saya boleh membuatnya sekarang.",
  "guided.chooseRouteChatHereOnlyInPerson":
    "Mari dapatkan kata laluan baharu untuk {name}. Sembang {name} ialah telefon ini, jadi kod yang dihantar ke sembangnya akan sampai kepada anda. Jika anda sudah menyemak secara bersemuka bahawa ini {name}, saya boleh membuatnya sekarang.",
  "guided.chooseRouteQuestionsPaused":
    "Mari dapatkan kata laluan baharu untuk {name}. Soalan rahsia {name} dihentikan selama kira-kira {hours} jam selepas terlalu banyak jawapan salah, jadi {name} tidak boleh menjawabnya di sini. Bagaimana {name} boleh buktikan itu dia?",
  "guided.chooseRouteDevicePaused":
    "Mari dapatkan kata laluan baharu untuk {name}. Peranti ini sudah menyemak seberapa banyak jawapan yang dibenarkan untuk satu peranti buat masa ini (had yang menghalang sesiapa meneka jawapan tanpa henti), jadi {name} tidak boleh menjawab soalan rahsia di sini selama kira-kira {minutes} minit. Semakan secara bersemuka masih boleh. Bagaimana {name} boleh buktikan itu dia?",
  "guided.chooseRouteDeviceTriesPaused":
    "Mari dapatkan kata laluan baharu untuk {name}. Peranti ini dijeda selama kira-kira {minutes} minit kerana terlalu banyak jawapan atau kata laluan yang salah ditaip padanya (had yang menghalang sesiapa meneka), jadi {name} tidak boleh menjawab soalan rahsia di sini. Semakan secara bersemuka masih boleh. Bagaimana {name} boleh buktikan itu dia?",
  "guided.devicePaused":
    'Peranti ini sudah menyemak seberapa banyak jawapan yang dibenarkan untuk satu peranti buat masa ini (had yang menghalang sesiapa meneka jawapan tanpa henti), jadi jawapan {name} tidak boleh disemak di sini selama kira-kira {minutes} minit. Tiada apa yang berubah. Semakan secara bersemuka masih boleh: mula semula dengan /guided dan pilih "Saya sudah semak sendiri".',
  "guided.deviceTriesPaused":
    'Peranti ini dijeda selama kira-kira {minutes} minit kerana terlalu banyak jawapan atau kata laluan yang salah ditaip padanya (had yang menghalang sesiapa meneka), jadi jawapan {name} tidak boleh disemak di sini. Tiada apa yang berubah. Semakan secara bersemuka masih boleh: mula semula dengan /guided dan pilih "Saya sudah semak sendiri".',
  "guided.routeCode": "Hantar kod ke sembang murid",
  "guided.routeNoChat": "Murid tak boleh guna sembang",
  "guided.routeQuestions": "Murid jawab soalan di sini",
  "guided.routeInPerson": "Saya sudah semak sendiri",
  "guided.chooseRouteCodesUsedUp":
    'Mari kita dapatkan kata laluan baharu untuk {name}. {name} telah dihantar seberapa banyak kod dalam sejam yang lalu yang boleh diterima oleh seorang murid, jadi saya tidak boleh menghantar kod sekarang: kod seterusnya boleh dihantar dalam kira-kira {minutes} minit. Jika anda telah menyemak {name} secara bersemuka, anda boleh pilih "Murid tak boleh guna sembang": ini menyahpaut sembangnya, dan saya tunjukkan kata laluan baharu di sini.',
  "guided.codeSent":
    "Saya hantar kod 6 digit ke sembang {name} sendiri. Minta {name} bacakan kepada anda, kemudian taip di sini. Ia sah selama 10 minit.",
  "guided.askCode": "Taip kod yang {name} bacakan kepada anda.",
  "guided.codeWrong": "Kod itu tidak betul. Semak dengan {name} dan taip semula (tinggal {left} cubaan).",
  "guided.codeNotSixDigits":
    "Kod itu ada 6 digit. Minta {name} baca sekali lagi, kemudian taip kesemua 6 digit.",
  // A greeting or thanks at the code prompt (to the child on the phone, or to the bot): no try used, the prompt follows.
  "guided.helloAtCode":
    "Helo! 👋 Saya perlukan kod 6 digit yang {name} bacakan kepada anda. Untuk berhenti, taip /cancel.",
  "guided.welcomeAtCode":
    "Sama-sama! Apabila {name} membacakan kod itu kepada anda, taip kod itu di sini. Untuk berhenti, taip /cancel.",
  "guided.codeExpired": "Kod itu sudah tamat tempoh. Mula semula dengan /guided.",
  "guided.codeUsedUp": "Terlalu banyak kod yang salah. Mula semula dengan /guided.",
  "guided.codeStoppedForTeacher":
    "Set semula berpandu untuk {name} sudah berhenti, jadi kod yang saya hantar ke sembang {name} tidak boleh digunakan lagi. Jika {name} masih perlukan kata laluan baharu, mula semula dengan /guided.",
  "guided.codeUnreachable":
    'Saya tidak dapat hubungi sembang {name}. Kalau anda sudah semak {name} sendiri, mula semula dengan /guided dan pilih "Murid tak boleh guna sembang".',
  "guided.sentToStudent":
    "Siap! Kata laluan baharu {name} sudah dihantar ke sembangnya sendiri. Murid itu mesti menukarnya semasa log masuk.",
  "guided.changed":
    "Sembang atau jawapan {name} berubah semasa kita bekerja, jadi saya berhenti. Tiada apa yang berubah. Mula semula dengan /guided.",
  "guided.newPasswordByStaffMeanwhile":
    "{by} telah memberi {name} kata laluan baharu semasa kita menunggu kod, jadi saya berhenti. Tiada apa lagi yang berubah, dan kod yang saya hantar tidak boleh digunakan lagi. Jika {name} masih perlukan kata laluan baharu, tanya {by} dahulu, kemudian mula semula dengan /guided.",
  "guided.newPasswordMeanwhile":
    "{name} telah mendapat kata laluan baharu dengan soalan rahsianya semasa kita menunggu kod, jadi saya berhenti. Tiada apa lagi yang berubah, dan kod yang saya hantar tidak boleh digunakan lagi. Jika {name} masih perlukan kata laluan baharu, mula semula dengan /guided.",
  "guided.newPasswordByStaffWhileConfirming":
    "{by} telah memberi {name} kata laluan baharu semasa kita menunggu pengesahan anda, jadi saya berhenti. Tiada apa lagi yang berubah. Jika {name} masih perlukan kata laluan baharu, tanya {by} dahulu, kemudian mula semula dengan /guided.",
  "guided.newPasswordWhileConfirming":
    "{name} telah mendapat kata laluan baharu dengan soalan rahsianya semasa kita menunggu pengesahan anda, jadi saya berhenti. Tiada apa lagi yang berubah. Jika {name} masih perlukan kata laluan baharu, mula semula dengan /guided.",
  "guided.questionsStopped":
    "Set semula berpandu untuk {name} telah berhenti, dan tiada apa yang berubah. Jika {name} masih perlukan kata laluan baharu, mula semula dengan /guided.",
  "guided.madeRefused":
    "Sistem sekolah tidak terima kata laluan yang saya buat untuk {name}. Itu bukan salah anda. Mula semula dengan /guided, dan saya akan buat yang lain.",
  "guided.tooRecent":
    "Sistem sekolah kata kata laluan {name} baru saja ditukar, jadi ia belum boleh terima yang baharu, dan kata laluan {name} tidak ditukar. Cuba /guided lagi nanti (sistem sekolah yang tentukan berapa lama perlu tunggu; selalunya sehari). Jika {name} perlukannya sekarang, pasukan IT sekolah boleh tetapkan satu dalam sistem sekolah.",
  "guided.busy":
    "Kata laluan {name} sedang ditukar di tempat lain sekarang. Tunggu seminit, kemudian cuba /guided semula.",
  "guided.askAnswer":
    "Soalan {number} daripada 3 untuk {name}:\n{question}\nBiar {name} taip jawapan. Saya akan padamkannya dengan segera.",
  "guided.sameAnswerAgain":
    "{name} sudah beri jawapan itu untuk soalan {earlier}. Setiap soalan ada jawapannya sendiri. Biar {name} taip jawapan untuk soalan di bawah. Tiada apa yang disemak atau dikira.",
  "guided.notRemembered":
    '{name} tidak ingat jawapan ini? Tiada apa yang disemak atau dikira. {name} boleh cuba lagi, atau taip /cancel dan mula semula dengan /guided, kemudian pilih "Saya sudah semak sendiri".',
  "guided.answersWrong":
    'Jawapan itu tidak sepadan. Kalau anda sudah semak {name} sendiri, mula semula dengan /guided dan pilih "Saya sudah semak sendiri".',
  "guided.answersWrongPaused":
    'Jawapan itu tidak sepadan. Sudah terlalu banyak jawapan salah untuk {name}, jadi menjawab soalan dihentikan selama kira-kira {hours} jam. Semakan secara bersemuka masih boleh: mula semula dengan /guided dan pilih "Saya sudah semak sendiri".',
  "guided.answersNotCheckable":
    'Jawapan {name} tidak dapat disemak: jawapan yang disimpan tidak sepadan dengan tetapan bot di pelayan (pentadbir IT sudah dimaklumkan). Tiada apa yang berubah dan tiada apa yang dikira. Semakan secara bersemuka masih boleh: mula semula dengan /guided dan pilih "Saya sudah semak sendiri".',
  "guided.confirmInPerson":
    "Sila sahkan bahawa anda sudah semak sendiri bahawa ini ialah {name}. Kemudian saya akan tunjuk kata laluan baharu sekali sahaja.",
  "guided.confirmUnlink":
    "Sila sahkan bahawa anda sudah semak sendiri bahawa ini ialah {name}. Sembang murid itu akan diputuskan, dan saya akan tunjuk kata laluan baharu di sini sekali sahaja.",
  "guided.confirmYes": "Ya, saya sudah semak",
  "guided.maybeSet":
    "Sistem sekolah tidak menjawab tepat pada masanya, jadi kata laluan baharu {name} mungkin tidak disimpan. Jika tidak berjaya, mulakan semula dengan /guided nanti.",
  "guided.shown":
    "Kata laluan baharu {name} ialah:\n\n{password}\n\nTunjukkan kepada {name} sekarang. Mesej ini hilang dalam {minutes, plural, =0 {{seconds} saat} other {# minit}}. Murid itu mesti menukarnya semasa log masuk.",
  "guided.codeForStudent":
    "{name}, guru kamu, {teacher}, sedang bantu kamu dapat kata laluan baharu. Beritahu guru kamu kod ini: {code}\nIa sah selama 10 minit. Kalau kamu tidak minta bantuan, jangan beritahu sesiapa kod ini, dan beritahu orang dewasa.",
  "guided.codeTypedBackForStudent":
    "Adakah itu kod yang saya hantar kepada kamu? Kamu tidak perlu taip di sini. Bacakan kod itu kepada orang dewasa yang sedang membantu kamu.",
  "guided.codeStoppedForStudent":
    "{name}, guru kamu sudah berhenti membantu kamu dapat kata laluan baharu buat masa ini. Kod yang saya hantar kepada kamu tidak boleh digunakan lagi. Kalau kamu masih perlukan kata laluan baharu, tanya guru kamu.",
  "guided.codeFromAdminForStudent":
    "{name}, {admin} daripada pasukan komputer sekolah sedang bantu kamu dapat kata laluan baharu. Beritahu {admin} kod ini: {code}\nIa sah selama 10 minit. Kalau kamu tidak minta bantuan, jangan beritahu sesiapa kod ini, dan beritahu orang dewasa.",
  "guided.codeStoppedByAdminForStudent":
    "{name}, pasukan komputer sekolah sudah berhenti membantu kamu dapat kata laluan baharu buat masa ini. Kod yang saya hantar kepada kamu tidak boleh digunakan lagi. Kalau kamu masih perlukan kata laluan baharu, tanya guru kamu.",
  "guided.passwordForStudent":
    "{name}, ini kata laluan baharu kamu:\n\n{password}\n\nTulis sekarang: mesej ini akan hilang dalam {minutes, plural, =0 {{seconds} saat} other {# minit}}. Bila kamu log masuk, komputer akan minta kamu pilih kata laluan baharu.",
  "common.cancel": "Batal",
  "unlock.done": "Siap! {name} boleh set semula kata laluan sendiri lagi.",
  "unlock.doneNotSetUp":
    "Siap, {name} tidak lagi digantung. Dia belum menyediakan soalan rahsianya, jadi dia belum boleh set semula kata laluan sendiri. Minta dia taip /setup dalam sembangnya sendiri. Jika dia perlukan kata laluan baharu sebelum itu, anda boleh bantu dia dengan /guided.",
  "unlock.doneNoChat":
    "Siap, {name} tidak lagi digantung. Soalan rahsianya sudah sedia, tetapi tiada sembang disambungkan ke akaunnya, jadi dia perlu sambungkan satu dengan /setup sebelum boleh set semula kata laluan sendiri.",
  "unlock.chatDone":
    "Selesai: sembang {chat} tidak dijeda sekarang, dan semakan jawapan serta cubaan gagalnya dikira semula dari sifar.",
  "unlock.chatCountsCleared":
    "Sembang {chat} tidak dijeda. Saya telah mengosongkan kiraannya, jadi semakan jawapan dan cubaan gagalnya bermula semula dari sifar.",
  "unlock.chatNotPaused":
    "Sembang {chat} tidak dijeda, jadi tiada jeda untuk ditamatkan. Semak nama sembang seperti yang diberi oleh amaran atau /audit (contohnya telegram:201).",
  "unlock.setupFirstNoChat":
    "Soalan rahsianya sudah sedia, tetapi tiada sembang disambungkan ke akaunnya, jadi dia perlu sambungkan satu dengan /setup sebelum boleh set semula kata laluan sendiri.",
  "unlock.setupFirstNotSetUp":
    "Dia belum menyediakan soalan rahsianya, jadi dia belum boleh set semula kata laluan sendiri. Minta dia taip /setup dalam sembangnya sendiri. Jika dia perlukan kata laluan baharu sebelum itu, anda boleh bantu dia dengan /guided.",
  "audit.chatNoEvents": "tiada",
  "audit.chatNotListed":
    "Rekod {dates} sudah penuh: sesetengah cubaan pada hari itu hanya dikira, tidak disenaraikan, dan cubaan sembang ini mungkin antaranya. /audit ID mengira setiap cubaan tentang seseorang.",
  "unlock.chatStillPaused":
    "Tetapi sembang {name} ({chat}) dijeda selama kira-kira {minutes} minit selepas terlalu banyak cubaan daripadanya, jadi /reset hanya boleh digunakan di sana selepas itu. Pentadbir boleh menamatkannya lebih awal dengan /unlock {chat}. Jika {name} perlukan kata laluan baharu sekarang, gunakan /guided.",
  "unlock.chatStillPausedSetup":
    "Tetapi sembang {name} ({chat}) dijeda selama kira-kira {minutes} minit selepas terlalu banyak cubaan daripadanya, jadi /setup hanya boleh digunakan di sana selepas itu. Pentadbir boleh menamatkannya lebih awal dengan /unlock {chat}.",
  "unlock.chatStillPausedAskAdmin":
    "Tetapi sembang {name} dijeda selama kira-kira {minutes} minit selepas terlalu banyak cubaan daripadanya, jadi /reset hanya boleh digunakan di sana selepas itu. Pentadbir boleh menamatkan jeda itu lebih awal. Jika {name} perlukan kata laluan baharu sekarang, gunakan /guided.",
  "unlock.chatStillPausedSetupAskAdmin":
    "Tetapi sembang {name} dijeda selama kira-kira {minutes} minit selepas terlalu banyak cubaan daripadanya, jadi /setup hanya boleh digunakan di sana selepas itu. Pentadbir boleh menamatkan jeda itu lebih awal.",
  "unlock.chatOnlyAdmins":
    "Hanya pentadbir boleh menamatkan jeda sesuatu sembang. Jeda itu tamat dengan sendirinya; sementara itu set semula berpandu yang disemak secara bersemuka masih boleh.",
  "unlock.chatOwn":
    "Anda tidak boleh menamatkan jeda sembang yang sedang anda gunakan: pentadbir lain boleh, dengan /unlock {chat} dari sembangnya sendiri. Jeda itu juga tamat dengan sendirinya.",
  "unlock.chatOwnNotPaused":
    "Sembang yang sedang anda gunakan ({chat}) tidak dijeda, jadi tiada jeda untuk ditamatkan.",
  "unlock.lockLifted":
    "{name} tidak digantung, tetapi sistem sekolah telah mengunci akaunnya selepas terlalu banyak kata laluan yang salah. Saya telah membukanya, jadi dia boleh log masuk semula. Saya juga memberitahu pentadbir IT, sekiranya ada orang cuba meneka kata laluan itu.",
  "unlock.alsoLockLifted":
    "Sistem sekolah juga telah mengunci akaunnya selepas terlalu banyak kata laluan yang salah. Saya telah membukanya, dan memberitahu pentadbir IT, sekiranya ada orang cuba meneka kata laluan itu.",
  "unlock.setupPauseLifted":
    "{name} tidak digantung, dan akaunnya tidak dikunci, tetapi persediaan untuk {name} dijeda selepas terlalu banyak kata laluan yang salah. Saya telah menamatkan jeda itu, jadi {name} boleh menggunakan /setup semula sekarang. Jika {name} tidak menaip kata laluan itu, mungkin ada orang lain cuba meneka kata laluannya.",
  "unlock.setupPauseLiftedChatPaused":
    "{name} tidak digantung, dan akaunnya tidak dikunci, tetapi persediaan untuk {name} dijeda selepas terlalu banyak kata laluan yang salah. Saya telah menamatkan jeda itu. Jika {name} tidak menaip kata laluan itu, mungkin ada orang lain cuba meneka kata laluannya.",
  "unlock.setupPauseAdminOnly":
    "Anda sudah menamatkan jeda persediaan untuk {name} dalam {hours} jam yang lalu, jadi saya tidak menamatkannya lagi. Mungkin ada orang cuba meneka kata laluannya. Minta pentadbir IT menyemaknya, dan menamatkan jeda itu jika perlu. Jeda itu juga tamat dengan sendirinya dalam {minutes} minit.",
  "unlock.lockAdminOnly":
    "Anda sudah membuka akaun {name} dalam {hours} jam yang lalu, dan sistem sekolah telah menguncinya semula selepas terlalu banyak kata laluan yang salah, jadi saya tidak membukanya. Mungkin ada orang cuba meneka kata laluannya. Minta pentadbir IT menyemaknya, dan membukanya jika perlu. Jika {name} perlu log masuk sekarang, anda boleh memberinya kata laluan baharu dengan /guided.",
  "unlock.alsoSetupPauseLifted":
    "Persediaan untuk {name} juga dijeda selepas terlalu banyak kata laluan yang salah. Saya telah menamatkan jeda itu, jadi {name} boleh menggunakan /setup semula sekarang.",
  "unlock.alsoSetupPauseLiftedChatPaused":
    "Persediaan untuk {name} juga dijeda selepas terlalu banyak kata laluan yang salah. Saya telah menamatkan jeda itu.",
  "unlock.failuresClearedChatPaused":
    "{name} tidak digantung, dan akaunnya tidak dikunci. Saya telah memadam {count, plural, other {# cubaan salahnya}}.",
  "unlock.failuresCleared":
    "{name} tidak digantung, dan akaunnya tidak dikunci. Saya telah memadam {count, plural, other {# cubaan salahnya}}, jadi dia boleh mencuba semula sepenuhnya.",
  "unlock.staffPauseLifted":
    "Saya telah menamatkan jeda pada kata laluan {name} dalam bot ini, yang bermula selepas terlalu banyak kata laluan salah untuk ID penggunanya, jadi {name} boleh menaipnya di sini semula sekarang. Jika {name} tidak menaip kata laluan itu, mungkin ada orang lain cuba meneka kata laluannya.",
  "unlock.staffNothingToLift":
    "Kata laluan {name} tidak dijeda dalam bot ini, jadi tiada apa-apa untuk ditamatkan. {name} ialah akaun kakitangan: kata laluan kakitangan diset semula (atau akaun kakitangan yang dikunci dibuka) dalam direktori sekolah oleh IT.",
  "unlock.nothingToLift":
    "{name} tidak digantung, dan akaunnya tidak dikunci, jadi tiada apa-apa untuk dibuka.",
  "clear.confirm":
    "Ini akan padam jawapan rahsia {name}, jadi murid itu mesti sediakan soalan semula. Teruskan?",
  "clear.yes": "Ya, padamkan",
  "clear.sameId":
    'Ini memang tentang {name}. Tekan "Ya, padamkan" untuk teruskan, atau "Batal" untuk berhenti.',
  "clear.otherId":
    'Ini tentang {name}. Untuk murid lain, tekan "Batal", kemudian taip /clearanswers dan ID pengguna murid itu.',
  "clear.done":
    "Siap. {name} mesti sediakan soalan rahsia semula sebelum boleh set semula kata laluan sendiri.",
  "clear.nothing":
    "{name} belum sediakan apa-apa soalan, jadi tiada apa untuk dipadam. Minta dia taip /setup dalam sembangnya sendiri. Jika dia perlukan kata laluan baharu sebelum itu, anda boleh bantu dia dengan /guided.",
  "clear.changedMeanwhile":
    "{name} telah menukar jawapan rahsianya semasa kita menunggu pengesahan anda, jadi saya tidak memadam jawapan baharu itu. Tiada apa yang berubah. Jika jawapan itu masih perlu dipadam, taip /clearanswers dan ID pengguna {name} sekali lagi.",
  "coverage.askClass": "Kelas yang mana?",
  "coverage.noClasses": "Saya tidak jumpa kelas untuk anda. Minta pentadbir IT semak kumpulan kelas.",
  "coverage.noSuchClass": "Saya tidak jumpa kelas itu. {classes}",
  "staff.noSuchClass": "Tiada kelas {class} dalam direktori sekolah. {classes}",
  "staff.classesAre": "Kelas yang ada: {classes}.",
  "staff.classesSeeStats": "Taip /stats untuk melihat semua kelas.",
  "coverage.studentNameNotClass":
    "{name} ialah seorang murid. /coverage menunjukkan satu kelas: taip /coverage {class}. Untuk membantu {name}, taip /guided {id} atau /unlock {id}.",
  "coverage.studentNotClass":
    "{id} ialah ID pengguna seorang murid. /coverage menunjukkan satu kelas: taip /coverage {class}. Untuk membantu {name}, taip /guided {id} atau /unlock {id}.",
  "coverage.report":
    "Kelas {class}: {total} murid, {setUp} sudah buat persediaan.\nBelum buat persediaan:\n{missing}\nDigantung:\n{suspended}{paused}{disabled}{shared}",
  "coverage.reportNoChat":
    "Kelas {class}: {total} murid, {setUp} sudah buat persediaan.\nBelum buat persediaan:\n{missing}\nSudah buat persediaan, tetapi tiada sembang disambungkan (mereka perlu taip /setup semula sebelum boleh set semula kata laluan sendiri):\n{noChat}\nDigantung:\n{suspended}{paused}{disabled}{shared}",
  "coverage.suspendedHint":
    "Untuk membantu murid yang digantung: /unlock dan ID mereka membolehkan mereka set semula sendiri lagi (pastikan dahulu itu mereka), atau /guided dan ID mereka memberi mereka kata laluan baharu sekarang.",
  // Students whose set-up is paused after wrong passwords (typos on the first day of term); only when any.
  "coverage.setupPaused":
    "Persediaan dijeda selepas terlalu banyak kata laluan yang salah:\n{list}\nJika itu mereka, /unlock dan ID mereka membolehkan mereka guna /setup lagi sekarang.",
  "coverage.disabled": "Dinyahdayakan dalam direktori sekolah (IT boleh mengaktifkannya semula):\n{list}",
  "coverage.shared":
    "ID pengguna ini ada pada lebih daripada satu akaun dalam direktori sekolah, jadi tiada sesiapa boleh buat persediaan, set semula kata laluan atau dibantu di sini dengan ID ini. Minta IT membetulkan direktori supaya setiap ID ada pada satu akaun sahaja:\n{list}",
  "audit.whoStudent": "{name} ({id}), murid kelas {classes}; {chat}.",
  "audit.whoTeacher": "{name} ({id}), guru kelas {classes}; {chat}.",
  "audit.whoAdmin": "{name} ({id}), pentadbir; {chat}.",
  "audit.chatLinkedNow": "sembang dipautkan sekarang: {chat}",
  "audit.noChatNow": "tiada sembang dipautkan sekarang",
  "audit.noClass": "tiada kelas",
  "audit.report": "Peristiwa terbaru tentang {id}:\n{events}",
  "audit.noneAboutOrBy": "Belum ada peristiwa tentang atau oleh {id}.",
  "audit.passwordNotKept":
    "Itu nampak seperti kata laluan, jadi saya tidak mencarinya atau menyimpannya. Jika itu kata laluan anda sendiri, sila tukar segera. Jika itu ID pengguna seseorang, belum ada apa-apa tentang mereka dalam rekod.",
  "audit.onePersonAtATime": "Satu orang pada satu masa: taip /audit dan satu ID pengguna sahaja.",
  "audit.typeIdNotName":
    "Itu nampak seperti nama. Taip /audit dan ID pengguna orang itu: /coverage menunjukkan ID murid di sebelah namanya.",
  "audit.nobodyWithId":
    "Tiada sesiapa dalam direktori sekolah yang mempunyai ID pengguna {id}, dan tiada peristiwa tentang atau olehnya. Semak ID pengguna itu, kemudian taip /audit dan ID itu semula.",
  "audit.onePersonTypeAgain":
    "Satu orang pada satu masa: taip satu ID pengguna sahaja. Untuk berhenti, taip /cancel.",
  "audit.typeIdNotNameTypeAgain":
    "Itu nampak seperti nama. Taip ID pengguna orang itu: /coverage menunjukkan ID murid di sebelah namanya. Untuk berhenti, taip /cancel.",
  "audit.nobodyWithIdTypeAgain":
    "Tiada sesiapa dalam direktori sekolah yang mempunyai ID pengguna {id}, dan tiada peristiwa tentang atau olehnya. Semak ID pengguna itu dan taip semula. Untuk berhenti, taip /cancel.",
  "audit.nobodyWithIdNotName":
    "Tiada sesiapa dalam direktori sekolah yang mempunyai ID pengguna {id}, dan tiada peristiwa tentang atau olehnya. Nama tidak dicari: taip /audit dan ID pengguna orang itu. /coverage menunjukkan ID murid di sebelah namanya. Murid diberitahu: {hint}",
  "audit.nobodyWithIdNotNameTypeAgain":
    "Tiada sesiapa dalam direktori sekolah yang mempunyai ID pengguna {id}, dan tiada peristiwa tentang atau olehnya. Nama tidak dicari: taip ID pengguna orang itu. /coverage menunjukkan ID murid di sebelah namanya. Murid diberitahu: {hint} Untuk berhenti, taip /cancel.",
  "audit.line": "{when} UTC  {event}: {outcome} ({channel}, oleh {actor})",
  "audit.chatReport":
    "Sembang {chat}\nDipautkan kepada: {linked}\nDijeda sekarang: {paused}\nPeristiwa tentang sembang ini dalam 7 hari lepas:\n{events}",
  "audit.chatPausedChecks": "semakan jawapan, hingga {until} UTC",
  "audit.chatPausedFailures": "cubaan gagal, hingga {until} UTC",
  "audit.chatLiftHint": "Pentadbir boleh menamatkannya dari sembang lain dengan /unlock {chat}.",
  "audit.chatNotPaused": "tidak",
  "audit.chatLine": "{when} UTC  {event}: {outcome} (tentang {subject}, oleh {actor})",
  "audit.classHint":
    "{class} ialah kelas. Untuk rekod seorang murid, taip /audit dan ID penggunanya: /coverage {class} menunjukkan ID setiap murid.",
  "audit.classReport": "Peristiwa tentang kelas {class} dalam 7 hari lalu:\n{events}",
  "audit.noClassNamedTypeAgain":
    "Saya tidak jumpa kelas itu. {classes} Taip ID pengguna atau kelas. Untuk berhenti, taip /cancel.",
  "audit.noSuchClassTypeAgain":
    "Tiada kelas {class} dalam direktori sekolah. {classes} Taip ID pengguna atau kelas. Untuk berhenti, taip /cancel.",
  "audit.classesUnreadTypeAgain":
    "Sistem sekolah tidak menjawab, jadi saya tidak dapat menyemak kelas buat masa ini. Sila cuba lagi dalam beberapa minit. Taip ID pengguna atau kelas. Untuk berhenti, taip /cancel.",
  "audit.nobodyNoClass":
    "Tiada sesiapa dalam direktori sekolah yang mempunyai ID pengguna {id}, dan tiada kelas {class} juga. {classes} Taip /audit dan ID pengguna atau kelas.",
  "audit.nobodyNoClassTypeAgain":
    "Tiada sesiapa dalam direktori sekolah yang mempunyai ID pengguna {id}, dan tiada kelas {class} juga. {classes} Taip ID pengguna atau kelas. Untuk berhenti, taip /cancel.",
  "audit.classNotListed":
    "Rekod {dates} sudah penuh: sesetengah cubaan pada hari itu hanya dikira, tidak disenaraikan, dan cubaan tentang kelas ini mungkin antaranya.",
  "audit.attempts": "Cubaan (setiap hari):",
  "audit.attemptLineBy": "{day}  {event}: {outcome} × {count} – oleh {who}",
  "audit.attemptLineWhoUnknown": "{day}  {event}: {outcome} × {count} – siapa yang mencuba tidak direkodkan",
  "audit.whoOthers": "lain-lain",
  "audit.whoNotRecorded": "tidak direkodkan",
  "audit.byHeading": "Peristiwa terbaru oleh {id} (daripada rekod seluruh sekolah):",
  "audit.byAttemptsHeading": "Cubaan oleh {id}:",
  "audit.lineBy": "{when} UTC  {event}: {outcome} ({channel}, tentang {subject})",
  "audit.subjectUnknownId": "ID pengguna yang tiada pemilik",
  "audit.lineByAboutNobody": "{when} UTC  {event}: {outcome} ({channel})",
  "audit.earlier": "…dan {count} peristiwa lebih awal (/export ada semuanya)",
  "audit.attemptsEarlier":
    "…dan cubaan pada {count} hari lebih awal, sejak {since}. Di pelayan, {command} menyenaraikan yang direkodkan.",
  "audit.event.link": "sambung sembang",
  "audit.event.relink": "sambungan beralih ke sembang ini",
  "audit.event.unlink": "putus sembang",
  "audit.event.enrol": "sediakan soalan rahsia",
  "audit.event.reset-verify": "semak jawapan rahsia",
  "audit.event.reset": "set semula kata laluan",
  "audit.event.reset-suspended": "set semula sendiri digantung",
  "audit.event.reset-capped": "had set semula",
  "audit.event.staff-question-reset": "set semula akaun kakitangan dengan soalan",
  "audit.event.chat-throttled": "sembang dijeda",
  "audit.event.password-set": "tetapkan kata laluan baharu",
  "audit.event.staff-refused": "arahan kakitangan",
  "audit.event.guided-reset": "set semula berpandu",
  "audit.event.code-sent": "kod set semula berpandu dihantar",
  "audit.event.code-stopped": "kod set semula berpandu dihentikan",
  "audit.event.unlock": "buka kunci",
  "audit.event.answers-cleared": "padam jawapan rahsia",
  "audit.event.link-paused": "persediaan dijeda",
  "audit.event.audit-exported": "eksport audit",
  "audit.event.reset-interrupted": "set semula terhenti",
  "audit.outcome.ok": "berjaya",
  "audit.outcome.failed": "gagal",
  "audit.outcome.refused": "ditolak",
  "audit.outcome.info": "catatan",
  "audit.reason.generatedPassword": "kata laluan yang dijana",
  "audit.reason.ownPassword": "kata laluan sendiri",
  "audit.reason.answersWrong": "jawapan tidak sepadan",
  "audit.reason.answersRightAccountChanged":
    "jawapan betul, tetapi akaun berubah semasa set semula (bantuan guru, pautan baharu atau jawapan dipadam)",
  "audit.reason.answersRightSuspended": "jawapan betul, tetapi digantung semasa set semula",
  "audit.reason.wrongIdOrPassword": "ID atau kata laluan salah",
  "audit.reason.practiceReminder": "peringatan latihan",
  "audit.reason.chatLost": "set semula berpandu: sembang terputus",
  "audit.reason.directoryDown": "direktori tidak tersedia",
  "audit.reason.notDelivered": "kata laluan ditetapkan tetapi tidak dihantar",
  "audit.reason.notShown": "kata laluan telah ditetapkan, tetapi tidak ditunjukkan kepada pelajar",
  "audit.reason.wrongCodes": "kod sekali guna salah",
  "audit.reason.newerVersion": "jawapan disimpan oleh versi bot yang lebih baharu",
  "audit.reason.pepperUnknown":
    "jawapan tidak disemak: pepper yang digunakan semasa menyimpannya tiada dalam tetapan (ANSWER_PEPPER)",
  "audit.reason.linkChanged": "pautan berubah semasa persediaan",
  "audit.reason.changedAfterPractice": "menukar jawapan selepas pusingan latihan",
  "audit.reason.chatFull": "sembang ini sudah dipautkan kepada bilangan orang yang maksimum",
  "audit.reason.trustedEmail": "e-mel ruang kerja yang dipercayai",
  "audit.reason.alreadyLinkedHere": "sudah dipautkan kepada sembang ini",
  "audit.reason.chatFailures": "terlalu banyak cubaan gagal dari satu sembang",
  "audit.reason.chatAnswerChecks": "terlalu banyak semakan jawapan dari satu sembang",
  "audit.reason.chatIdLookups": "terlalu banyak ID pengguna dicari dari satu sembang",
  "audit.reason.chatPauseLifted": "jeda sembang ditamatkan",
  "audit.reason.chatNotPaused": "sembang tidak dijeda (kiraannya dikosongkan)",
  "audit.reason.chatNothingToLift": "sembang tidak dijeda, dan tiada apa yang dikira",
  "audit.reason.unlockOwnChat": "menamatkan jeda sembang yang sedang digunakan",
  "audit.reason.stepUpRefused": "kata laluan kakitangan salah dalam sembang yang dikongsi dengan murid",
  "audit.reason.staffAgainRefused":
    "kata laluan kakitangan salah apabila diminta semula dalam sembang kakitangan",
  "audit.reason.unknownId": "disemak dengan soalan rekaan: ID tidak dikenali",
  "audit.reason.staffId": "disemak dengan soalan rekaan: ID kakitangan",
  "audit.reason.notSetUp": "disemak dengan soalan rekaan: belum disediakan",
  "audit.reason.otherChat": "disemak dengan soalan rekaan: bukan sembang yang dipautkan",
  "audit.reason.questionMissing": "disemak dengan soalan rekaan: satu soalan hilang",
  "audit.reason.suspended": "digantung",
  "audit.reason.capped": "had set semula dicapai",
  "audit.reason.guidedMeanwhile":
    "set semula berpandu oleh guru atau pentadbir memberi kata laluan baharu sementara itu",
  "audit.reason.accountGoneMeanwhile":
    "akaun itu dipadam atau dinyahdayakan dalam direktori sekolah sementara itu",
  "audit.reason.changed": "akaun atau sembang berubah sementara itu",
  "audit.reason.answersChangedMeanwhile": "jawapan berubah sementara itu",
  "audit.reason.busy": "satu set semula lain sedang berjalan",
  "audit.reason.tooShort": "direktori menolak kata laluan: terlalu pendek",
  "audit.reason.tooSimple": "direktori menolak kata laluan: terlalu mudah",
  "audit.reason.usedBefore": "direktori menolak kata laluan: pernah digunakan",
  "audit.reason.tooRecent": "direktori menolak kata laluan: ditukar terlalu baru",
  "audit.reason.rejectedOther": "direktori menolak kata laluan",
  "audit.reason.routeCode": "kod sekali guna",
  "audit.reason.routeQuestions": "soalan rahsia",
  "audit.reason.routeInPerson": "secara bersemuka",
  "audit.reason.routeInPersonUnlinked": "secara bersemuka, sembang diputuskan",
  "audit.reason.questionsNotOffered": "soalan rahsia dalam set semula berpandu, yang tidak ditawarkan",
  "audit.reason.suspensionLifted": "penggantungan ditarik balik",
  "audit.reason.notSuspended": "tidak digantung",
  "audit.reason.failuresCleared": "cubaan gagal dikosongkan",
  "audit.reason.setupPauseLifted": "jeda persediaan ditamatkan",
  "audit.reason.setupPauseLiftedAlready": "jeda persediaan tidak ditamatkan: sudah ditamatkan sekali",
  "audit.reason.lockLiftedAlready": "kunci direktori tidak dibuka: sudah dibuka sekali",
  "audit.reason.andSetupPauseLifted": "{what}; jeda persediaan ditamatkan",
  "audit.reason.staffPasswordPauseLifted": "jeda kata laluan kakitangan ditamatkan",
  "audit.reason.andStaffPasswordPauseLifted": "{what}; jeda kata laluan kakitangan ditamatkan",
  "audit.reason.staffNoQuestions": "akaun kakitangan tidak boleh set semula dengan soalan",
  "audit.reason.maybeSet": "{route}; kata laluan mungkin telah ditetapkan: direktori tidak menjawab",
  "audit.reason.interrupted": "terganggu: {why}",
  "audit.reason.command": "arahan /{command}",
  "audit.reason.nameLookup":
    "nama ditaip sebagai ID pengguna di /{command}: {count, plural, one {# murid} other {# murid}} dalam kelasnya sepadan",
  "audit.reason.suspensionAndLockLifted": "penggantungan dan kunci direktori ditarik balik",
  "audit.reason.lockLifted": "kunci direktori ditarik balik",
  "audit.reason.failedTries": "{count, plural, one {# cubaan gagal} other {# cubaan gagal}}",
  "audit.reason.wrongPasswords": "{count, plural, one {# kata laluan salah} other {# kata laluan salah}}",
  "audit.reason.resetsInWindow": "{count, plural, one {# set semula} other {# set semula}} dalam tempoh itu",
  "audit.reason.exported":
    "{days, plural, one {# hari} other {# hari}}: {count, plural, one {# peristiwa} other {# peristiwa}}",
  "audit.reason.wasOn": "dahulu di {channel}",
  "audit.reason.wasChat": "beralih dari {chat}",
  "audit.reason.codeSentTo": "ke sembang {channel} murid",
  "audit.reason.codeStoppedBy": "dihentikan dengan arahan /{command}",
  "audit.reason.codeRanOut": "kod tamat tempoh sebelum digunakan",
  "audit.reason.codeLifetime": "perbualan sampai had masanya",
  "audit.reason.codeSenderNotStaff": "sembang penghantar bukan lagi milik guru atau pentadbir",
  "audit.reason.codeEnded": "dihentikan sebelum digunakan",
  "stats.report":
    "Persediaan mengikut kelas:\n{classes}\n\n7 hari lalu: {resets} set semula sendiri, {guided} set semula berpandu, {suspensions} penggantungan.{note}",
  "stats.lowerBound":
    "Nombor ini mungkin sedikit rendah: rekod {day} penuh, dan peristiwa yang hanya dikira pada hari itu tidak dimasukkan, kerana ada yang mungkin dari sebelum 7 hari lalu.",
  "report.nobody": "tiada",
  "report.classLine": "{class}: {setUp} daripada {total} sudah buat persediaan",
  "report.classLineDisabled":
    "{class}: {setUp} daripada {total} sudah buat persediaan, {disabled} dinyahdayakan dalam direktori sekolah",
  "report.classLineNoChat":
    "{class}: {setUp} daripada {total} sudah buat persediaan, {noChat} daripadanya tiada sembang disambungkan (perlu /setup semula)",
  "report.classLineNoChatDisabled":
    "{class}: {setUp} daripada {total} sudah buat persediaan, {noChat} daripadanya tiada sembang disambungkan (perlu /setup semula), {disabled} dinyahdayakan dalam direktori sekolah",
  "report.directorySizeLimit":
    "Direktori sekolah menghentikan senarai pada had saiznya, jadi saya tidak dapat menunjukkan laporan ini. Direktori itu sendiri berfungsi: murid masih boleh set semula kata laluan mereka. Sila minta IT menaikkan had saiz akaun direktori bot (LDAP_BIND_DN); docs/directory.md menerangkan caranya.",
  "report.classShared":
    "; {count} ID pengguna ada pada lebih daripada satu akaun dalam direktori sekolah, jadi saya tidak boleh membantu dengannya (minta IT membetulkan direktori): {ids}",

  "command.start": "Mula semula",
  "command.setup": "Sediakan 3 soalan rahsia saya",
  "command.reset": "Saya lupa kata laluan",
  "command.cancel": "Berhenti apa yang kita buat",
  "command.help": "Apa yang kamu boleh buat?",
  "command.logout": "Putuskan sambungan sembang ini daripada akaun saya",
  "command.language": "Pilih bahasa saya",

  // Telegram's own: an edit it would not delete just then (the bot tries again), and one it could not delete
  // (older than 48 hours).
  "telegram.editedRemovingSoon":
    "Saya tidak boleh baca mesej yang diubah, jadi saya akan padamkannya sekejap lagi. Sila hantar mesej baharu.",
  "telegram.staffEditedRemovingSoon":
    "Saya tidak boleh baca mesej yang diubah, jadi saya akan padamkannya sekejap lagi. Sila hantar mesej baharu.",
  "telegram.editedNotRemoved":
    "Saya tidak boleh baca mesej yang diubah. Sila hantar mesej baharu. Kalau mesej yang kamu ubah ada kata laluan, sila padam sendiri: tekan lama mesej itu, kemudian tekan Padam.",
  "telegram.staffEditedNotRemoved":
    "Saya tidak boleh baca mesej yang diubah. Sila hantar mesej baharu. Kalau mesej yang anda ubah ada kata laluan, sila padam sendiri: tekan lama mesej itu, kemudian tekan Padam.",
  // Telegram only: a protected message before its secret is put in.
  "telegram.secretComing": "Sekejap…",

  // Slack only: modal titles and buttons (at most 24 characters), the Home tab.
  "slack.modalTitle": "Pembantu kata laluan",
  "slack.send": "Hantar",
  "slack.cancel": "Batal",
  "slack.done": "Siap",
  "slack.inputLabel": "Taip di sini",
  "slack.typePrivately": "Taip secara peribadi",
  "slack.pleaseWait": "Sekejap, saya sedang buat…",
  "slack.seeMessages": "Sudah siap di sini. Saya jawab kamu dalam mesej kita. Kamu boleh tutup kotak ini.",
  "slack.staffSeeMessages":
    "Sudah siap di sini. Saya jawab anda dalam mesej kita. Anda boleh tutup kotak ini.",
  "slack.protectedInChat":
    "Saya sudah buat kata laluan baharu untuk kamu, tetapi saya tidak boleh tunjuk dalam mesej sembang, kerana ia akan kekal di situ. Sila minta guru kelas kamu membantu.",
  "slack.staffProtectedInChat":
    "Saya sudah buat kata laluan baharu, tetapi saya tidak boleh tunjuk dalam mesej sembang, kerana ia akan kekal di situ. Mula semula dengan /guided untuk buat yang lain, atau minta bantuan pasukan IT sekolah.",
  "slack.secretOnHome":
    "Saya letak sesuatu yang peribadi untuk kamu di tab Home aplikasi ini, di mana hanya kamu boleh lihat. Buka tab Home sekarang: ia akan hilang dalam kira-kira {minutes, plural, =0 {{seconds} saat} other {# minit}}.",
  "slack.staffSecretOnHome":
    "Saya letak sesuatu yang peribadi untuk anda di tab Home aplikasi ini, di mana hanya anda boleh lihat. Buka tab Home sekarang: ia akan hilang dalam kira-kira {minutes, plural, =0 {{seconds} saat} other {# minit}}.",
  "slack.openHomeLink": "Buka tab Home",
  "slack.secretOnHomeNote":
    "Hanya kamu boleh lihat ini. Ia akan hilang dari sini dalam kira-kira {minutes, plural, =0 {{seconds} saat} other {# minit}}.",
  "slack.staffSecretOnHomeNote":
    "Hanya anda boleh lihat ini. Ia akan hilang dari sini dalam kira-kira {minutes, plural, =0 {{seconds} saat} other {# minit}}.",
  "slack.hideSecret": "Siap, sembunyikan",
  "slack.homeTitle": "Pembantu kata laluan sekolah",
  "slack.homeLinked": "Akaun Slack ini disambungkan ke akaun sekolah kamu {id}.",
  "slack.staffHomeLinked": "Akaun Slack ini disambungkan ke akaun sekolah anda {id}.",
  "slack.homeNotLinked":
    "Akaun Slack ini belum disambungkan ke akaun sekolah kamu. Tekan butang pertama untuk mula.",
  "slack.homeSetUp": "3 soalan rahsia kamu sudah disediakan. 🎉",
  "slack.homeNotSetUp": "Soalan rahsia kamu belum disediakan.",
  "slack.homeDmHint": "Kamu juga boleh hantar mesej kepada saya di tab Messages, atau taip /sspr help.",
  "slack.staffHomeDmHint": "Anda juga boleh hantar mesej kepada saya di tab Messages, atau taip /sspr help.",
  "slack.setupAskPassword":
    "Sekarang taip kata laluan kamu. Orang lain tidak nampak apa yang kamu taip dalam kotak.",
  "slack.practiceAsk":
    "Latihan, soalan {number} daripada 3:\n{question}\nTaip jawapan kamu. Orang lain tidak nampak apa yang kamu taip dalam kotak.",
  "slack.practiceFix":
    '{question}\nJawapan kamu tidak sama seperti tadi. Taip jawapan yang kamu mahu simpan. Orang lain tidak nampak apa yang kamu taip dalam kotak. Atau tekan "Simpan jawapan lama".',
  "slack.practiceFixBox":
    "{question}\nJawapan kamu tidak sama seperti tadi. Taip jawapan yang kamu mahu simpan. Orang lain tidak nampak apa yang kamu taip dalam kotak.",
  "slack.setupAskAnswer":
    "{question}\nTaip jawapan kamu. Pilih sesuatu yang kamu akan ingat. Orang lain tidak nampak apa yang kamu taip dalam kotak.",
  "slack.resetAskAnswer":
    "Soalan {number} daripada 3:\n{question}\nTaip jawapan kamu. Orang lain tidak nampak apa yang kamu taip dalam kotak.",
  "slack.resetAskNewPassword":
    "Taip kata laluan baharu kamu. Ia perlu sekurang-kurangnya {min} huruf, nombor atau simbol. Orang lain tidak nampak apa yang kamu taip dalam kotak.",
  "slack.resetGeneratedBox":
    "Kata laluan baharu kamu ialah:\n\n{password}\n\nTulis sekarang. Kotak ini kekal terbuka sehingga kamu menutupnya, jadi tutup kotak ini bila kamu sudah siap.\nBila kamu log masuk, komputer akan minta kamu pilih kata laluan baharu.",
  "slack.privateOnly": "Sila hantar mesej peribadi kepada saya. Saya tidak boleh bantu dalam saluran.",
  "slack.staffGuidedAskAnswer":
    "Soalan {number} daripada 3 untuk {name}:\n{question}\nBiar {name} taip jawapan dalam kotak. Ia tidak dihantar ke mana-mana sembang.",
  "slack.staffReportOnSharedPhone":
    "Akaun Slack ini juga disambungkan kepada seorang murid, jadi saya letakkan laporan itu di tab Home anda, bukan dalam sembang ini. Ia akan hilang dalam kira-kira {minutes, plural, =0 {{seconds} saat} other {# minit}}. Untuk menyimpan laporan, gunakan akaun Slack yang disambungkan kepada anda sahaja.",
  "slack.staffStepUpAskPassword":
    "Sembang ini juga disambungkan kepada seorang murid, jadi hanya {name} boleh teruskan di sini. Taip kata laluan anda untuk teruskan, {name}. Orang lain tidak dapat melihat apa yang anda taip dalam kotak itu. Bukan {name}? Taip /cancel untuk kembali.",
  "slack.staffAgainAskPassword":
    "Untuk keselamatan murid anda, taip kata laluan anda untuk teruskan, {name}. (Saya akan minta lagi selepas {minutes} minit tanpanya.) Orang lain tidak dapat melihat apa yang anda taip dalam kotak itu.",
  "slack.staffGuidedShownBox":
    "Kata laluan baharu {name} ialah:\n\n{password}\n\nTunjukkan kepada {name} sekarang. Kotak ini kekal terbuka sehingga anda menutupnya, jadi tutup kotak ini selepas {name} mendapatnya. Murid itu mesti menukarnya semasa log masuk.",
  "slack.formExpiredBox":
    "Kotak itu sudah lama, jadi saya tidak guna apa yang kamu taip di dalamnya. Sila guna kotak ini.",
  "slack.staffFormExpiredBox":
    "Kotak itu sudah lama, jadi saya tidak guna apa yang anda taip di dalamnya. Sila guna kotak ini.",
  "slack.buttonExpiredBox": "Butang itu sudah lama. Sila guna kotak ini.",
  "slack.staffButtonExpiredBox": "Butang itu sudah lama. Sila guna kotak ini.",
  "slack.deleteYourMessage":
    "Apa yang kamu hantar tadi mungkin rahsia, seperti kata laluan. Ia kekal dalam sembang kita, dan saya tidak boleh memadamnya. Sila padam sendiri. Di komputer, letak tetikus di atasnya, klik ⋮, kemudian Delete message. Di telefon, tekan lama mesej itu, kemudian tekan Delete message. Kalau tidak boleh, beritahu guru kamu.",
  "slack.staffDeleteYourMessage":
    "Apa yang anda hantar tadi mungkin rahsia, seperti kata laluan. Ia kekal dalam sembang kita, dan saya tidak boleh memadamnya. Sila padam sendiri. Di komputer, letak tetikus di atasnya, klik ⋮, kemudian Delete message. Di telefon, tekan lama mesej itu, kemudian tekan Delete message. Kalau tidak boleh, minta bantuan pasukan IT sekolah.",
  "slack.deleteYourEdit":
    "Mesej yang kamu ubah tadi mungkin mengandungi rahsia, seperti kata laluan. Ia kekal dalam sembang kita, dan saya tidak boleh memadamnya. Sila padam sendiri. Di komputer, letak tetikus di atasnya, klik ⋮, kemudian Delete message. Di telefon, tekan lama mesej itu, kemudian tekan Delete message. Kalau tidak boleh, beritahu guru kamu.",
  "slack.staffDeleteYourEdit":
    "Mesej yang anda ubah tadi mungkin mengandungi rahsia, seperti kata laluan. Ia kekal dalam sembang kita, dan saya tidak boleh memadamnya. Sila padam sendiri. Di komputer, letak tetikus di atasnya, klik ⋮, kemudian Delete message. Di telefon, tekan lama mesej itu, kemudian tekan Delete message. Kalau tidak boleh, minta bantuan pasukan IT sekolah.",
  "slack.useSecureFormDelete":
    "Jangan taip di sini, kerana ia akan kekal dalam sembang. Saya tidak boleh memadamnya, jadi sila padam sendiri. Di komputer, letak tetikus di atasnya, klik ⋮, kemudian Delete message. Di telefon, tekan lama mesej itu, kemudian tekan Delete message. Kalau tidak boleh, beritahu guru kamu. Kemudian tekan butang untuk taip dalam kotak peribadi.",
  "slack.staffUseSecureFormDelete":
    "Jangan taip di sini, kerana ia akan kekal dalam sembang. Saya tidak boleh memadamnya, jadi sila padam sendiri. Di komputer, letak tetikus di atasnya, klik ⋮, kemudian Delete message. Di telefon, tekan lama mesej itu, kemudian tekan Delete message. Kalau tidak boleh, minta bantuan pasukan IT sekolah. Kemudian tekan butang untuk taip dalam kotak peribadi.",
  "slack.secretAfterCommand":
    "Apa yang kamu taip selepas /sspr mungkin rahsia, seperti kata laluan. Ia tidak ditunjukkan dalam sembang kita, jadi tiada apa yang perlu dipadam. Tetapi taip rahsia dalam kotak peribadi sahaja.",
  "slack.staffSecretAfterCommand":
    "Apa yang anda taip selepas /sspr mungkin rahsia, seperti kata laluan. Ia tidak ditunjukkan dalam sembang kita, jadi tiada apa yang perlu dipadam. Tetapi taip rahsia dalam kotak peribadi sahaja.",
  "slack.useSecureFormCommand":
    "Jangan taip itu selepas /sspr. Ia tidak ditunjukkan dalam sembang kita, jadi tiada apa yang perlu dipadam. Taip dalam kotak peribadi sahaja.",
  "slack.staffUseSecureFormCommand":
    "Jangan taip itu selepas /sspr. Ia tidak ditunjukkan dalam sembang kita, jadi tiada apa yang perlu dipadam. Taip dalam kotak peribadi sahaja.",
  // An edit of a DM message at a secret step (src/bots/slack/edited-message.ts): never read as the answer.
  "slack.editNotRead":
    "Saya hanya baca mesej baharu, bukan mesej yang diubah. Sila taip sekali lagi dalam kotak peribadi: tekan butang di bawah.",
  "slack.staffEditNotRead":
    "Saya hanya baca mesej baharu, bukan mesej yang diubah. Sila taip sekali lagi dalam kotak peribadi: tekan butang di bawah.",

  // The terminal channel.
  "console.hiddenPrompt": "(tersembunyi)",
  "console.likePassword": "Itu nampak seperti kata laluan.",
  "console.maybeSecret": "Adakah itu kata laluan atau jawapan rahsia kamu? Jangan beritahu sesiapa.",
  "console.staffMaybeSecret": "Adakah itu kata laluan anda atau jawapan rahsia? Jangan beritahu sesiapa.",
  "console.setupAskPassword":
    "Sekarang taip kata laluan kamu. Apa yang kamu taip tidak akan kelihatan di skrin.",
  "console.practiceAsk":
    "Latihan, soalan {number} daripada 3:\n{question}\nTaip jawapan kamu. Apa yang kamu taip tidak akan kelihatan di skrin.",
  "console.setupAskAnswer":
    "{question}\nTaip jawapan kamu. Pilih sesuatu yang kamu akan ingat. Apa yang kamu taip tidak akan kelihatan di skrin.",
  "console.resetAskAnswer":
    "Soalan {number} daripada 3:\n{question}\nTaip jawapan kamu. Apa yang kamu taip tidak akan kelihatan di skrin.",
  "console.resetAskNewPassword":
    "Taip kata laluan baharu kamu. Ia perlu sekurang-kurangnya {min} huruf, nombor atau simbol. Apa yang kamu taip tidak akan kelihatan di skrin.",
  "console.staffGuidedAskAnswer":
    "Soalan {number} daripada 3 untuk {name}:\n{question}\nBiar {name} taip jawapan. Apa yang {name} taip tidak akan kelihatan di skrin.",
  "console.staffStepUpAskPassword":
    "Telefon ini juga disambungkan kepada seorang murid, jadi hanya {name} boleh teruskan di sini. Taip kata laluan anda untuk teruskan, {name}. Apa yang anda taip tidak akan kelihatan di skrin. Bukan {name}? Taip /cancel untuk kembali.",
  "console.staffAgainAskPassword":
    "Untuk keselamatan murid anda, taip kata laluan anda untuk teruskan, {name}. (Saya akan minta lagi selepas {minutes} minit tanpanya.) Apa yang anda taip tidak akan kelihatan di skrin.",
  "console.useButtons": "Taip nombor pilihan kamu (1–{max}).",
  "console.staffUseButtons": "Taip nombor pilihan anda (1–{max}).",
  "console.clearSameId": "Ini sudah tentang {name}. Taip ya untuk teruskan, atau tidak untuk berhenti.",
  "console.clearOtherId":
    "Ini tentang {name}. Untuk murid lain, taip tidak, kemudian taip /clearanswers dan ID pengguna murid itu.",
  "console.staffUseButtonsOrYesNo": "Taip nombor pilihan anda (1–{max}), atau taip ya atau tidak.",
  "console.practiceFix":
    "{question}\nJawapan kamu tidak sama seperti tadi. Taip jawapan yang kamu mahu simpan. Atau taip nombor di bawah untuk simpan yang lama.",
  "console.practiceKeepOrType":
    "Untuk simpan jawapan lama kamu, taip 1. Untuk menukarnya, taip jawapan baharu kamu.",
  "console.setupHelpQuestion":
    "Taip nombor soalan yang kamu mahu jawab. Pilih soalan yang kamu tahu jawapannya. Kamu pilih 3 semuanya. Untuk berhenti, taip /cancel.",
  "console.setupHelloQuestion": "Hai! 👋 Pilih satu soalan: taip nombornya, contohnya 1.",
  "console.setupWelcomeQuestion": "Sama-sama! 😊 Pilih satu soalan: taip nombornya, contohnya 1.",
  "console.practiceReminder":
    "Adakah kamu masih ingat jawapan rahsia kamu? Taip nombor di bawah untuk semak. Sekejap sahaja.",
  "console.practiceReminderFor":
    "{name}, adakah kamu masih ingat jawapan rahsia kamu? Taip nombor di bawah untuk semak. Sekejap sahaja.",
  "console.resetGenerated":
    "Kata laluan baharu kamu ialah:\n\n{password}\n\nTulis sekarang. Ia kekal di skrin ini, jadi tutup tetingkap ini bila kamu sudah siap.\nBila kamu log masuk, komputer akan minta kamu pilih kata laluan baharu.",
  "console.staffGuidedShown":
    "Kata laluan baharu {name} ialah:\n\n{password}\n\nTunjukkan kepada {name} sekarang. Ia kekal di skrin ini, jadi tutup tetingkap ini selepas {name} mendapatnya. Murid itu mesti menukarnya semasa log masuk.",
  "console.guidedPasswordForStudent":
    "{name}, ini kata laluan baharu kamu:\n\n{password}\n\nTulis sekarang. Ia kekal di skrin ini, jadi tutup tetingkap ini bila kamu sudah siap. Bila kamu log masuk, komputer akan minta kamu pilih kata laluan baharu.",
  "console.helpChoose":
    'Pilih "Buatkan satu untuk saya", dan saya akan buat kata laluan baharu untuk kamu dan tunjukkan di sini. Tulis kata laluan itu. Atau pilih "Saya mahu taip sendiri" untuk fikirkan sendiri. Untuk berhenti, taip /cancel.',
  "console.staffReportOnSharedPhone":
    "Komputer ini juga disambungkan kepada seorang murid. Selepas membaca laporan itu, tutup tetingkap ini supaya orang lain tidak membacanya. Untuk menyimpan laporan, gunakan sembang yang disambungkan kepada anda sahaja.",
  "console.protected":
    "Di telefon, mesej ini dilindungi dan akan hilang selepas {minutes, plural, =0 {{seconds} saat} other {# minit}}.",
  // Admin alerts (in the school's DEFAULT_LANGUAGE).
  "alert.frame": "Amaran bot kata laluan ({when} UTC): {text}",
  "alert.suspension":
    "Set semula sendiri digantung untuk {subject} selepas {failures} cubaan gagal. Guru boleh menariknya balik dengan /unlock {subject} setelah memastikan itu murid tersebut.",
  "alert.failure-spree":
    "Banyak set semula kata laluan gagal di seluruh sekolah: {failures} cubaan gagal terhadap sekurang-kurangnya {students} murid dalam {minutes} minit. Mungkin ada yang meneka jawapan murid. Tiada akaun murid antaranya: setiap ID yang dicuba tidak sepadan dengan sesiapa. npm run audit (atau /export) menyenaraikan sembang yang mencuba.",
  "alert.failure-spree-ids":
    "Banyak set semula kata laluan gagal di seluruh sekolah: {failures} cubaan gagal terhadap sekurang-kurangnya {students} murid dalam {minutes} minit. Mungkin ada yang meneka jawapan murid. Murid yang dicuba: {ids}. Lihat rekod setiap seorang (/audit {first}, dan seterusnya): ia menyatakan sembang mana yang mencuba, dan /audit bagi sembang menyenaraikan ID lain yang dicubanya.",
  "alert.relink":
    "Akaun sembang yang disambungkan kepada {subject} telah berubah (dari {from} ke {to}). Jika bukan {subject} yang melakukannya, mungkin ada orang tahu kata laluannya: tanya dia, dan gunakan /guided {subject}.",
  "alert.relink-staff":
    "Akaun sembang yang disambungkan kepada akaun kakitangan {subject} telah berubah (dari {from} ke {to}), jadi sembang itu kini boleh menggunakan arahan kakitangan {subject}. Jika bukan {subject} yang melakukannya, mungkin ada orang tahu kata laluannya: minta IT menukarnya dalam direktori sekolah, kemudian {subject} menaip /setup dalam sembangnya sendiri untuk menyambungkannya semula.",
  "alert.guided-reset":
    "{byRole} ({by}) telah set semula kata laluan {subject} (cara: {route}). Tiada tindakan jika ini dijangka; jika tidak, semak /audit {subject}.",
  "alert.directory-error":
    "Bot tidak dapat menggunakan direktori sekolah ({during}). Murid tidak boleh set semula kata laluan sehingga ia menjawab semula: semak pelayan direktori dan tetapan LDAP bot.",
  "alert.directory-up":
    "Direktori sekolah menjawab semula, jadi murid boleh set semula kata laluan lagi. Tiada tindakan diperlukan, kecuali jika murid masih berkata ia tidak berfungsi.",
  "alert.store-down":
    "Bot di {replica} tidak dapat menggunakan Redis, tempat ia menyimpan rekodnya: Redis tidak menjawab atau menolak tulisan. Murid tidak boleh membuat persediaan atau set semula kata laluan sehingga ia berfungsi semula: setiap cubaan diberitahu bahawa tiada apa yang diubah dan supaya mencuba lagi dalam beberapa minit. Semak bahawa Redis berjalan, tidak penuh (maxmemory) dan bukan replika baca sahaja, dan {replica} dapat menghubunginya; baris log bot (store_down) menyatakan ralat Redis. Setiap salinan bot menghantar amarannya sendiri.",
  "alert.directory-setting-not-found":
    "Direktori sekolah menjawab, tetapi {setting} tidak menemui apa-apa di dalamnya: {setting, select, LDAP_ID_ATTRIBUTE {tiada orang di bawah LDAP_BASE_DN yang sepadan dengan LDAP_USER_FILTER dan mempunyai atribut itu, jadi setiap murid diberitahu bahawa ID pengguna atau kata laluannya salah} LDAP_TEACHER_GROUP_DN {guru dianggap murid (tiada arahan guru, dan mereka diminta menyediakan soalan rahsia)} LDAP_ADMIN_GROUP_DN {pentadbir dianggap guru atau murid (tiada arahan pentadbir)} LDAP_CLASS_GROUP_BASE_DN {tiada sesiapa dalam mana-mana kelas, jadi guru tidak nampak murid mereka} other {apa yang dinamakannya tiada di situ}}. Semak {setting}, dan pastikan akaun perkhidmatan boleh membacanya; baris log bot (directory_setting_not_found) menamakan apa yang dicarinya.",
  "alert.store-emptied":
    "Bot di {replica} mendapati Redis dikosongkan semasa ia berjalan: rekod bot di situ sudah hilang (Redis dimulakan semula tanpa menyimpan datanya, seseorang menjalankan FLUSHALL, atau failover beralih ke replika yang kosong). Setiap pautan akaun sembang dan jawapan rahsia setiap murid turut hilang, begitu juga penggantungan, kiraan tetapan semula dan audit: setiap murid mesti menaip /setup dan menjawab soalan sekali lagi sebelum boleh menetapkan semula kata laluan. Beritahu murid dan guru. Kemudian semak ketekunan data Redis (appendonly) dan lognya supaya ia tidak berulang.",
  "alert.redis-may-evict":
    "Redis mungkin memadam rekod bot untuk memberi ruang apabila ia penuh: maxmemory-policy ialah {policy}, bukan noeviction (dilihat oleh bot di {replica}). Ia boleh membuang pautan akaun sembang, jawapan rahsia murid, dan pembilang yang menghalang orang meneka kata laluan dan jawapan. Tetapkan maxmemory-policy kepada noeviction (dalam redis.conf, dengan CONFIG SET maxmemory-policy noeviction, atau dalam kumpulan parameter Redis terurus) dan beri Redis memori lebihan; dengan itu Redis yang penuh menolak operasi tulis dan murid diberitahu supaya mencuba lagi nanti.",
  "alert.store-up":
    "Bot di {replica} dapat menggunakan Redis semula, jadi murid boleh membuat persediaan dan set semula kata laluan lagi. Tiada tindakan diperlukan, kecuali jika murid masih berkata ia tidak berfungsi.",
  "alert.store-up-emptied":
    "Bot di {replica} dapat menggunakan Redis semula, jadi murid boleh membuat persediaan dan set semula kata laluan lagi. Tetapi Redis kembali kosong (lihat amaran tentangnya): setiap murid mesti taip /setup dan jawab soalan semula sebelum boleh set semula kata laluan. Beritahu murid dan guru, dan semak ketekalan Redis (appendonly).",
  "alert.store-up-unsteady":
    "Bot di {replica} dapat menggunakan Redis sekarang, tetapi kehilangannya {outages} kali untuk seketika sejak amaran terakhir tentang Redis: Redis, atau rangkaian ke sana, tidak stabil, dan langkah murid gagal semasa ia hilang. Semak log dan memori Redis, serta rangkaian antara {replica} dan Redis.",
  "alert.store-down-error":
    "{redisError, select, WRONGPASS {Ralat Redis: WRONGPASS, {redisLogin, select, sentinels {sentinel menolak log masuk bot: semak REDIS_SENTINEL_PASSWORD, dan REDIS_SENTINEL_USERNAME jika ditetapkan, berbanding sentinel.conf (requirepass, atau baris pengguna itu).} settings {Redis menolak kata laluan bot: semak REDIS_PASSWORD, dan REDIS_USERNAME jika ditetapkan (kata laluan Redis mungkin telah ditukar).} other {Redis menolak kata laluan bot: semak kata laluan dalam REDIS_URL (kata laluan Redis mungkin telah ditukar).}}} NOAUTH {Ralat Redis: NOAUTH, {redisLogin, select, sentinels {sentinel memerlukan kata laluan yang tidak diberikan oleh bot: tetapkan REDIS_SENTINEL_PASSWORD (dan REDIS_SENTINEL_USERNAME untuk pengguna ACL sentinel).} settings {Redis memerlukan kata laluan yang tidak diberikan oleh bot: tetapkan REDIS_PASSWORD (dan REDIS_USERNAME untuk pengguna ACL).} other {Redis memerlukan kata laluan yang tidak diberikan oleh bot: letakkan kata laluan Redis dalam REDIS_URL.}}} NOPERM {Ralat Redis: NOPERM, pengguna Redis bot tidak dibenarkan menjalankan arahan yang diperlukannya: semak ACL pengguna itu dalam Redis.} other {Ralat Redis: {redisError}.}}",
  "alert.store-down-noperm-user":
    'Ralat Redis: NOPERM, pengguna Redis bot tidak dibenarkan menjalankan arahan yang diperlukannya: bot log masuk sebagai pengguna ACL "{redisUser}", yang ACLnya memerlukan sekurang-kurangnya {redisAcl} (docs/configuration.md, "The Redis user\'s ACL").',
  "alert.store-down-noperm-default":
    'Ralat Redis: NOPERM, pengguna Redis bot tidak dibenarkan menjalankan arahan yang diperlukannya: bot log masuk sebagai pengguna lalai Redis, yang ACLnya memerlukan sekurang-kurangnya {redisAcl} (docs/configuration.md, "The Redis user\'s ACL").',
  "alert.directory-fault.service-login-refused":
    "Direktori menolak log masuk bot sendiri: semak LDAP_BIND_DN dan LDAP_BIND_PASSWORD (kata laluan itu mungkin telah ditukar dalam direktori atau telah tamat tempoh).",
  "alert.directory-fault.base-dn-missing":
    "Direktori tiada entri di tempat bot mencari orang: semak LDAP_BASE_DN, dan LDAP_CLASS_GROUP_BASE_DN jika ditetapkan.",
  "alert.directory-fault.tls-untrusted":
    "Sijil direktori bukan sijil yang dipercayai oleh bot: tetapkan LDAP_TLS_CA_FILE kepada sijil CA yang menandatanganinya.",
  "alert.directory-fault.tls-wrong-ca":
    "Sijil direktori tidak ditandatangani oleh sijil CA dalam LDAP_TLS_CA_FILE: semak bahawa fail itu mengandungi CA yang menandatangani sijil direktori, dan bahawa LDAP_URL menamakan pelayan direktori dan portnya (tanpa port, ldaps:// menggunakan 636 dan ldap:// menggunakan 389).",
  "alert.directory-fault.tls-name-mismatch":
    "Hos dalam LDAP_URL bukan nama pada sijil direktori: gunakan nama yang ada pada sijil itu.",
  "alert.directory-fault.tls-expired":
    "Sijil direktori telah tamat tempoh: perbaharui sijil itu pada pelayan direktori.",
  "alert.store-down-earlier":
    "Sejak amaran terakhir tentang Redis, bot juga kehilangannya {outages} kali untuk seketika: Redis, atau rangkaian ke sana, tidak stabil.",
  "alert.directory-lock-lifted":
    "{byRole} ({by}) menggunakan /unlock untuk {subject}, yang akaunnya telah dikunci oleh direktori sekolah selepas terlalu banyak kata laluan yang salah. Mungkin ada orang cuba meneka kata laluan itu: tanya {subject}, dan semak log masuk yang gagal untuk akaun itu dalam direktori.",
  "alert.setup-pause-lifted":
    "{byRole} ({by}) menggunakan /unlock untuk menamatkan jeda persediaan {subject}, yang bermula selepas kata laluan yang salah untuk ID itu. Setiap kali jeda ditamatkan, {tries} lagi kata laluan boleh dicuba pada akaun itu dalam sehari: jika ini berulang, mungkin ada orang cuba menekanya. Tanya {subject}, dan semak /audit {subject}.",
  "alert.staff-question-reset":
    "Seseorang cuba set semula akaun kakitangan {subject} dengan soalan rahsia (dari {chat}); kakitangan tidak boleh berbuat begitu dan ia ditolak. Jika bukan {subject}, semak akaun itu.",
  "alert.staff-password-paused":
    "Arahan kakitangan {subject} pada {chat} dijeda selepas {failures} kata laluan salah pada kata laluan yang dimintanya; ia boleh digunakan semula apabila kegagalan paling lama tamat (dalam masa {minutes} minit), atau lebih awal dengan /unlock {subject}. Persediaan dan sembang lain tidak dijeda. Jika {subject} tidak menaipnya, mungkin ada orang menggunakan telefonnya: semak dengan {subject}, dan lihat /audit {subject}.",
  "alert.staff-password-pause-lifted":
    "{byRole} ({by}) menggunakan /unlock untuk menamatkan jeda arahan kakitangan {subject} pada {chat}, yang bermula selepas kata laluan yang salah pada kata laluan yang dimintanya. Setiap kali jeda ditamatkan, {tries} lagi kata laluan boleh dicuba di situ pada akaun itu: jika ini berulang, mungkin ada orang menggunakan telefonnya untuk menekanya. Tanya {subject}, dan semak /audit {subject}.",
  "alert.link-paused":
    "Persediaan untuk {subject} dijeda selepas {failures} kata laluan salah (dari {chats}), supaya bot tidak menyebabkan akaun dikunci dalam direktori; ia disambung semula apabila kegagalan paling lama tamat. Jika bukan {subject}, mungkin ada yang mencuba kata laluannya: semak /audit {subject}.",
  "alert.link-paused-held": "{subject} kini disambungkan kepada sembang {linked}.",
  "alert.link-paused-held-since":
    "{subject} kini disambungkan kepada sembang {linked} (sejak {linkedSince} UTC).",
  "alert.link-paused-held-advice":
    "Jika bukan {subject} yang menyambungkan sembang itu, mungkin orang yang pernah melihat kata laluannya memegangnya: dia boleh menetapkan semula kata laluan dari situ dengan jawapannya sendiri, dan terus menjeda persediaan ini supaya {subject} tidak dapat menyambungkan semula sembangnya sendiri. Jika begitu, minta kata laluan itu ditukar, gunakan /clearanswers {subject} untuk memadamkan jawapan yang ditetapkan di situ (ini tidak memutuskan sambungan sembang itu; tetapan semula berpandu dengan {subject} secara bersemuka, dengan memilih “Murid tak boleh guna sembang”, memutuskannya dan menetapkan kata laluan baharu), dan gunakan /unlock {subject} untuk menamatkan jeda ini, supaya {subject} dapat menaip /setup dalam sembangnya sendiri.",
  "alert.chat-throttled":
    "Sembang {subject} dijeda selepas {failures} {reason}, mungkin terhadap beberapa murid. Mungkin ada yang meneka: /audit {subject} menyenaraikan murid yang dicuba.",
  "alert.staff-chat-throttled":
    "Sembang {subject}, yang dipautkan kepada akaun kakitangan {staff}, dijeda selepas {failures} {reason}. Setiap jawapan yang disemak dalam set semula berpandu pada peranti kakitangan dikira dalam had sembang itu, termasuk jawapan yang betul, jadi ini mungkin {staff} yang membantu ramai murid dalam masa yang singkat: semak dengan dia. Jika bukan dia, mungkin ada orang yang menggunakan perantinya untuk meneka jawapan. Sehingga jeda tamat, set semula berpandu secara bersemuka masih boleh. /audit {subject} menunjukkan rekod sembang itu; pentadbir boleh menamatkan jeda dari sembang lain dengan /unlock {subject}.",
  "alert.setup-spray":
    "Mungkin ada semburan kata laluan semasa persediaan: {notLinked} ID pengguna mendapat kata laluan salah dalam {hours} jam yang lalu dan tidak dipautkan selepas itu (manakala {linked} ID dipautkan selepas tersilap, seperti murid yang tersalah taip). Mungkin ada yang mencuba kata laluan rakan sekelas perlahan-lahan, di bawah had setiap sembang dan setiap ID. Peristiwa pautan yang gagal dalam audit menamakan sembang berkenaan: npm run audit, atau /export. Minta murid berkenaan menukar kata laluan mereka. Dalam {hours} jam, amaran ini datang semula hanya apabila ID yang tidak dipautkan sekurang-kurangnya berganda.",
  "alert.reset-spray":
    "Mungkin ada semburan jawapan semasa set semula: {notReset} murid mendapat jawapan salah dalam {hours} jam yang lalu dan selepas itu tidak menjawab dengan betul atau mendapat kata laluan baharu daripada guru mereka (manakala {reset} murid berbuat demikian selepas tersilap, seperti murid yang tersalah taip atau terlupa). Mungkin ada yang meneka jawapan murid perlahan-lahan, di bawah had setiap sembang dan setiap murid serta di bawah amaran banyak set semula gagal. Peristiwa set semula yang gagal dalam audit menamakan sembang berkenaan: npm run audit, atau /export. Murid yang jawapannya mungkin mudah diteka boleh memilih jawapan baharu: /clearanswers ID, kemudian /setup dalam sembangnya sendiri. Jika set semula boleh dimulakan dari mana-mana sembang (RESET_REQUIRES_LINKED_CHAT=false), tetapkannya kepada true untuk menghentikan tekaan dari sembang yang bukan milik murid itu sendiri. Dalam {hours} jam, amaran ini datang semula hanya apabila murid yang tidak set semula sekurang-kurangnya berganda.",
  "alert.id-lookup-flood":
    "Sekolah mencapai {perMinute} carian ID pengguna seminit daripada semua sembang (setiap satu ialah sambungan, log masuk dan dua carian dalam direktori sekolah): ID seterusnya yang ditaip di /setup atau /reset diberitahu saya sangat sibuk sehingga kadar menurun. Mungkin ada orang dengan banyak akaun sembang yang menyiasat direktori; baris log tentang sembang yang dijeda dan npm run audit (atau /export) menunjukkan sembang berkenaan. Jika satu tahun persekolahan sedang membuat persediaan serentak, naikkan SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE.",
  "alert.answer-check-flood":
    "Lebih daripada {perMinute} semakan jawapan seminit di seluruh sekolah: semakan seterusnya menunggu sehingga kadar menurun, jadi murid mungkin diminta mencuba lagi kemudian. Mungkin ada yang meneka dari banyak sembang; semak /stats dan log untuk sembang berkenaan.",
  "alert.audit-full":
    "Rekod audit untuk {day} (UTC) mencapai 90% daripada bahagiannya dalam AUDIT_MAX_EVENTS. Sehingga hari itu tamat, cubaan lain (kata laluan salah, set semula yang gagal, arahan staf yang ditolak) hanya dikira, tidak disenaraikan satu persatu: tiada yang sudah direkodkan ditolak keluar, dan pautan yang dipindah, set semula, kata laluan baharu dan tindakan staf masih disenaraikan dalam baki bahagian itu. Mungkin ada yang mencuba banyak ID dari banyak sembang: npm run audit (atau /export) menunjukkan berapa yang tidak disenaraikan, dan /audit ID siapa yang mencuba sesuatu ID. Jika ini penggunaan sebenar, naikkan AUDIT_MAX_EVENTS.",
  "alert.audit-full-all":
    "Rekod audit untuk {day} (UTC) sudah penuh. Sehingga hari itu tamat, tiada lagi peristiwa disenaraikan satu persatu, walaupun pautan yang dipindah, set semula, kata laluan baharu atau tindakan staf: ia dikira, rekod setiap orang (/audit ID) masih menyimpannya, dan tiada yang sudah direkodkan ditolak keluar. Lihat apa yang memenuhinya dengan npm run audit (atau /export); jika ini penggunaan sebenar, naikkan AUDIT_MAX_EVENTS.",
  "alert.leavers-refused":
    "Kerja berjadual untuk murid yang sudah keluar tidak membuang sesiapa: {missing} daripada {checked} orang yang bot kenal tiada lagi dalam direktori sekolah, lebih daripada satu perlima. Biasanya ini bermakna tetapan direktori salah (LDAP_BASE_DN, LDAP_USER_FILTER), bukan murid yang keluar; pada akhir tahun persekolahan mungkin satu tahun murid sudah keluar. Lihat siapa dengan npm run leavers -- --dry-run; jika mereka memang sudah keluar, jalankan npm run leavers -- --force. Sehingga itu setiap larian berhenti dengan cara yang sama.",
  "alert.password-maybe-set":
    "Direktori sekolah tidak menjawab semasa bot menetapkan kata laluan baharu untuk {subject}, jadi kata laluan itu mungkin sudah ditetapkan. Semak akaun {subject} dalam direktori: sama ada kata laluan baharu berfungsi, dan akaun itu tidak dikunci. Murid diberitahu supaya mencubanya dan bertanya kepada guru kelas jika ia tidak berfungsi.",
  "alert.password-not-shown":
    "Kata laluan baharu {subject} telah ditetapkan, tetapi bot tidak dapat menunjukkannya kepada murid di {channel} (murid mungkin telah menyekat bot, atau {channel} menolak setiap cara untuk menunjukkannya). Murid tidak mengetahuinya, jadi tidak dapat log masuk. Pada mesej seterusnya kepada bot, murid diberitahu supaya menaip /reset sekali lagi; untuk lebih cepat, guru boleh memberikan kata laluan baharu dengan /guided {subject}. /audit {subject} menunjukkan tetapan semula ini.",
  "alert.reset-not-recorded":
    "Kata laluan {subject} telah ditukar dan diberikan, tetapi bot tidak dapat merekod semuanya (kemungkinan besar Redis gagal ketika itu): tetapan semula ini mungkin tiada dalam audit dan dalam had tetapan semula. Semak bahawa Redis berjalan, dan baris log tentang {subject}.",
  "alert.unknown-pepper":
    "Jawapan yang disimpan dibuat dengan pepper yang tiada pada bot ini (id pepper {subject}), jadi jawapan itu tidak dapat disemak: murid yang membuat persediaan dengannya tidak dapat menetapkan semula kata laluan melalui soalan. Tiada apa yang dikira terhadap mereka; mereka diminta mencuba lagi nanti atau bertanya kepada guru. Semak ANSWER_PEPPER dan ANSWER_PEPPER_PREVIOUS: pepper yang digunakan untuk jawapan itu mesti salah satu daripadanya (selepas pertukaran, simpan yang lama sebagai ANSWER_PEPPER_PREVIOUS), kemudian mulakan semula bot.",
  "alert.alerts-held-back":
    "Dari {from} hingga {to} UTC, {heldBack} lagi amaran “{kind}” tidak dihantar ke sini: dalam {minutes} minit bot menghantar amaran daripada satu jenis tentang paling banyak {max} ID atau sembang berbeza, dan paling banyak {perSubject} amaran tentang setiap satu, supaya banjir amaran, atau amaran seseorang tentang dirinya sendiri, tidak menenggelamkan amaran tentang orang lain. Setiap satu ada sepenuhnya dalam log bot (baris dengan alert_held_back). Begitu banyak serentak mungkin bermakna ada yang mencuba banyak ID atau sembang: semak /audit untuk ID dan sembang yang dinamakan dalam baris itu.",
  "alert.kind.suspension": "set semula sendiri digantung",
  "alert.kind.failure-spree": "banyak set semula gagal",
  "alert.kind.relink": "akaun sembang berubah",
  "alert.kind.guided-reset": "set semula berpandu",
  "alert.kind.directory-error": "ralat direktori sekolah",
  "alert.kind.directory-up": "direktori sekolah pulih",
  "alert.kind.store-down": "Redis tidak berfungsi",
  "alert.kind.directory-setting-not-found": "tetapan direktori tidak menemui apa-apa",
  "alert.kind.store-emptied": "Redis dikosongkan",
  "alert.kind.redis-may-evict": "Redis mungkin membuang rekod",
  "alert.kind.store-up": "Redis berfungsi semula",
  "alert.kind.directory-lock-lifted": "kunci direktori dibuka",
  "alert.kind.setup-pause-lifted": "jeda persediaan ditamatkan",
  "alert.kind.staff-question-reset": "set semula akaun kakitangan dengan soalan ditolak",
  "alert.kind.chat-throttled": "sembang dijeda",
  "alert.kind.staff-chat-throttled": "sembang kakitangan dijeda",
  "alert.kind.link-paused": "persediaan dijeda",
  "alert.kind.staff-password-paused": "kata laluan kakitangan dijeda",
  "alert.kind.staff-password-pause-lifted": "jeda kata laluan kakitangan ditamatkan",
  "alert.kind.setup-spray": "semburan kata laluan semasa persediaan",
  "alert.kind.reset-spray": "semburan jawapan semasa set semula",
  "alert.kind.id-lookup-flood": "terlalu banyak carian ID pengguna",
  "alert.kind.answer-check-flood": "terlalu banyak semakan jawapan",
  "alert.kind.audit-full": "rekod audit penuh",
  "alert.kind.leavers-refused": "kerja murid keluar berhenti",
  "alert.kind.password-maybe-set": "kata laluan mungkin sudah ditetapkan",
  "alert.kind.password-not-shown": "kata laluan ditetapkan, tidak ditunjukkan",
  "alert.kind.reset-not-recorded": "set semula tidak direkod sepenuhnya",
  "alert.kind.unknown-pepper": "pepper tidak dikenali",
  "alert.kind.alerts-held-back": "amaran ditahan",
  "alert.byRole.teacher": "Seorang guru",
  "alert.byRole.admin": "Seorang pentadbir",
  "alert.route.code": "kod dihantar ke sembang murid",
  "alert.route.questions": "murid menjawab soalannya",
  "alert.route.in-person": "disemak secara bersemuka",
  "alert.route.in-person-unlinked": "disemak secara bersemuka; sembang murid diputuskan",
  "alert.during.set-password": "semasa menetapkan kata laluan baharu",
  "alert.during.login-check": "semasa semakan log masuk biasa",
  // The terminal's start banner.
  "console.banner.title": "Bot set semula kata laluan murid: saluran terminal.",
  "console.banner.redis": "Storan: Redis.",
  "console.banner.memory": "Storan: dalam memori (dilupakan apabila keluar).",
  "console.banner.demo":
    "Direktori: sekolah demo. Cuba murid S1001 dengan kata laluan Garden-Lamp-21 (lagi dalam README).",
  "console.banner.directory": "Direktori: seperti yang ditetapkan.",
  "console.banner.keys": "Jawab pilihan bernombor dengan nombornya. Ctrl-D untuk keluar.",
  "alert.reason.failures": "cubaan gagal",
  "alert.reason.answerChecks": "semakan jawapan",
};
