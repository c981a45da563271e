import {
  MAX_ATTACHMENTS,
  MAX_IMAGE_DATA_URL,
} from '../../../../electron/shared/ipc/chat-schemas.js';
import type { ChatAttachment } from '../../../../electron/shared/ipc/views.js';

const TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Images from a paste, a drop or the file picker, as data URLs (nothing is uploaded anywhere). */
export async function readImages(
  files: Iterable<File>,
  existing: number,
): Promise<{ images: ChatAttachment[]; tooLarge: boolean }> {
  const images: ChatAttachment[] = [];
  let tooLarge = false;
  for (const file of files) {
    if (!TYPES.has(file.type)) continue;
    if (existing + images.length >= MAX_ATTACHMENTS) break;
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsDataURL(file);
    });
    if (dataUrl.length > MAX_IMAGE_DATA_URL) {
      tooLarge = true;
      continue;
    }
    images.push({ kind: 'image', dataUrl, name: file.name || null });
  }
  return { images, tooLarge };
}
