import { useMemo } from "react";
import type { PostBody as Body } from "../model";
import { sanitizeHtml } from "./sanitize";
import "./PostBody.css";

/** A post's content: plain text as text, markup only once sanitised. */
export function PostBody({ body }: { body: Body }) {
  if (body.kind === "text") {
    return (
      <div className="post-body post-text" dir="auto">
        {body.text}
      </div>
    );
  }
  return <HtmlBody html={body.html} />;
}

function HtmlBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeHtml(html), [html]);
  return (
    <div
      className="post-body post-html"
      dir="auto"
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
