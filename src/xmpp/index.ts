// The protocol layer's public index: stores import from here only.
export type {
  ErrorCode,
  FeedPage,
  LoginOptions,
  RosterItem,
  Session,
  SessionHandlers,
} from "./api";
export { PepperError } from "./api";
export { connect } from "./session";
export { itemUri } from "./atom-build";
export { validateBareJid } from "./jid";
