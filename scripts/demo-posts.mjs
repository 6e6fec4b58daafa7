// What the demo accounts say. Ages are hours before the seeding run, so the
// timeline always looks recent and the three authors interleave.
export const demoUsers = [
  {
    name: "alice",
    nick: "Alice",
    fullName: "Alice Lindqvist",
    about: "Bakes bread, walks by the river, reads about bridges.",
    posts: [
      {
        hoursAgo: 74,
        title: "Hello, Pepper!",
        content:
          "First post straight from my own XMPP server. No social network " +
          "in the middle, just friends and their servers.",
      },
      {
        hoursAgo: 49,
        title: "Sourdough, attempt three",
        content:
          "It finally rose. The trick was patience and a warmer corner of " +
          "the kitchen.",
      },
      {
        hoursAgo: 20,
        title: "Reading list",
        content:
          "Halfway through a book about bridges. Suspension cables are " +
          "spun in place, one wire at a time. Who knew?",
      },
      {
        hoursAgo: 2,
        title: "River walk",
        content: "The herons are back. Counted four before the rain started.",
      },
    ],
  },
  {
    name: "bob",
    nick: "Bob",
    fullName: "Bob Okafor",
    about: "Fixes bikes, brews coffee slowly, hosts board-game Fridays.",
    posts: [
      {
        hoursAgo: 70,
        title: "Bike is fixed",
        content: "New chain, new brake pads, and a bell that actually rings.",
      },
      {
        hoursAgo: 30,
        title: "Board games on Friday?",
        content:
          "I have snacks and a new co-operative game. Alice, Carol: are " +
          "you in?",
      },
      {
        hoursAgo: 5,
        title: "Coffee experiment",
        content:
          "A slower pour-over: sweeter, less bitter. I am converted for " +
          "now.",
      },
    ],
  },
  {
    name: "carol",
    nick: "Carol",
    fullName: "Carol Mendes",
    about: "Photographs harbours at golden hour. Prints on request.",
    posts: [
      {
        hoursAgo: 58,
        title: "Garden report",
        content: "Tomatoes: 11. Squirrels: 3. Negotiations continue.",
      },
      {
        hoursAgo: 26,
        title: "Re: board games",
        content: "Count me in. I will bring lemon cake.",
      },
      {
        hoursAgo: 0.7,
        title: "Photo walk",
        content:
          "Golden hour at the old harbour. Prints coming soon for anyone " +
          "who wants one.",
      },
    ],
  },
];
