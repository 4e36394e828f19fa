import { checkTag, REQUIRED_KNOT_TAGS, splitTag, TAG_VOCABULARY, type TagLevel, type TagName } from '../engine/tags.ts';

/** A tag as written in an ink source file. */
export interface SourceTag {
  readonly raw: string;
  readonly name: string;
  readonly value: string;
  /** Where the tag belongs: to the knot (tag-only line at a knot's top), a line of text, or a choice. */
  readonly level: TagLevel;
}

/** One line of an ink source file, with its displayed text approximated and its tags split off. */
export interface SourceLine {
  readonly file: string;
  readonly line: number;
  /** The knot the line sits in (null before the first knot). */
  readonly knot: string | null;
  readonly kind: 'text' | 'choice' | 'tags' | 'other';
  /** The text a reader would see, with ink markup removed as far as a line-by-line reading allows. */
  readonly text: string;
  readonly tags: readonly SourceTag[];
}

/** A knot or function declared in the source. */
export interface SourceKnot {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly isFunction: boolean;
  /** The tags on the tag-only lines at the top of the knot, before its first content. */
  readonly knotTags: readonly SourceTag[];
}

/** A problem found in the source, located by file and line. */
export interface SourceProblem {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly message: string;
}

/** The result of scanning every ink file of a story. */
export interface SourceScan {
  readonly lines: readonly SourceLine[];
  readonly knots: readonly SourceKnot[];
  readonly problems: readonly SourceProblem[];
}

const KNOT_DECL = /^\s*={2,}\s*(function\s+)?([A-Za-z_][A-Za-z0-9_]*)/;
const STITCH_DECL = /^\s*=\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;
const LOGIC_LINE = /^\s*(~|VAR\b|CONST\b|LIST\b|INCLUDE\b|EXTERNAL\b|->|<-|TODO\b)/;
const CHOICE_LINE = /^\s*([*+]\s*)+/;
const GATHER_PREFIX = /^\s*(-\s*)+(?!>)/;
const LABEL = /^\s*\(\s*[A-Za-z_][A-Za-z0-9_]*\s*\)\s*/;
const CONDITION_FRAME = /^\s*(\{[^}#]*:\s*|\{\s*|\}\s*|-\s*else\s*:\s*|-\s*[^:#"]*(==|!=|<=|>=|<|>|\bnot\b|\band\b|\bor\b|\?)[^:#"]*:\s*)$/;

function stripComments(line: string, state: { inBlock: boolean }): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (state.inBlock) {
      const end = line.indexOf('*/', i);
      if (end === -1) return out;
      state.inBlock = false;
      i = end + 2;
      continue;
    }
    if (line.startsWith('/*', i)) {
      state.inBlock = true;
      i += 2;
      continue;
    }
    if (line.startsWith('//', i) && line[i - 1] !== ':' && line[i - 1] !== '\\') return out;
    out += line[i];
    i++;
  }
  return out;
}

/** Splits on unescaped `#`: the first part is content, the rest are raw tags. */
function splitOnHash(text: string): { content: string; tags: string[] } {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '#') {
      current += '#';
      i++;
    } else if (text[i] === '#') {
      parts.push(current);
      current = '';
    } else current += text[i];
  }
  parts.push(current);
  const [content = '', ...tags] = parts;
  return { content, tags: tags.map((t) => t.trim()).filter((t) => t.length > 0) };
}

