/**
 * Copying text for the player. The asynchronous Clipboard API needs a secure context and the
 * player's permission; when it is missing or refused the result says so, and the caller leaves the
 * text selected for the player to copy by hand.
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
