import type { Catalogue } from "./catalogue";

// German. Plural forms: one, other.

export const de: Catalogue = {
  app: {
    name: "Pepper",
    unreadTitle: "({{count, number}}) Pepper",
  },
  language: {
    label: "Sprache (Language)",
  },
  connection: {
    online: "Online",
    connecting: "Verbinde…",
    offline: "Offline",
  },
  login: {
    heading: "Mit deiner Jabber-ID anmelden",
    intro:
      "Sieh die Beiträge deiner Freunde und teile deine eigenen. Alles " +
      "bleibt auf deinem eigenen XMPP-Server.",
    jid: "Jabber-ID",
    jidExample: "alice@example.org",
    password: "Passwort",
    remember: "Angemeldet bleiben",
    rememberHint:
      "Speichert einen Anmeldeschlüssel, nie dein Passwort, auf diesem " +
      "Gerät, bis du dich abmeldest.",
    advanced: "Erweitert",
    service: "WebSocket-URL",
    serviceExample: "wss://example.org/xmpp-websocket",
    serviceHint:
      "Leer lassen, um sie über die Adresse deines Servers zu finden. " +
      "Mehrere URLs, durch Leerzeichen getrennt, werden der Reihe nach " +
      "versucht.",
    submit: "Anmelden",
  },
  reconnect: {
    offlineHeading: "Du bist offline",
    offlineIntro:
      "Das sind die Beiträge, die Pepper sich gemerkt hat. Gib dein " +
      "Passwort ein, um Neues zu sehen.",
    heading: "Verbindung wird wiederhergestellt",
    trying:
      "Pepper versucht weiter, deinen Server zu erreichen. Was du jetzt " +
      "schreibst, wird aufbewahrt und gesendet, sobald du wieder da bist.",
    tryingAt:
      "Pepper versucht weiter, deinen Server zu erreichen; nächster " +
      "Versuch um {{time}}. Was du jetzt schreibst, wird aufbewahrt und " +
      "gesendet, sobald du wieder da bist.",
    now: "Jetzt verbinden",
  },
  logout: {
    forget: "Auch meine Daten von diesem Gerät löschen",
    submit: "Abmelden",
  },
  storage: {
    dismiss: "Schließen",
  },
  notifications: {
    turnOn: "Benachrichtigungen einschalten",
    posted: "{{name}} hat etwas gepostet",
    on: "Benachrichtigungen sind an, solange Pepper im Hintergrund ist.",
    blocked:
      "Benachrichtigungen sind blockiert. Erlaube sie in den " +
      "Einstellungen deines Browsers für diese Seite, um von neuen " +
      "Beiträgen zu erfahren.",
    commented: "{{name}} hat deinen Beitrag kommentiert",
    liked: "{{name}} gefällt dein Beitrag",
  },
  nick: {
    label: "Dein Name",
    save: "Name speichern",
    saved: "Gespeichert. Deine nächsten Beiträge tragen ihn.",
  },
  home: {
    posts: "Beiträge",
  },
  composer: {
    label: "Neuer Beitrag",
    placeholder: "Was gibt's Neues?",
    submit: "Veröffentlichen",
  },
  search: {
    label: "Beiträge durchsuchen",
    results: "Suchergebnisse",
    none: "Keine Beiträge gefunden.",
    noneSoFar:
      "Bisher keine Beiträge gefunden; ältere Beiträge werden noch gelesen.",
    found_one: "{{count, number}} Beitrag gefunden.",
    found_other: "{{count, number}} Beiträge gefunden.",
    foundSoFar_one:
      "Bisher {{count, number}} Beitrag gefunden; ältere Beiträge werden " +
      "noch gelesen.",
    foundSoFar_other:
      "Bisher {{count, number}} Beiträge gefunden; ältere Beiträge werden " +
      "noch gelesen.",
    best_one: "Der beste Treffer.",
    best_other: "Die besten {{count, number}} Treffer.",
    bestSoFar_one:
      "Der bisher beste Treffer; ältere Beiträge werden noch gelesen.",
    bestSoFar_other:
      "Die bisher besten {{count, number}} Treffer; ältere Beiträge " +
      "werden noch gelesen.",
  },
  feeds: {
    loading_one:
      "Lade Beiträge aus {{done, number}} von {{count, number}} Feed…",
    loading_other:
      "Lade Beiträge aus {{done, number}} von {{count, number}} Feeds…",
    failed: "Einige Beiträge konnten nicht geladen werden:",
    tryAgain: "Erneut versuchen",
  },
  timeline: {
    label: "Zeitleiste",
    empty:
      "Noch keine Beiträge. Schreib den ersten oder füge einen Freund " +
      "hinzu.",
    tagged: "Beiträge mit <tag>#{{tag}}</tag>",
    showAll: "Alle Beiträge zeigen",
  },
  post: {
    edited: "bearbeitet",
    repostedFrom: "Geteilt von <author>{{author}}</author>",
    showMore: "Mehr zeigen",
    showLess: "Weniger zeigen",
    tags: "Schlagwörter",
    edit: "Bearbeiten",
    delete: "Löschen",
    deleting: "Wird gelöscht…",
    share: "Teilen",
    shared: "Geteilt",
    like: "Gefällt mir",
    likes: "♥ {{count, number}}",
  },
  image: {
    show: "Bild von {{host}} zeigen",
    showWithAlt: "Bild zeigen: {{alt}} ({{host}})",
  },
  edit: {
    label: "Beitrag bearbeiten",
    cancel: "Abbrechen",
    save: "Speichern",
  },
  outbox: {
    sending: "Wird gesendet…",
    waiting: "Wartet auf die Verbindung; wird dann von selbst gesendet.",
    retry: "Erneut senden",
    discard: "Verwerfen",
  },
  comments: {
    region: "Kommentare und Gefällt mir",
    count_one: "{{count, number}} Kommentar",
    count_other: "{{count, number}} Kommentare",
    unavailable: "Kommentare sind gerade nicht verfügbar.",
    retry: "Kommentare erneut laden",
    loading: "Lade Kommentare…",
    none: "Noch keine Kommentare.",
    list: "Kommentare",
    someone: "Jemand",
    unverified: "nicht bestätigt",
    add: "Kommentar schreiben",
    submit: "Kommentieren",
  },
  person: {
    back: "Zurück zur Zeitleiste",
    empty: "Hier sind noch keine Beiträge von dieser Person.",
    posts: "Beiträge von {{name}}",
    picture: "Bild von {{name}}",
    fullName: "Vollständiger Name",
    about: "Über mich",
    website: "Website",
    saveProfile: "Profil speichern",
    profileSaved: "Profil gespeichert.",
    follow: "Folgen",
    unfollow: "Entfolgen",
  },
  contacts: {
    heading: "Kontakte",
    list: "Kontakte",
    add: "Kontakt hinzufügen",
    addExample: "freund@example.org",
    addSubmit: "Hinzufügen",
    requests: "Freundschaftsanfragen",
    wants: "<who>{{jid}}</who> möchte deine Beiträge sehen.",
    accept: "Annehmen",
    decline: "Ablehnen",
    pending: "Anfrage gesendet, wartet",
    both: "teilt in beide Richtungen",
    to: "du teilst nicht mit dieser Person",
    from: "diese Person teilt nicht mit dir",
    none: "teilt nicht",
    online: "online",
    away: "abwesend",
    offline: "offline",
  },
  picture: {
    label: "Dein Bild",
    sending: "Dein Bild wird gesendet…",
    saved: "Bild gespeichert.",
  },
  follow: {
    label: "Jemandem folgen",
    submit: "Folgen",
    example: "jemand@example.org",
    links: "xmpp:-Links in Pepper öffnen",
    linksOn: "Dein Browser bietet Pepper jetzt für xmpp:-Links an.",
    linksRefused: "Dein Browser lässt Pepper keine xmpp:-Links öffnen.",
  },
  audience: {
    label: "Wer meine Beiträge sieht",
    checking: "Wird geprüft…",
    elsewhere: "In einer anderen App gewählt",
    friends: "Freunde",
    everyone: "Alle",
    visibleFriends: "Sichtbar für: Freunde",
    visibleEveryone: "Sichtbar für: alle",
    visibleElsewhere: "Sichtbar für: wen deine andere App gewählt hat",
  },
  pictures: {
    add: "Bilder hinzufügen",
    attached: "Angehängte Bilder",
    remove: "{{name}} entfernen",
    close: "Schließen",
    from: "Bild von {{author}}",
    nthFrom: "Bild {{n, number}} von {{of, number}} von {{author}}",
    openLarge: "{{name}}, groß öffnen",
  },
  time: {
    justNow: "gerade eben",
    someTimeAgo: "vor einiger Zeit",
    unknown: "unbekannt",
    approximate:
      "Etwa {{date}}: Der Beitrag hatte kein Datum, also ist das der " +
      "Zeitpunkt, zu dem Pepper ihn erhalten hat",
  },
  error: {
    "invalid-jid":
      "Das sieht nicht nach einer Jabber-ID aus. Schreib sie als " +
      "name@example.org.",
    "not-authorized":
      "Falsche Jabber-ID oder falsches Passwort. Prüfe beides und " +
      "versuch es noch einmal.",
    "no-endpoint":
      "Für diesen Server wurde kein WebSocket-Endpunkt gefunden. Gib " +
      "seine WebSocket-URL unter „Erweitert“ ein.",
    unreachable:
      "Der Server war nicht erreichbar, oder er spricht unter dieser URL " +
      "kein XMPP über WebSocket. Prüfe die WebSocket-URL unter " +
      "„Erweitert“ und deine Verbindung und versuch es dann noch einmal.",
    "invalid-service":
      "Eine WebSocket-URL beginnt mit wss:// (oder ws:// für einen Server " +
      "auf diesem Computer). Prüfe die URL unter „Erweitert“.",
    "not-xmpp":
      "Die Adresse hat geantwortet, aber nicht als XMPP-WebSocket-" +
      "Endpunkt. Prüfe die WebSocket-URL unter „Erweitert“.",
    "connection-lost":
      "Die Verbindung zu deinem Server ist abgebrochen. Gib dein Passwort " +
      "ein, um dich wieder zu verbinden.",
    "password-needed":
      "Pepper kann sich mit dem Gemerkten nicht mehr anmelden. Gib dein " +
      "Passwort ein.",
    timeout:
      "Der Server hat zu lange nicht geantwortet. Versuch es gleich noch " +
      "einmal.",
    "no-mechanism":
      "Der Server bietet kein Anmeldeverfahren an, das Pepper sicher " +
      "nutzen kann. Bitte die Administration deines Servers, SCRAM " +
      "einzuschalten, oder nutze eine TLS-Verbindung.",
    storage:
      "Dieses Gerät lässt Pepper hier keine Daten speichern. Pepper " +
      "funktioniert trotzdem, merkt sich deine Zeitleiste aber nicht, " +
      "wenn du die Seite schließt.",
    quota:
      "Der Speicher dieses Geräts für Pepper ist voll. Pepper funktioniert " +
      "trotzdem, merkt sich neue Beiträge aber nicht, wenn du die Seite " +
      "schließt.",
    friendsOnly:
      "Diese Person teilt Beiträge nur mit Freunden. Sobald sie dich als " +
      "Kontakt annimmt, erscheinen ihre Beiträge hier.",
    "not-in-roster-group":
      "Diese Person teilt Beiträge nur mit ausgewählten Gruppen.",
    "closed-node": "Die Beiträge dieser Person sind privat.",
    "item-not-found": "Noch keine Beiträge.",
    "payload-too-big":
      "Das ist zu lang zum Senden. Kürze es oder teile es auf mehrere " +
      "Beiträge auf.",
    "remote-server-not-found":
      "Ihr Server ist von deinem aus nicht erreichbar: Vielleicht gibt es " +
      "ihn nicht, oder er spricht nicht mit anderen Servern. Prüfe die " +
      "Adresse.",
    "remote-server-timeout":
      "Ihr Server hat deinem nicht rechtzeitig geantwortet. Pepper " +
      "versucht es später noch einmal; du kannst es auch jetzt versuchen.",
    "feature-not-implemented":
      "Der Server unterstützt kein Microblogging (PEP), daher gibt es hier " +
      "keine Beiträge. Die Administration kann es einschalten.",
    "service-unavailable":
      "Der Server bietet hier kein Microblogging (PEP) an, oder gerade " +
      "nicht. Versuch es später noch einmal; wenn es so bleibt, frag die " +
      "Administration.",
    offline: "Du bist offline. Melde dich wieder an, dann sendet Pepper es.",
    "comment-forbidden":
      "Ihr Server lässt dich diesen Beitrag nicht kommentieren. Dein " +
      "Kommentar bleibt hier; du könntest ihn stattdessen als Nachricht " +
      "schicken.",
    "unlike-forbidden":
      "Ihr Server lässt dich ein „Gefällt mir“ nicht zurücknehmen. Nur " +
      "die Person, die den Beitrag geschrieben hat, kann es jetzt " +
      "entfernen.",
    "old-framing":
      "Dieser Server spricht ein veraltetes WebSocket-Protokoll (älter als " +
      "RFC 7395), das Pepper nicht nutzen kann. Bitte seine Betreuer, ihn " +
      "zu aktualisieren, oder gib unter „Erweitert“ eine andere " +
      "WebSocket-URL ein.",
    "no-answer":
      "Der Server hat unter dieser WebSocket-URL nicht geantwortet. Prüfe " +
      "die URL unter „Erweitert“ oder versuche es gleich noch einmal.",
    "ws-subprotocol":
      "Der WebSocket-Zugang des Servers ist falsch eingerichtet: Er nimmt " +
      "das Unterprotokoll „xmpp“ nicht an. Bitte seine Betreuer, das zu " +
      "beheben.",
    "storage-blocked":
      "Ein älteres Pepper ist in einem anderen Tab offen und hält die " +
      "Kopie deiner Timeline auf diesem Gerät. Pepper funktioniert " +
      "trotzdem; schließe den Tab und lade neu, damit deine Timeline " +
      "wieder gespeichert wird.",
    "storage-outdated":
      "Ein neueres Pepper hat die Kopie deiner Timeline auf diesem Gerät " +
      "aktualisiert. Pepper funktioniert trotzdem; lade diese Seite neu, " +
      "um sie zu nutzen.",
    "follow-friends-only":
      "Diese Person teilt Beiträge nur mit Freunden, daher kannst du ihr " +
      "nicht folgen. Füge sie stattdessen als Kontakt hinzu; sobald sie " +
      "zustimmt, erscheinen ihre Beiträge hier.",
    "picture-unreadable":
      "Pepper konnte dieses Bild nicht lesen. Wähle ein PNG-, JPEG- oder " +
      "GIF-Bild.",
    "picture-too-big":
      "Dein Server hat das Bild als zu groß abgelehnt. Dein altes Bild " +
      "bleibt; versuche ein kleineres oder einfacheres Bild.",
    "file-too-large":
      "Dieses Bild ist größer, als dein Server annimmt. Wähle ein " +
      "kleineres; dein Beitrag ist noch hier.",
    tooLargeNamed:
      "„{{name}}“ hat {{size, number}} MB, und dein Server nimmt Bilder " +
      "bis {{limit, number}} MB an. Wähle ein kleineres oder verkleinere " +
      "es; dein Beitrag ist noch hier.",
    "upload-failed":
      "Die Bilder konnten nicht hochgeladen werden. Dein Beitrag und seine " +
      "Bilder sind noch hier: Versuche „Posten“ noch einmal.",
    "no-upload-service":
      "Dein Server nimmt keine Bilder an (XEP-0363), daher kann dieser " +
      "Beitrag keine Bilder tragen. Entferne sie, um den Text zu posten, " +
      "oder bitte die Betreuer deines Servers, Uploads einzuschalten.",
    "pictures-offline":
      "Bilder brauchen eine Verbindung zum Hochladen. Dein Beitrag und " +
      "seine Bilder bleiben hier: Poste noch einmal, sobald du wieder " +
      "online bist, oder entferne die Bilder, damit der Text gesendet " +
      "wird, wenn die Verbindung zurück ist.",
    "not-a-picture":
      "Nur Bilder können angehängt werden: PNG-, JPEG-, GIF- oder " +
      "WebP-Dateien.",
    "host-meta-unreadable":
      "Die Verbindungsdaten deines Servers (/.well-known/host-meta) " +
      "ließen sich nicht lesen: Der Server ist nicht erreichbar, oder er " +
      "erlaubt Webseiten das Lesen nicht (CORS). Gib seine WebSocket-URL " +
      "unter „Erweitert“ ein oder bitte seine Betreuer, das Lesen von " +
      "anderen Ursprüngen zu erlauben.",
    "host-meta-foreign":
      "Wo die Verbindungsdaten deines Servers stehen sollten " +
      "(/.well-known/host-meta), liegt etwas anderes, kein XRD-Dokument. " +
      "Gib seine WebSocket-URL unter „Erweitert“ ein.",
    "host-meta-malformed":
      "Die Verbindungsdaten deines Servers (/.well-known/host-meta) sind " +
      "fehlerhaft, daher kann Pepper sie nicht lesen. Gib seine " +
      "WebSocket-URL unter „Erweitert“ ein oder bitte seine Betreuer, die " +
      "Datei zu reparieren.",
    "host-meta-insecure":
      "Dein Server bietet nur einen unsicheren WebSocket (ws://), den " +
      "diese sichere Seite nicht nutzen darf. Bitte seine Betreuer um " +
      "einen wss://-Zugang oder gib einen unter „Erweitert“ ein.",
    fallback:
      "Etwas ist schiefgegangen. Versuch es noch einmal; wenn es so " +
      "bleibt, lade die Seite neu.",
  },
};