/** Approximates what a reader sees from a line of ink content. */
export function displayText(content: string): string {
  return content
    .replace(/->\s*[A-Za-z_][\w.]*(\s*->)?/g, ' ')
    .replace(/<-\s*[A-Za-z_][\w.]*/g, ' ')
    .replace(/<>/g, '')
    .replace(/\{[^{}|:]*:/g, '{')
    .replace(/[{}|]/g, ' ')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function toSourceTags(raws: readonly string[], level: TagLevel): SourceTag[] {
  return raws.map((raw) => ({ raw, ...splitTag(raw), level }));
}

/**
 * Reads ink source files line by line: tags with their file and line, knots and their knot tags,
 * and the approximate text of each line. Reports tags that the vocabulary does not allow, knots
 * without their knot tags, and endings whose id is not their knot's name.
 */
export function scanInkSources(files: readonly { readonly name: string; readonly text: string }[]): SourceScan {
  const lines: SourceLine[] = [];
  const knots: SourceKnot[] = [];
  const problems: SourceProblem[] = [];
  for (const file of files) {
    const comment = { inBlock: false };
    let knot: { name: string; line: number; isFunction: boolean; tags: SourceTag[]; open: boolean } | null = null;
    const closeKnot = () => {
      if (knot) knots.push({ name: knot.name, file: file.name, line: knot.line, isFunction: knot.isFunction, knotTags: knot.tags });
    };
    file.text.split(/\r?\n/).forEach((rawLine, i) => {
      const lineNo = i + 1;
      const line = stripComments(rawLine, comment);
      if (line.trim().length === 0) return;
      const decl = KNOT_DECL.exec(line);
      if (decl) {
        closeKnot();
        knot = { name: decl[2]!, line: lineNo, isFunction: Boolean(decl[1]), tags: [], open: true };
        return;
      }
      if (STITCH_DECL.test(line)) return;
      if (LOGIC_LINE.test(line)) {
        if (knot && !/^\s*~/.test(line)) knot.open = knot.open && /^\s*(VAR|CONST|LIST)\b/.test(line);
        return;
      }
      // The frame of a multi-line conditional ({cond:, - else:, }) is logic, not text a reader sees.
      if (CONDITION_FRAME.test(line)) return;
      const { content, tags } = splitOnHash(line);
      const isChoice = CHOICE_LINE.test(content);
      let kind: SourceLine['kind'] = content.trim().length === 0 ? 'tags' : isChoice ? 'choice' : 'text';
      let sourceTags: SourceTag[];
      if (kind === 'tags' && knot?.open) {
        sourceTags = toSourceTags(tags, 'knot');
        knot.tags.push(...sourceTags);
      } else if (isChoice) {
        // In `* before [inside] after #t`: tags inside the brackets are the choice's; tags after the
        // closing bracket belong to the output line; with no brackets the tag is on both.
        const full = line.replace(CHOICE_LINE, '');
        const open = full.indexOf('[');
        const close = full.indexOf(']');
        const choiceTags: string[] = [];
        const lineTags: string[] = [];
        if (open !== -1 && close > open) {
          choiceTags.push(...splitOnHash(full.slice(open + 1, close)).tags, ...splitOnHash(full.slice(0, open)).tags);
          lineTags.push(...splitOnHash(full.slice(close + 1)).tags);
        } else choiceTags.push(...tags);
        sourceTags = [...toSourceTags(choiceTags, 'choice'), ...toSourceTags(lineTags, 'line')];
        if (knot) knot.open = false;
      } else {
        sourceTags = toSourceTags(tags, kind === 'tags' ? 'line' : 'line');
        if (knot && kind !== 'tags') knot.open = false;
        if (kind === 'tags') kind = 'tags';
      }
      let text = content.replace(CHOICE_LINE, '').replace(GATHER_PREFIX, '').replace(LABEL, '');
      if (isChoice) text = text.replace(/\[([^\]]*)\]/, '$1');
      lines.push({ file: file.name, line: lineNo, knot: knot?.name ?? null, kind, text: displayText(text), tags: sourceTags });
      for (const tag of sourceTags) {
        const level = tag.level;
        const problem = checkTag(tag.raw, level === 'knot' ? 'line' : level);
        const isChoiceTagOnLine = level === 'line' && tag.name in TAG_VOCABULARY && TAG_VOCABULARY[tag.name as TagName].level === 'choice';
        if (problem && !isChoiceTagOnLine)
          problems.push({ file: file.name, line: lineNo, rule: 'tag-vocabulary', message: problem.message });
      }
    });
    closeKnot();
  }
  for (const knot of knots) {
    if (knot.isFunction) continue;
    const names = new Set(knot.knotTags.map((t) => t.name));
    const missing = REQUIRED_KNOT_TAGS.filter((name) => !names.has(name));
    if (missing.length > 0) {
      problems.push({
        file: knot.file,
        line: knot.line,
        rule: 'knot-tags',
        message: `knot "${knot.name}" lacks knot tags: ${missing.join(', ')}`,
      });
    }
    const ending = knot.knotTags.find((t) => t.name === 'ending');
    if (ending && ending.value !== knot.name) {
      problems.push({
        file: knot.file,
        line: knot.line,
        rule: 'knot-tags',
        message: `ending "${ending.value}" must be named like its knot "${knot.name}"`,
      });
    }
  }
  return { lines, knots, problems };
}
