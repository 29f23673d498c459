/**
 * Puts `text` on the clipboard. False when the browser refuses (no Clipboard API, no permission, a frame without
 * `clipboard-write`, an insecure page): the caller then offers the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
