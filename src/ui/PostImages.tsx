import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PostImage } from "../model";
import { loadableImage, placeholderLabel } from "./media";

/**
 * Images a post links as enclosures: each a button until the reader asks
 * for it (case-07), then an https image, lazy and without a Referer.
 */
export function PostImages({ images }: { images: readonly PostImage[] }) {
  const loadable = images.flatMap((image) => {
    const src = loadableImage(image.href);
    return src ? [src] : [];
  });
  if (loadable.length === 0) return null;

  return (
    <div className="post-images">
      {loadable.map((src) => (
        <ImageSlot key={src} src={src} />
      ))}
    </div>
  );
}

function ImageSlot({ src }: { src: string }) {
  const [shown, setShown] = useState(false);
  const { t } = useTranslation();
  if (!shown) {
    return (
      <button
        type="button"
        className="post-image-placeholder"
        onClick={() => setShown(true)}
      >
        {placeholderLabel(t, { src, alt: "" })}
      </button>
    );
  }
  return (
    <img
      className="post-image"
      src={src}
      alt=""
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
}
