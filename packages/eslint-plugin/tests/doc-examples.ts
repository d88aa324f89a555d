import fs from 'node:fs';
import path from 'node:path';

export const DOCS_DIR = path.resolve(import.meta.dirname, '../docs/rules');

export interface DocExample {
  readonly kind: 'incorrect' | 'correct';
  readonly code: string;
  /** Relative to the project root, from a `// filename:` first line. */
  readonly filename: string;
  readonly settings: Record<string, unknown>;
  readonly line: number;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const FENCE = /^```(\w*)\s*$/;
const DIRECTIVE = /^\/\/\s*(filename|settings):\s*(.*)$/;

/** Code blocks under the `❌ Incorrect` and `✅ Correct` headings of a rule doc. */
export function docExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = markdown.split('\n');
  let kind: DocExample['kind'] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]!);
    if (heading) {
      kind = heading[2]!.includes('❌') ? 'incorrect' : heading[2]!.includes('✅') ? 'correct' : heading[1]!.length <= 2 ? null : kind;
      continue;
    }
    const fence = FENCE.exec(lines[i]!);
    if (!fence || !kind) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    const body = lines.slice(start, end);
    let filename = 'app/example.ts';
    let settings: Record<string, unknown> = {};
    while (body.length > 0) {
      const directive = DIRECTIVE.exec(body[0]!);
      if (!directive) break;
      if (directive[1] === 'filename') filename = directive[2]!.trim();
      else settings = JSON.parse(directive[2]!) as Record<string, unknown>;
      body.shift();
    }
    if (['ts', 'tsx', 'js', 'jsx', 'mjs'].includes(fence[1]!)) {
      examples.push({ kind, code: body.join('\n'), filename, settings, line: start + 1 });
    }
    i = end;
  }
  return examples;
}

export function readRuleDoc(rule: string): string {
  return fs.readFileSync(path.join(DOCS_DIR, `${rule}.md`), 'utf8');
}
