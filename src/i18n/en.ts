// English, the source catalogue: every other language has exactly these
// keys (catalogues.test.ts). Keys are grouped by screen or component.
// A key ending in _one, _other, … is one plural form, chosen by
// Intl.PluralRules from `count`; each language lists the forms it needs.
// `<tag>…</tag>` marks where a component sits (react-i18next's Trans).

export const en = {
  app: {
    name: "Pepper",
    unreadTitle: "({{count, number}}) Pepper",
  },
  language: {
    // Each language says "Language" in English too, so anyone can find
    // the way back (the accessibility contract relies on the word).
    label: "Language",
  },
  connection: {
    online: "Online",
    connecting: "Connecting…",
    offline: "Offline",
  },
  login: {
    heading: "Log in with your Jabber ID",
    intro:
      "See your friends' posts and share your own. Everything stays on " +
      "your own XMPP server.",
    jid: "Jabber ID",
    jidExample: "alice@example.org",
    password: "Password",
    remember: "Remember me",
    rememberHint:
      "Keeps a login key, never your password, on this device until you " +
      "log out.",
    advanced: "Advanced",
    service: "WebSocket URL",
    serviceExample: "wss://example.org/xmpp-websocket",
    serviceHint:
      "Leave empty to find it from your server's address. Several URLs, " +
      "separated by spaces, are tried in order.",
    submit: "Log in",
  },
  reconnect: {
    offlineHeading: "You're offline",
    offlineIntro:
      "These are the posts Pepper remembers. Enter your password to see " +
      "what's new.",
    heading: "Reconnecting",
    trying:
      "Pepper keeps trying to reach your server. What you write now is " +
      "kept and sent once you're back.",
    tryingAt:
      "Pepper keeps trying to reach your server; next try at {{time}}. " +
      "What you write now is kept and sent once you're back.",
    now: "Reconnect now",
  },
  logout: {
    forget: "Also delete my data from this device",
    submit: "Log out",
  },
  storage: {
    dismiss: "Dismiss",
  },
  notifications: {
    turnOn: "Turn on notifications",
    posted: "{{name}} posted",
    on: "Notifications are on while Pepper is in the background.",
    blocked:
      "Notifications are blocked. Allow them in this site's settings in " +
      "your browser to be told of new posts.",
    commented: "{{name}} commented on your post",
    liked: "{{name}} liked your post",
  },
  nick: {
    label: "Your name",
    save: "Save name",
    saved: "Saved. Your next posts carry it.",
  },
  home: {
    posts: "Posts",
  },
  composer: {
    label: "New post",
    placeholder: "What's on your mind?",
    submit: "Post",
  },
  search: {
    label: "Search posts",
    results: "Search results",
    none: "No posts found.",
    noneSoFar: "No posts found so far; still reading older posts.",
    found_one: "{{count, number}} post found.",
    found_other: "{{count, number}} posts found.",
    foundSoFar_one:
      "{{count, number}} post found so far; still reading older posts.",
    foundSoFar_other:
      "{{count, number}} posts found so far; still reading older posts.",
    best_one: "The best {{count, number}} match.",
    best_other: "The best {{count, number}} matches.",
    bestSoFar_one:
      "The best {{count, number}} match so far; still reading older posts.",
    bestSoFar_other:
      "The best {{count, number}} matches so far; still reading older posts.",
  },
  feeds: {
    loading_one:
      "Loading posts from {{done, number}} of {{count, number}} feed…",
    loading_other:
      "Loading posts from {{done, number}} of {{count, number}} feeds…",
    failed: "Some posts could not be loaded:",
    tryAgain: "Try again",
  },
  timeline: {
    label: "Timeline",
    empty: "No posts yet. Write the first one, or add a friend.",
    tagged: "Posts tagged <tag>#{{tag}}</tag>",
    showAll: "Show all posts",
  },
  post: {
    edited: "edited",
    repostedFrom: "Reposted from <author>{{author}}</author>",
    showMore: "Show more",
    showLess: "Show less",
    tags: "Tags",
    edit: "Edit",
    delete: "Delete",
    deleting: "Deleting…",
    share: "Share",
    shared: "Shared",
    like: "Like",
    likes: "♥ {{count, number}}",
  },
  image: {
    show: "Show image from {{host}}",
    showWithAlt: "Show image: {{alt}} ({{host}})",
  },
  edit: {
    label: "Edit post",
    cancel: "Cancel",
    save: "Save",
  },
  outbox: {
    sending: "Sending…",
    waiting: "Waiting for the connection; it will be sent by itself.",
    retry: "Retry",
    discard: "Discard",
  },
  comments: {
    region: "Comments and likes",
    count_one: "{{count, number}} comment",
    count_other: "{{count, number}} comments",
    unavailable: "Comments unavailable right now.",
    retry: "Retry comments",
    loading: "Loading comments…",
    none: "No comments yet.",
    list: "Comments",
    someone: "Someone",
    unverified: "unverified",
    add: "Add a comment",
    submit: "Comment",
  },
  person: {
    back: "Back to timeline",
    empty: "No posts from them here yet.",
    posts: "Posts by {{name}}",
    picture: "Picture of {{name}}",
    fullName: "Full name",
    about: "About",
    website: "Website",
    saveProfile: "Save profile",
    profileSaved: "Profile saved.",
    follow: "Follow",
    unfollow: "Unfollow",
  },
  contacts: {
    heading: "Contacts",
    list: "Contacts",
    add: "Add contact",
    addExample: "friend@example.org",
    addSubmit: "Add",
    requests: "Friend requests",
    wants: "<who>{{jid}}</who> wants to see your posts.",
    accept: "Accept",
    decline: "Decline",
    // RFC 6121 §2.1.2.5 in a few words: who sees whose posts.
    pending: "request sent, waiting",
    both: "sharing both ways",
    to: "you don't share with them",
    from: "they don't share with you",
    none: "not sharing",
    // Availability as the roster store sums up presence.
    online: "online",
    away: "away",
    offline: "offline",
  },
  picture: {
    label: "Your picture",
    sending: "Sending your picture…",
    saved: "Picture saved.",
  },
  follow: {
    label: "Follow someone",
    submit: "Follow",
    example: "someone@example.org",
    links: "Open xmpp: links in Pepper",
    linksOn: "Your browser now offers Pepper for xmpp: links.",
    linksRefused: "Your browser would not let Pepper open xmpp: links.",
  },
  audience: {
    label: "Who sees my posts",
    checking: "Checking…",
    elsewhere: "Chosen in another app",
    friends: "Friends",
    everyone: "Everyone",
    visibleFriends: "Visible to: friends",
    visibleEveryone: "Visible to: everyone",
    visibleElsewhere: "Visible to: whom your other app chose",
  },
  pictures: {
    add: "Add pictures",
    attached: "Attached pictures",
    remove: "Remove {{name}}",
    close: "Close",
    from: "Picture from {{author}}",
    nthFrom: "Picture {{n, number}} of {{of, number}} from {{author}}",
    openLarge: "{{name}}, open large",
  },
  time: {
    justNow: "just now",
    someTimeAgo: "some time ago",
    unknown: "unknown",
    approximate:
      "About {{date}}: the post carried no date, so this is when Pepper " +
      "received it",
  },
  // Every sentence the user reads about a failure, keyed by the error
  // code (src/ui/errorText.ts). Each says what went wrong and what to do.
  error: {
    "invalid-jid":
      "That doesn't look like a Jabber ID. Write it as name@example.org.",
    "not-authorized": "Wrong Jabber ID or password. Check both and try again.",
    "no-endpoint":
      "Couldn't find a WebSocket endpoint for this server. Enter its " +
      "WebSocket URL under Advanced.",
    unreachable:
      "Couldn't reach the server, or it doesn't speak XMPP over WebSocket " +
      "at that URL. Check the WebSocket URL under Advanced and your " +
      "connection, then try again.",
    "invalid-service":
      "A WebSocket URL starts with wss:// (or ws:// for a server on this " +
      "computer). Check the URL under Advanced.",
    "not-xmpp":
      "The address answered, but not as an XMPP WebSocket endpoint. Check " +
      "the WebSocket URL under Advanced.",
    "connection-lost":
      "The connection to your server was lost. Enter your password to " +
      "reconnect.",
    "password-needed":
      "Pepper can't log in with what it remembered any more. Enter your " +
      "password.",
    timeout: "The server took too long to answer. Try again in a moment.",
    "no-mechanism":
      "The server offers no login method Pepper can use safely. Ask your " +
      "server's admin to enable SCRAM, or use a TLS connection.",
    storage:
      "This device won't let Pepper store data here. Pepper still works, " +
      "but it won't remember your timeline after you close the page.",
    quota:
      "This device's storage for Pepper is full. Pepper still works, but " +
      "it won't remember new posts after you close the page.",
    friendsOnly:
      "They share posts with friends only. Once they accept you as a " +
      "contact, their posts show here.",
    "not-in-roster-group": "They share posts with selected groups only.",
    "closed-node": "Their posts are private.",
    "item-not-found": "No posts yet.",
    "payload-too-big":
      "This is too long to send. Shorten it, or split it into several " +
      "posts.",
    "remote-server-not-found":
      "Their server can't be reached from yours: it may not exist, or it " +
      "doesn't talk to other servers. Check the address.",
    "remote-server-timeout":
      "Their server didn't answer yours in time. Pepper will try again " +
      "later; you can also try now.",
    "feature-not-implemented":
      "The server doesn't support microblogging (PEP), so there are no " +
      "posts here. Its admin can turn it on.",
    "service-unavailable":
      "The server doesn't offer microblogging (PEP) here, or not right " +
      "now. Try again later; if it keeps happening, ask its admin.",
    offline: "You're offline. Log in again and Pepper will send it.",
    "comment-forbidden":
      "Their server doesn't let you comment on this post. Your comment is " +
      "still here; you could send it to them in a message instead.",
    "unlike-forbidden":
      "Their server doesn't let you take a like back. Only the post's " +
      "author can remove it now.",
    "old-framing":
      "This server speaks an obsolete WebSocket protocol (older than " +
      "RFC 7395) that Pepper can't use. Ask its admin to update it, or " +
      "enter another WebSocket URL under Advanced.",
    "no-answer":
      "The server did not answer at that WebSocket URL. Check the URL " +
      "under Advanced, or try again in a moment.",
    "ws-subprotocol":
      "The server's WebSocket endpoint is misconfigured: it doesn't " +
      'accept the "xmpp" subprotocol. Ask its admin to fix it.',
    "storage-blocked":
      "An older Pepper is open in another tab and holds this device's " +
      "copy of your timeline. Pepper still works; close that tab and " +
      "reload to have your timeline remembered again.",
    "storage-outdated":
      "A newer Pepper has updated this device's copy of your timeline. " +
      "Pepper still works; reload this page to use it.",
    "follow-friends-only":
      "They share posts with friends only, so you can't follow them. Add " +
      "them as a contact instead; once they accept, their posts show here.",
    "picture-unreadable":
      "Pepper couldn't read that picture. Choose a PNG, JPEG or GIF image.",
    "picture-too-big":
      "Your server refused the picture as too big. Your old picture " +
      "stays; try a smaller or simpler image.",
    "file-too-large":
      "That picture is bigger than your server takes. Choose a smaller " +
      "one; your post is still here.",
    tooLargeNamed:
      '"{{name}}" is {{size, number}} MB, and your server takes pictures ' +
      "up to {{limit, number}} MB. Choose a smaller one or shrink it; " +
      "your post is still here.",
    "upload-failed":
      "The pictures couldn't be uploaded. Your post and its pictures are " +
      "still here: try Post again.",
    "no-upload-service":
      "Your server doesn't take picture uploads (XEP-0363), so this post " +
      "can't carry pictures. Remove them to post the text, or ask your " +
      "server's admin to turn uploads on.",
    "pictures-offline":
      "Pictures need a connection to go up. Your post and its pictures " +
      "stay here: post again once you're back online, or remove the " +
      "pictures to send the text when the connection returns.",
    "not-a-picture":
      "Only pictures can be attached: PNG, JPEG, GIF or WebP files.",
    "host-meta-unreadable":
      "Couldn't read your server's connection settings " +
      "(/.well-known/host-meta): the server is out of reach, or it doesn't " +
      "let web pages read them (CORS). Enter its WebSocket URL under " +
      "Advanced, or ask its admin to allow cross-origin reads.",
    "host-meta-foreign":
      "Where your server's connection settings belong " +
      "(/.well-known/host-meta) there is something else, not an XRD " +
      "document. Enter its WebSocket URL under Advanced.",
    "host-meta-malformed":
      "Your server's connection settings (/.well-known/host-meta) are " +
      "malformed, so Pepper can't read them. Enter its WebSocket URL under " +
      "Advanced, or ask its admin to fix the file.",
    "host-meta-insecure":
      "Your server only offers an insecure WebSocket (ws://), which this " +
      "secure page may not use. Ask its admin for a wss:// endpoint, or " +
      "enter one under Advanced.",
    fallback:
      "Something went wrong. Try again; if it keeps happening, reload the " +
      "page.",
  },
} as const;
