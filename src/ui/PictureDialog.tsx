import { useTranslation } from "react-i18next";
import { useEffect, useRef } from "react";
import "./PostImages.css";

interface Props {
  readonly src: string;
  /** The dialog's accessible name: whose picture this is. */
  readonly label: string;
  /** Fires on Close, Escape or a click beside the picture. */
  readonly onClose: () => void;
}

/**
 * One picture, large, in a modal dialog. `showModal()` makes the rest of
 * the page inert and gives Escape its `cancel`; the caller puts focus
 * back where it was.
 */
export function PictureDialog({ src, label, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // Closed first: while modal, the rest of the page is inert and the
  // caller could not put focus back on it.
  const close = () => {
    dialog.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="picture-dialog"
      aria-label={label}
      onCancel={(event) => {
        // Escape: close through React state, not behind its back.
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) close();
      }}
    >
      <img
        className="picture-dialog-image"
        src={src}
        alt={label}
        decoding="async"
        referrerPolicy="no-referrer"
      />
      <button type="button" className="picture-dialog-close" onClick={close}>
        {t("pictures.close")}
      </button>
    </dialog>
  );
}
