/**
 * Files in and out of the page: a download made from a blob in memory (no request leaves the page)
 * and a file the player picks. Both report failure as a result instead of throwing.
 */

/** Offers `text` as a file download. Returns false when the browser refused. */
export function downloadText(fileName: string, text: string, type = 'application/json'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch (error) {
    console.warn('The download could not start:', error);
    return false;
  }
}

/** Reads a picked file as text. */
export async function readFileText(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
