/**
 * Read-aloud through the browser's own speech synthesis. Nothing is sent anywhere by this code;
 * a browser without speech synthesis gets a speech object that says it is unavailable.
 */
export interface Speech {
  readonly available: boolean;
  /** Stops anything being read, then reads these texts in order. */
  speak(texts: readonly string[], lang?: string): void;
  /** Stops reading at once. */
  stop(): void;
}

/** The browser's speechSynthesis, or a silent stand-in when there is none. */
export function browserSpeech(): Speech {
  const synth: SpeechSynthesis | undefined = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
    return { available: false, speak() {}, stop() {} };
  }
  return {
    available: true,
    speak(texts, lang = 'en') {
      try {
        synth.cancel();
        for (const text of texts) {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.lang = lang;
          synth.speak(utterance);
        }
      } catch (error) {
        // Speech is an extra: a failing voice must never stop the story.
        console.warn('Read-aloud failed:', error);
      }
    },
    stop() {
      try {
        synth.cancel();
      } catch (error) {
        console.warn('Read-aloud could not stop:', error);
      }
    },
  };
}
