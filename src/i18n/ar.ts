import type { Catalogue } from "./catalogue";

// Arabic, written right to left. Plural forms: zero, one, two, few
// (3–10), many (11–99), other (100 and up).

const stillReading = "وما زالت المنشورات الأقدم قيد القراءة.";

export const ar: Catalogue = {
  app: {
    name: "Pepper",
    unreadTitle: "({{count, number}}) Pepper",
  },
  language: {
    label: "اللغة (Language)",
  },
  connection: {
    online: "متصل",
    connecting: "جارٍ الاتصال…",
    offline: "غير متصل",
  },
  login: {
    heading: "سجّل الدخول بمعرّف Jabber الخاص بك",
    intro:
      "شاهد منشورات أصدقائك وشارك منشوراتك. كل شيء يبقى على خادم XMPP " +
      "الخاص بك.",
    jid: "معرّف Jabber",
    jidExample: "alice@example.org",
    password: "كلمة المرور",
    remember: "تذكّرني",
    rememberHint:
      "يحتفظ بمفتاح دخول، وليس بكلمة مرورك أبدًا، على هذا الجهاز حتى " +
      "تسجّل الخروج.",
    advanced: "خيارات متقدمة",
    service: "عنوان WebSocket",
    serviceExample: "wss://example.org/xmpp-websocket",
    serviceHint:
      "اتركه فارغًا ليُعثر عليه من عنوان خادمك. تُجرَّب عدة عناوين، " +
      "تفصل بينها مسافات، بالترتيب.",
    submit: "تسجيل الدخول",
  },
  reconnect: {
    offlineHeading: "أنت غير متصل",
    offlineIntro:
      "هذه هي المنشورات التي يتذكرها Pepper. أدخل كلمة المرور لترى " +
      "الجديد.",
    heading: "جارٍ إعادة الاتصال",
    trying:
      "يواصل Pepper محاولة الوصول إلى خادمك. ما تكتبه الآن محفوظ وسيُرسل " +
      "عند عودتك.",
    tryingAt:
      "يواصل Pepper محاولة الوصول إلى خادمك؛ المحاولة التالية في " +
      "{{time}}. ما تكتبه الآن محفوظ وسيُرسل عند عودتك.",
    now: "أعد الاتصال الآن",
  },
  logout: {
    forget: "احذف بياناتي من هذا الجهاز أيضًا",
    submit: "تسجيل الخروج",
  },
  storage: {
    dismiss: "إغلاق",
  },
  notifications: {
    turnOn: "تفعيل الإشعارات",
    posted: "نشر {{name}} منشورًا",
    on: "الإشعارات مفعّلة ما دام Pepper في الخلفية.",
    blocked:
      "الإشعارات محظورة. اسمح بها في إعدادات هذا الموقع في متصفحك لتصلك " +
      "أخبار المنشورات الجديدة.",
    commented: "علّق {{name}} على منشورك",
    liked: "أُعجب {{name}} بمنشورك",
  },
  nick: {
    label: "اسمك",
    save: "حفظ الاسم",
    saved: "تم الحفظ. ستحمله منشوراتك القادمة.",
  },
  home: {
    posts: "المنشورات",
  },
  composer: {
    label: "منشور جديد",
    placeholder: "بمَ تفكر؟",
    submit: "انشر",
  },
  search: {
    label: "ابحث في المنشورات",
    results: "نتائج البحث",
    none: "لم يُعثر على أي منشور.",
    noneSoFar: `لم يُعثر على أي منشور حتى الآن، ${stillReading}`,
    found_zero: "لم يُعثر على أي منشور.",
    found_one: "عُثر على منشور واحد.",
    found_two: "عُثر على منشورين.",
    found_few: "عُثر على {{count, number}} منشورات.",
    found_many: "عُثر على {{count, number}} منشورًا.",
    found_other: "عُثر على {{count, number}} منشور.",
    foundSoFar_zero: `لم يُعثر على أي منشور حتى الآن، ${stillReading}`,
    foundSoFar_one: `عُثر على منشور واحد حتى الآن، ${stillReading}`,
    foundSoFar_two: `عُثر على منشورين حتى الآن، ${stillReading}`,
    foundSoFar_few: `عُثر على {{count, number}} منشورات حتى الآن، ${stillReading}`,
    foundSoFar_many: `عُثر على {{count, number}} منشورًا حتى الآن، ${stillReading}`,
    foundSoFar_other: `عُثر على {{count, number}} منشور حتى الآن، ${stillReading}`,
    best_zero: "لا توجد نتائج مطابقة.",
    best_one: "أفضل نتيجة مطابقة.",
    best_two: "أفضل نتيجتين مطابقتين.",
    best_few: "أفضل {{count, number}} نتائج مطابقة.",
    best_many: "أفضل {{count, number}} نتيجة مطابقة.",
    best_other: "أفضل {{count, number}} نتيجة مطابقة.",
    bestSoFar_zero: `لا توجد نتائج مطابقة حتى الآن، ${stillReading}`,
    bestSoFar_one: `أفضل نتيجة مطابقة حتى الآن، ${stillReading}`,
    bestSoFar_two: `أفضل نتيجتين مطابقتين حتى الآن، ${stillReading}`,
    bestSoFar_few: `أفضل {{count, number}} نتائج مطابقة حتى الآن، ${stillReading}`,
    bestSoFar_many: `أفضل {{count, number}} نتيجة مطابقة حتى الآن، ${stillReading}`,
    bestSoFar_other: `أفضل {{count, number}} نتيجة مطابقة حتى الآن، ${stillReading}`,
  },
  feeds: {
    loading_zero: "جارٍ تحميل المنشورات…",
    loading_one: "جارٍ تحميل المنشورات من مصدر واحد…",
    loading_two: "جارٍ تحميل المنشورات: {{done, number}} من مصدرين…",
    loading_few:
      "جارٍ تحميل المنشورات: {{done, number}} من {{count, number}} مصادر…",
    loading_many:
      "جارٍ تحميل المنشورات: {{done, number}} من {{count, number}} مصدرًا…",
    loading_other:
      "جارٍ تحميل المنشورات: {{done, number}} من {{count, number}} مصدر…",
    failed: "تعذّر تحميل بعض المنشورات:",
    tryAgain: "حاول مجددًا",
  },
  timeline: {
    label: "الخط الزمني",
    empty: "لا توجد منشورات بعد. اكتب أول منشور، أو أضف صديقًا.",
    tagged: "المنشورات الموسومة بـ <tag>#{{tag}}</tag>",
    showAll: "اعرض كل المنشورات",
  },
  post: {
    edited: "معدَّل",
    repostedFrom: "أعاد النشر من <author>{{author}}</author>",
    showMore: "اعرض المزيد",
    showLess: "اعرض أقل",
    tags: "الوسوم",
    edit: "تعديل",
    delete: "حذف",
    deleting: "جارٍ الحذف…",
    share: "مشاركة",
    shared: "تمت المشاركة",
    like: "إعجاب",
    likes: "♥ {{count, number}}",
  },
  image: {
    show: "اعرض الصورة من {{host}}",
    showWithAlt: "اعرض الصورة: {{alt}} ({{host}})",
  },
  edit: {
    label: "تعديل المنشور",
    cancel: "إلغاء",
    save: "حفظ",
  },
  outbox: {
    sending: "جارٍ الإرسال…",
    waiting: "بانتظار الاتصال؛ سيُرسل تلقائيًا.",
    retry: "أعد المحاولة",
    discard: "تجاهل",
  },
  comments: {
    region: "التعليقات والإعجابات",
    count_zero: "لا تعليقات",
    count_one: "تعليق واحد",
    count_two: "تعليقان",
    count_few: "{{count, number}} تعليقات",
    count_many: "{{count, number}} تعليقًا",
    count_other: "{{count, number}} تعليق",
    unavailable: "التعليقات غير متاحة حاليًا.",
    retry: "أعد تحميل التعليقات",
    loading: "جارٍ تحميل التعليقات…",
    none: "لا توجد تعليقات بعد.",
    list: "التعليقات",
    someone: "شخص ما",
    unverified: "غير موثّق",
    add: "أضف تعليقًا",
    submit: "علّق",
  },
  person: {
    back: "العودة إلى الخط الزمني",
    empty: "لا توجد منشورات منه هنا بعد.",
    posts: "منشورات {{name}}",
    picture: "صورة {{name}}",
    fullName: "الاسم الكامل",
    about: "نبذة",
    website: "الموقع",
    saveProfile: "احفظ الملف الشخصي",
    profileSaved: "حُفظ الملف الشخصي.",
    follow: "تابِع",
    unfollow: "ألغِ المتابعة",
  },
  contacts: {
    heading: "جهات الاتصال",
    list: "جهات الاتصال",
    add: "أضف جهة اتصال",
    addExample: "friend@example.org",
    addSubmit: "أضف",
    requests: "طلبات الصداقة",
    wants: "<who>{{jid}}</who> يريد رؤية منشوراتك.",
    accept: "قبول",
    decline: "رفض",
    pending: "أُرسل الطلب، بانتظار الرد",
    both: "مشاركة في الاتجاهين",
    to: "أنت لا تشارك معه",
    from: "هو لا يشارك معك",
    none: "لا مشاركة",
    online: "متصل",
    away: "بعيد",
    offline: "غير متصل",
  },
  picture: {
    label: "صورتك",
    sending: "يجري إرسال صورتك…",
    saved: "حُفظت الصورة.",
  },
  follow: {
    label: "تابِع شخصًا",
    submit: "تابِع",
    example: "someone@example.org",
    links: "افتح روابط xmpp: في Pepper",
    linksOn: "صار متصفحك يعرض Pepper لروابط xmpp:.",
    linksRefused: "لم يسمح متصفحك لـ Pepper بفتح روابط xmpp:.",
  },
  audience: {
    label: "من يرى منشوراتي",
    checking: "يجري التحقق…",
    elsewhere: "اختير في تطبيق آخر",
    friends: "الأصدقاء",
    everyone: "الجميع",
    visibleFriends: "مرئي لـ: الأصدقاء",
    visibleEveryone: "مرئي لـ: الجميع",
    visibleElsewhere: "مرئي لـ: من اختاره تطبيقك الآخر",
  },
  pictures: {
    add: "أضف صورًا",
    attached: "الصور المرفقة",
    remove: "أزل {{name}}",
    close: "أغلق",
    from: "صورة من {{author}}",
    nthFrom: "الصورة {{n, number}} من {{of, number}} من {{author}}",
    openLarge: "{{name}}، افتحها بحجم كبير",
  },
  time: {
    justNow: "الآن",
    someTimeAgo: "منذ مدة",
    unknown: "غير معروف",
    approximate:
      "نحو {{date}}: لم يحمل المنشور تاريخًا، فهذا هو وقت استلام Pepper له",
  },
  error: {
    "invalid-jid": "لا يبدو هذا معرّف Jabber. اكتبه على الشكل name@example.org.",
    "not-authorized":
      "معرّف Jabber أو كلمة المرور غير صحيحة. تحقق منهما وحاول مجددًا.",
    "no-endpoint":
      "تعذّر العثور على نقطة اتصال WebSocket لهذا الخادم. أدخل عنوان " +
      "WebSocket الخاص به في الخيارات المتقدمة.",
    unreachable:
      "تعذّر الوصول إلى الخادم، أو أنه لا يتحدث XMPP عبر WebSocket على " +
      "هذا العنوان. تحقق من عنوان WebSocket في الخيارات المتقدمة ومن " +
      "اتصالك، ثم حاول مجددًا.",
    "invalid-service":
      "يبدأ عنوان WebSocket بـ wss:// (أو ws:// لخادم على هذا الحاسوب). " +
      "تحقق من العنوان في الخيارات المتقدمة.",
    "not-xmpp":
      "أجاب العنوان، لكن ليس كنقطة اتصال XMPP عبر WebSocket. تحقق من " +
      "عنوان WebSocket في الخيارات المتقدمة.",
    "connection-lost": "انقطع الاتصال بخادمك. أدخل كلمة المرور لإعادة الاتصال.",
    "password-needed":
      "لم يعد بإمكان Pepper تسجيل الدخول بما تذكّره. أدخل كلمة المرور.",
    timeout: "استغرق الخادم وقتًا طويلًا في الرد. حاول مجددًا بعد قليل.",
    "no-mechanism":
      "لا يعرض الخادم أي طريقة دخول يستطيع Pepper استخدامها بأمان. اطلب " +
      "من مسؤول خادمك تفعيل SCRAM، أو استخدم اتصال TLS.",
    storage:
      "لا يسمح هذا الجهاز لـ Pepper بتخزين البيانات هنا. يظل Pepper " +
      "يعمل، لكنه لن يتذكر خطك الزمني بعد إغلاق الصفحة.",
    quota:
      "امتلأت مساحة التخزين المخصصة لـ Pepper على هذا الجهاز. يظل Pepper " +
      "يعمل، لكنه لن يتذكر المنشورات الجديدة بعد إغلاق الصفحة.",
    friendsOnly:
      "يشارك منشوراته مع الأصدقاء فقط. حين يقبلك جهةَ اتصال، تظهر " +
      "منشوراته هنا.",
    "not-in-roster-group": "يشارك منشوراته مع مجموعات مختارة فقط.",
    "closed-node": "منشوراته خاصة.",
    "item-not-found": "لا توجد منشورات بعد.",
    "payload-too-big": "هذا أطول من أن يُرسل. اختصره، أو قسّمه على عدة منشورات.",
    "remote-server-not-found":
      "لا يمكن الوصول إلى خادمه من خادمك: ربما لا وجود له، أو أنه لا " +
      "يتواصل مع خوادم أخرى. تحقق من العنوان.",
    "remote-server-timeout":
      "لم يُجب خادمه خادمَك في الوقت المحدد. سيحاول Pepper مجددًا لاحقًا؛ " +
      "ويمكنك المحاولة الآن أيضًا.",
    "feature-not-implemented":
      "لا يدعم الخادم التدوين المصغّر (PEP)، لذا لا توجد منشورات هنا. " +
      "يستطيع مسؤوله تفعيله.",
    "service-unavailable":
      "لا يقدّم الخادم التدوين المصغّر (PEP) هنا، أو ليس الآن. حاول " +
      "مجددًا لاحقًا؛ وإن تكرر ذلك فاسأل مسؤوله.",
    offline: "أنت غير متصل. سجّل الدخول مجددًا وسيرسله Pepper.",
    "comment-forbidden":
      "لا يسمح لك خادمه بالتعليق على هذا المنشور. ما زال تعليقك هنا؛ " +
      "يمكنك إرساله إليه في رسالة بدلًا من ذلك.",
    "unlike-forbidden":
      "لا يسمح لك خادمه بسحب إعجابك. وحده كاتب المنشور يستطيع إزالته " +
      "الآن.",
    "old-framing":
      "يستخدم هذا الخادم بروتوكول WebSocket قديمًا (أقدم من RFC 7395) لا " +
      "يستطيع Pepper استعماله. اطلب من مديره تحديثه، أو أدخل عنوان " +
      "WebSocket آخر ضمن «متقدم».",
    "no-answer":
      "لم يُجب الخادم على عنوان WebSocket هذا. تحقق من العنوان ضمن «متقدم»، " +
      "أو حاول مجددًا بعد قليل.",
    "ws-subprotocol":
      "نقطة WebSocket في الخادم مضبوطة بشكل خاطئ: فهي لا تقبل البروتوكول " +
      "الفرعي «xmpp». اطلب من مديره إصلاحها.",
    "storage-blocked":
      "نسخة أقدم من Pepper مفتوحة في لسان آخر وتمسك بنسخة خطك الزمني على " +
      "هذا الجهاز. ما زال Pepper يعمل؛ أغلق ذلك اللسان وأعد التحميل ليُحفظ " +
      "خطك الزمني من جديد.",
    "storage-outdated":
      "حدّثت نسخة أحدث من Pepper نسخة خطك الزمني على هذا الجهاز. ما زال " +
      "Pepper يعمل؛ أعد تحميل هذه الصفحة لاستخدامها.",
    "follow-friends-only":
      "يشارك منشوراته مع الأصدقاء فقط، لذا لا يمكنك متابعته. أضفه جهة " +
      "اتصال بدلًا من ذلك؛ وحين يقبل ستظهر منشوراته هنا.",
    "picture-unreadable":
      "تعذّر على Pepper قراءة هذه الصورة. اختر صورة PNG أو JPEG أو GIF.",
    "picture-too-big":
      "رفض خادمك الصورة لأنها كبيرة جدًا. ستبقى صورتك القديمة؛ جرّب صورة " +
      "أصغر أو أبسط.",
    "file-too-large":
      "هذه الصورة أكبر مما يقبله خادمك. اختر صورة أصغر؛ منشورك ما زال هنا.",
    tooLargeNamed:
      "حجم «{{name}}» {{size, number}} م.ب، وخادمك يقبل صورًا حتى " +
      "{{limit, number}} م.ب. اختر صورة أصغر أو صغّرها؛ منشورك ما زال هنا.",
    "upload-failed":
      "تعذّر رفع الصور. منشورك وصوره ما زالت هنا: جرّب «انشر» مجددًا.",
    "no-upload-service":
      "لا يقبل خادمك رفع الصور (XEP-0363)، لذا لا يمكن لهذا المنشور أن " +
      "يحمل صورًا. أزلها لنشر النص، أو اطلب من مدير خادمك تفعيل الرفع.",
    "pictures-offline":
      "تحتاج الصور إلى اتصال لرفعها. منشورك وصوره باقية هنا: انشر مجددًا " +
      "حين تعود متصلًا، أو أزل الصور ليُرسل النص عند عودة الاتصال.",
    "not-a-picture": "يمكن إرفاق الصور فقط: ملفات PNG أو JPEG أو GIF أو WebP.",
    "host-meta-unreadable":
      "تعذّرت قراءة إعدادات الاتصال بخادمك (/.well-known/host-meta): " +
      "الخادم غير متاح، أو لا يسمح لصفحات الويب بقراءتها (CORS). أدخل " +
      "عنوان WebSocket ضمن «متقدم»، أو اطلب من مديره السماح بالقراءة من " +
      "مصادر أخرى.",
    "host-meta-foreign":
      "في مكان إعدادات الاتصال بخادمك (/.well-known/host-meta) شيء آخر، " +
      "ليس مستند XRD. أدخل عنوان WebSocket ضمن «متقدم».",
    "host-meta-malformed":
      "إعدادات الاتصال بخادمك (/.well-known/host-meta) تالفة، لذا لا " +
      "يستطيع Pepper قراءتها. أدخل عنوان WebSocket ضمن «متقدم»، أو اطلب " +
      "من مديره إصلاح الملف.",
    "host-meta-insecure":
      "لا يقدّم خادمك إلا WebSocket غير آمن (ws://)، ولا يجوز لهذه " +
      "الصفحة الآمنة استعماله. اطلب من مديره نقطة wss://، أو أدخل واحدة " +
      "ضمن «متقدم».",
    fallback: "حدث خطأ ما. حاول مجددًا؛ وإن تكرر ذلك فأعد تحميل الصفحة.",
  },
};
