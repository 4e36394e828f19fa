import { parse } from 'yaml';
import { z } from 'zod';

/** One option of a classroom vote: its label and the strongest case for it, as people then saw it. */
export interface VoteOption {
  readonly key: string;
  readonly label: string;
  readonly case: string;
}

/** A decision the class votes on (choice tag `vote: <id>/<option>`). */
export interface ClassVote {
  readonly kind: 'vote';
  readonly id: string;
  readonly chapter: string;
  readonly question: string;
  readonly options: readonly VoteOption[];
  /** What the people of Kengir did, for the teacher's reveal. */
  readonly history: string;
  readonly facts: readonly string[];
}

/** A discussion prompt (choice tag `discuss: <id>`). */
export interface DiscussionPrompt {
  readonly kind: 'prompt';
  readonly id: string;
  readonly chapter: string;
  readonly prompt: string;
  readonly facts: readonly string[];
}

export type ClassroomEntry = ClassVote | DiscussionPrompt;

/** A classroom.yaml that cannot be used; the message names the file, the entry and the field. */
export class ClassroomError extends Error {
  override readonly name = 'ClassroomError';
}

const optionSchema = z.strictObject({ label: z.string().min(1), case: z.string().min(20) });
const voteSchema = z.strictObject({
  kind: z.literal('vote'),
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  chapter: z.string().min(1),
  question: z.string().min(10),
  options: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), optionSchema),
  history: z.string().min(20),
  facts: z.array(z.string()).default([]),
});
const promptSchema = z.strictObject({
  kind: z.literal('prompt'),
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  chapter: z.string().min(1),
  prompt: z.string().min(10),
  facts: z.array(z.string()).default([]),
});
const entrySchema = z.discriminatedUnion('kind', [voteSchema, promptSchema]);

/**
 * Parses story/classroom.yaml (the votes and prompts that choice tags refer to).
 * @throws ClassroomError naming the file, the entry and the field of every problem
 */
export function parseClassroom(fileName: string, text: string): readonly ClassroomEntry[] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (cause) {
    throw new ClassroomError(`${fileName}: not valid YAML: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (!Array.isArray(data)) throw new ClassroomError(`${fileName}: expected a list of entries`);
  const problems: string[] = [];
  const entries: ClassroomEntry[] = [];
  const ids = new Set<string>();
  data.forEach((raw: unknown, i) => {
    const id = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i + 1}`;
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${fileName}: entry "${id}": field "${issue.path.join('.') || '(entry)'}": ${issue.message}`);
      return;
    }
    if (ids.has(result.data.id)) problems.push(`${fileName}: entry "${id}": field "id": used twice`);
    ids.add(result.data.id);
    if (result.data.kind === 'vote') {
      const options = Object.entries(result.data.options).map(([key, o]) => ({ key, label: o.label, case: o.case }));
      if (options.length < 2) problems.push(`${fileName}: entry "${id}": field "options": a vote needs at least two options`);
      entries.push({ ...result.data, options });
    } else entries.push(result.data);
  });
  if (problems.length > 0) throw new ClassroomError(problems.join('\n'));
  return entries;
}
