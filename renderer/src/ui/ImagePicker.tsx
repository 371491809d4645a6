import { useRef } from 'react';
import type { ImageAsset } from '../../../common/domain';

/** What the event file accepts for a logo or a scanned signature. */
const MAX_IMAGE_BYTES = 2_000_000;

/** Reads a PNG or JPEG under 2 MB as base64; null for anything else. */
export async function readImage(file: File): Promise<ImageAsset | null> {
  if (file.size > MAX_IMAGE_BYTES || (file.type !== 'image/png' && file.type !== 'image/jpeg')) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mime: file.type, dataBase64: btoa(binary) };
}

/**
 * A preview, a "choose" button and a "remove" button for one image. The
 * browser's own file input is hidden: its "Choose File / No file chosen"
 * would speak the system's language, not the app's.
 */
export function ImagePicker({
  value,
  onChange,
  onRefused,
  chooseLabel,
  removeLabel,
  previewClassName,
}: {
  value: ImageAsset | null;
  onChange: (image: ImageAsset | null) => void;
  /** The file was not a PNG or JPEG under 2 MB. */
  onRefused: () => void;
  chooseLabel: string;
  removeLabel: string;
  previewClassName: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const image = await readImage(file);
    if (image) onChange(image);
    else onRefused();
  };
  return (
    <div className="logo-row">
      {value && (
        <img className={previewClassName} alt="" src={`data:${value.mime};base64,${value.dataBase64}`} />
      )}
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        tabIndex={-1}
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          // The same file chosen again after a removal must fire a change.
          e.target.value = '';
        }}
      />
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        {chooseLabel}
      </button>
      {value && (
        <button type="button" className="ghost" onClick={() => onChange(null)}>
          {removeLabel}
        </button>
      )}
    </div>
  );
}
