/**
 * Finds the dates and numbers a line of story text states, in digits or in words, so that the
 * grounding rules can hold each one to the facts tagged on the line.
 */

/** One date or number found in a line. */
export interface Mention {
  /** The words as they stand in the line. */
  readonly text: string;
  readonly kind: 'number' | 'year' | 'ordinal' | 'date';
  /** For numbers, years and ordinals: the value. */
  readonly value?: number;
  /** For dates: `MM-DD`, `YYYY-MM-DD` or `YYYY-MM` (a month with its year). */
  readonly date?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.toLowerCase());
  return i === -1 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses a run of number words ("one thousand seven hundred", "twenty-sixth"). */
function parseNumberWords(words: readonly string[]): { value: number; ordinal: boolean } | null {
  let total = 0;
  let current = 0;
  let ordinal = false;
  let any = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and' && any) continue;
    const parts = word.split('-');
    let handled = true;
    let partsHandled = 0;
    for (const part of parts) {
      // "twenty-five-year", "nineteenth-century": the number ends where the words stop being numbers.
      if (partsHandled > 0 && !(part in UNITS || part in TENS || part in ORDINAL_UNITS || part in ORDINAL_TENS || part in SCALES)) break;
      partsHandled++;
      if (part in UNITS) current += UNITS[part]!;
      else if (part in TENS) current += TENS[part]!;
      else if (part in ORDINAL_UNITS) {
        current += ORDINAL_UNITS[part]!;
        ordinal = true;
      } else if (part in ORDINAL_TENS) {
        current += ORDINAL_TENS[part]!;
        ordinal = true;
      } else if (part in SCALES) {
        const scale = SCALES[part]!;
        if (scale === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * scale;
          current = 0;
        }
      } else handled = false;
    }
    if (!handled) return null;
    any = true;
  }
  return any ? { value: total + current, ordinal } : null;
}

const NUMBER_WORD =
  /^(?:[a-z]+-)?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)(?:-[a-z]+)?$/i;

interface Token {
  readonly text: string;
  readonly start: number;
}

function tokens(line: string): Token[] {
  return [...line.matchAll(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)*/g)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
}

/**
 * Lists the dates and numbers in a line: digits ("1,700", "1954"), number words ("forty",
 * "twenty-five"), ordinals ("the twenty-sixth"), and dates ("26 June", "June 26", "the sixteenth of
 * May", "June 1954"). Times of day ("18:25") are not dates or numbers and are skipped. "Second" as
 * in "a second commission" is a number word like any other (2, below the threshold).
 */
export function findMentions(line: string): Mention[] {
  const text = line.replace(/\b\d{1,2}:\d{2}\b/g, ' ');
  const toks = tokens(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    const next = toks[i + 1];
    const after = toks[i + 2];
    const word = tok.text.toLowerCase();
    // "26 June [1954]"
    if (/^\d{1,2}$/.test(tok.text) && next && monthNumber(next.text)) {
      const month = monthNumber(next.text)!;
      const year = after && /^\d{4}$/.test(after.text) ? after.text : null;
      mentions.push({
        text: `${tok.text} ${next.text}${year ? ` ${year}` : ''}`,
        kind: 'date',
        date: year ? `${year}-${pad(month)}-${pad(Number(tok.text))}` : `${pad(month)}-${pad(Number(tok.text))}`,
      });
      i += year ? 3 : 2;
      continue;
    }
    // "June 26[, 1954]" or "June 1954"
    const month = monthNumber(tok.text);
    if (month && next && /^\d{1,4}$/.test(next.text)) {
      if (next.text.length === 4) {
        mentions.push({ text: `${tok.text} ${next.text}`, kind: 'date', date: `${next.text}-${pad(month)}` });
        i += 2;
        continue;
      }
      const year = after && /^\d{4}$/.test(after.text) ? after.text : null;
      mentions.push({
        text: `${tok.text} ${next.text}`,
        kind: 'date',
        date: year ? `${year}-${pad(month)}-${pad(Number(next.text))}` : `${pad(month)}-${pad(Number(next.text))}`,
      });
      i += year ? 3 : 2;
      continue;
    }
    if (/^\d/.test(tok.text)) {
      const value = Number(tok.text.replace(/,/g, ''));
      const isYear = /^\d{4}$/.test(tok.text) && value >= 1900 && value <= 2099;
      mentions.push({ text: tok.text, kind: isYear ? 'year' : 'number', value });
      i++;
      continue;
    }
    if (NUMBER_WORD.test(word)) {
      let j = i;
      const run: string[] = [];
      while (
        j < toks.length &&
        (NUMBER_WORD.test(toks[j]!.text) ||
          (toks[j]!.text.toLowerCase() === 'and' && run.length > 0 && toks[j + 1] && NUMBER_WORD.test(toks[j + 1]!.text)))
      ) {
        run.push(toks[j]!.text);
        j++;
      }
      const parsed = parseNumberWords(run);
      if (parsed) {
        // "the sixteenth of May"
        const of = toks[j];
        const monthTok = toks[j + 1];
        if (parsed.ordinal && of?.text.toLowerCase() === 'of' && monthTok && monthNumber(monthTok.text)) {
          const m = monthNumber(monthTok.text)!;
          mentions.push({ text: `${run.join(' ')} of ${monthTok.text}`, kind: 'date', date: `${pad(m)}-${pad(parsed.value)}` });
          i = j + 2;
          continue;
        }
        mentions.push({ text: run.join(' '), kind: parsed.ordinal ? 'ordinal' : 'number', value: parsed.value });
        i = j;
        continue;
      }
    }
    i++;
  }
  return mentions;
}

/** The values a set of facts vouches for. */
export interface Vouched {
  readonly dates: readonly string[];
  readonly numbers: readonly number[];
}

/**
 * True when the facts vouch for a mention. Numbers and ordinals under 10 always pass. A year
 * matches any fact date in that year; a day-and-month matches any fact date on that day; an
 * ordinal matches a number or the day of a fact date.
 */
export function isVouched(mention: Mention, vouched: Vouched): boolean {
  if ((mention.kind === 'number' || mention.kind === 'ordinal') && (mention.value ?? 0) < 10) return true;
  switch (mention.kind) {
    case 'number':
      return vouched.numbers.includes(mention.value!);
    case 'year':
      return vouched.numbers.includes(mention.value!) || vouched.dates.some((d) => d.startsWith(String(mention.value)));
    case 'ordinal':
      return (
        vouched.numbers.includes(mention.value!) || vouched.dates.some((d) => d.length === 10 && Number(d.slice(8, 10)) === mention.value)
      );
    case 'date': {
      const date = mention.date!;
      if (date.length === 5) return vouched.dates.some((d) => d.length === 10 && d.slice(5) === date);
      return vouched.dates.some((d) => d === date || d.startsWith(date) || date.startsWith(d));
    }
  }
}

/** True for mentions the grounding rule has to hold to a fact (dates and numbers of 10 or more). */
export function needsGrounding(mention: Mention): boolean {
  return mention.kind === 'date' || mention.kind === 'year' || (mention.value ?? 0) >= 10;
}
