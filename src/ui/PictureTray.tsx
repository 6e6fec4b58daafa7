import { useTranslation } from "react-i18next";
import { useId } from "react";
import { PICTURE_TYPES } from "../store";
import type { Picture } from "./usePictures";

interface Props {
  readonly pictures: readonly Picture[];
  readonly disabled: boolean;
  readonly onAdd: (files: File[]) => void;
  readonly onRemove: (id: string) => void;
}

/**
 * The composer's pictures: an "Add pictures" file picker, then a preview
 * of each attached picture with its own remove button.
 */
export function PictureTray({ pictures, disabled, onAdd, onRemove }: Props) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="picture-tray">
      {pictures.length > 0 && (
        <ul className="picture-list" aria-label={t("pictures.attached")}>
          {pictures.map((picture) => (
            <li key={picture.id} className="picture-item">
              <img src={picture.preview} alt={picture.file.name} />
              <button
                type="button"
                className="picture-remove"
                onClick={() => onRemove(picture.id)}
                disabled={disabled}
              >
                {t("pictures.remove", { name: picture.file.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="picture-add button">
        {t("pictures.add")}
      </label>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={PICTURE_TYPES.join(",")}
        multiple
        disabled={disabled}
        onChange={(event) => {
          onAdd([...(event.target.files ?? [])]);
          // The same file may be chosen again after it was removed.
          event.target.value = "";
        }}
      />
    </div>
  );
}
