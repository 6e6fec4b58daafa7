/** A bare JID (`local@domain`), lower-cased local part and domain. */
export type BareJid = string;
