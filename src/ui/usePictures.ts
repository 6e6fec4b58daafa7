import { useTranslation } from "react-i18next";
// The pictures attached to the post being written: the files themselves
// (kept until the post is sent), a preview URL for each, and why the last
// file offered was turned away.
import { useEffect, useRef, useState } from "react";
import { PICTURE_TYPES, uploadLimit } from "../store";
import { tooLargeText } from "./errorText";

export interface Picture {
  readonly id: string;
  readonly file: File;
  /** A blob: URL of the file, revoked once the picture leaves. */
  readonly preview: string;
}

/** Why a file was not attached: an error code, or a written sentence. */
export type Refusal = { readonly code: string } | { readonly text: string };

export function usePictures() {
  const [pictures, setPictures] = useState<readonly Picture[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { t } = useTranslation();
  // What is attached now, for revoking previews outside of a render.
  const all = useRef(pictures);
  useEffect(() => {
    all.current = pictures;
  }, [pictures]);

  // Previews live as long as the composer; none outlives it.
  useEffect(
    () => () => all.current.forEach((p) => URL.revokeObjectURL(p.preview)),
    [],
  );

  async function add(files: readonly File[]) {
    setRefusal(null);
    const pictures = files.filter((f) => PICTURE_TYPES.includes(f.type));
    if (pictures.length < files.length) setRefusal({ code: "not-a-picture" });
    const limit = await knownLimit();
    const tooBig = pictures.find((f) => limit !== undefined && f.size > limit);
    if (tooBig && limit !== undefined) {
      setRefusal({ text: tooLargeText(t, tooBig.name, tooBig.size, limit) });
    }
    const fitting = pictures.filter((f) => f !== tooBig && fits(f, limit));
    const added = fitting.map((file) => ({
      id: crypto.randomUUID(),
      file,
      preview: URL.createObjectURL(file),
    }));
    setPictures((current) => [...current, ...added]);
  }

  function remove(id: string) {
    const gone = all.current.find((p) => p.id === id);
    if (gone) URL.revokeObjectURL(gone.preview);
    setPictures((current) => current.filter((p) => p.id !== id));
  }

  function clear(sent: readonly Picture[]) {
    sent.forEach((p) => URL.revokeObjectURL(p.preview));
    setPictures((current) => current.filter((p) => !sent.includes(p)));
  }

  return { pictures, refusal, setRefusal, add, remove, clear };
}

function fits(file: File, limit: number | undefined): boolean {
  return limit === undefined || file.size <= limit;
}

/**
 * The server's limit when it can be had now. Offline, or with no upload
 * service, the file is attached anyway: sending says why it cannot go.
 */
async function knownLimit(): Promise<number | undefined> {
  try {
    return await uploadLimit();
  } catch {
    // Checked again when the post is sent, where the failure is shown.
    return undefined;
  }
}
