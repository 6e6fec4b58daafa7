import { useEffect, useMemo, useState } from "react";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PostBody as Body } from "../model";
import { loadableImage, makeImage, PLACEHOLDER_CLASS } from "./media";
import "./PostBody.css";

type Sanitizer = typeof import("./sanitize");

/**
 * The sanitiser (DOMPurify and our rules) is a chunk of its own, asked for
 * as soon as this module loads: the first bundle is the smaller for it,
 * and it is in long before the cache has been read. Until it is, a post
 * in markup shows its text.
 */
let sanitizer: Sanitizer | null = null;
const loadingSanitizer: Promise<Sanitizer | null> = import("./sanitize").then(
  (loaded) => (sanitizer = loaded),
  () => null, // offline before it was cached: the text it is, then
);

/** Past this many characters or lines a post is folded (Show more). */
const FOLD_CHARS = 700;
const FOLD_LINES = 12;

/**
 * A post's content: plain text as text, markup only once sanitised. A
 * long post is folded by height, never cut, so no character (emoji
 * included) is split; Show more unfolds it.
 */
export function PostBody(props: { body: Body; lang?: string | undefined }) {
  const { body, lang } = props;
  const [open, setOpen] = useState(false);
  const long = isLong(body.text);
  const folded = long && !open;
  const { t } = useTranslation();

  return (
    <>
      <div className={folded ? "post-fold" : undefined} lang={lang}>
        {body.kind === "text" ? (
          <div className="post-body post-text" dir="auto">
            {body.text}
          </div>
        ) : (
          <HtmlBody html={body.html} text={body.text} />
        )}
      </div>
      {long && (
        <button
          type="button"
          className="quiet post-more"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t("post.showLess") : t("post.showMore")}
        </button>
      )}
    </>
  );
}

export function isLong(text: string): boolean {
  return text.length > FOLD_CHARS || text.split("\n").length > FOLD_LINES;
}

function HtmlBody({ html, text }: { html: string; text: string }) {
  // t changes with the language, so image buttons follow it.
  const { t } = useTranslation();
  const loaded = useSanitizer();
  const safe = useMemo(() => loaded?.sanitizeHtml(html, t), [loaded, html, t]);
  if (safe === undefined) {
    return (
      <div className="post-body post-text" dir="auto">
        {text}
      </div>
    );
  }
  return (
    <div
      className="post-body post-html"
      dir="auto"
      onClick={showImage}
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}

function useSanitizer(): Sanitizer | null {
  const [loaded, setLoaded] = useState(sanitizer);
  useEffect(() => {
    if (loaded) return;
    let mounted = true;
    void loadingSanitizer.then((module) => mounted && setLoaded(module));
    return () => {
      mounted = false;
    };
  }, [loaded]);
  return loaded;
}

/**
 * The sanitiser turned each image into a button (case-07); a click on one
 * puts the image in its place. The URL is checked again here, since the
 * button's data came from a stranger's markup.
 */
function showImage(event: MouseEvent<HTMLDivElement>): void {
  const button = event.target;
  if (!(button instanceof HTMLButtonElement)) return;
  if (!button.classList.contains(PLACEHOLDER_CLASS)) return;

  const src = loadableImage(button.dataset.src ?? null);
  if (!src) return;
  const alt = button.dataset.alt ?? "";
  button.replaceWith(makeImage(button.ownerDocument, { src, alt }));
}
