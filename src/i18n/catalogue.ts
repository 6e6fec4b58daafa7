import type { en } from "./en";

/**
 * The shape of a translation: English's sections, each a map from key to
 * text. The keys themselves are checked by catalogues.test.ts, since the
 * plural forms a language needs differ from English's.
 */
export type Catalogue = {
  readonly [Section in keyof typeof en]: Readonly<Record<string, string>>;
};
