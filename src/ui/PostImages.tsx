import { useTranslation } from "react-i18next";
import { useRef, useState } from "react";
import type { PostImage } from "../model";
import { loadableImage } from "./media";
import { PictureDialog } from "./PictureDialog";
import "./PostImages.css";

interface Props {
  readonly images: readonly PostImage[];
  /** Who posted them, for the pictures' names. */
  readonly author: string;
}

/**
 * The pictures a post's author attached (enclosures): shown in the post,
 * lazily and without a Referer, from https or a loopback host only; a
 * click opens one large. Images inside the markup stay placeholders
 * (case-07, sanitize.ts).
 */
export function PostImages({ images, author }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const { t } = useTranslation();
  const sources = images.flatMap((image) => {
    const src = loadableImage(image.href);
    return src ? [src] : [];
  });
  if (sources.length === 0) return null;

  const name = (index: number) =>
    sources.length === 1
      ? t("pictures.from", { author })
      : t("pictures.nthFrom", { n: index + 1, of: sources.length, author });
  const openIndex = open === null ? -1 : sources.indexOf(open);

  return (
    <div className="post-images">
      {sources.map((src, index) => (
        <button
          key={src}
          type="button"
          className="post-picture"
          aria-label={t("pictures.openLarge", { name: name(index) })}
          onClick={(event) => {
            opener.current = event.currentTarget;
            setOpen(src);
          }}
        >
          <img
            className="post-picture-image"
            src={src}
            alt=""
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
          />
        </button>
      ))}
      {open !== null && (
        <PictureDialog
          src={open}
          label={name(openIndex)}
          onClose={() => {
            setOpen(null);
            opener.current?.focus();
          }}
        />
      )}
    </div>
  );
}
