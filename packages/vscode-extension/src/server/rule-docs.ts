/**
 * The hover text for a rule: the first prose paragraph of its docs page, after
 * the title and the generated notices. Docs are written by hand, so this is
 * lenient: any heading level, HTML comments, badges and code fences are skipped.
 */
export function firstParagraph(markdown: string): string | undefined {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // eslint-doc-generator ends its header with this marker; prose starts after it.
  const marker = '<!-- end auto-generated rule header -->';
  const body = text.includes(marker) ? text.slice(text.indexOf(marker) + marker.length) : stripFrontMatter(text);
  const lines = body.replace(/<!--[\s\S]*?-->/g, '').split('\n');

  const paragraph: string[] = [];
  let inFence = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (/^(```|~~~)/.test(trimmed)) {
      if (paragraph.length) break;
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const isProse = trimmed !== '' && !isDecoration(trimmed);
    if (isProse) paragraph.push(trimmed);
    else if (paragraph.length) break;
  }
  const result = paragraph.join(' ').trim();
  return result === '' ? undefined : result;
}

function stripFrontMatter(text: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Lines that are layout rather than prose: headings, rules, tables, badges and generator notices. */
function isDecoration(line: string): boolean {
  return (
    /^#{1,6}(\s|$)/.test(line) ||
    /^(-{3,}|\*{3,}|_{3,}|=+)$/.test(line) ||
    line.startsWith('|') ||
    line.startsWith('<') ||
    /^!?\[!\[/.test(line) ||
    /^!\[[^\]]*\]\([^)]*\)$/.test(line) ||
    // Notices such as "💼 This rule is enabled in the ✅ recommended config."
    /^\p{Extended_Pictographic}/u.test(line)
  );
}

/** The hover for one finding: the rule's "why", and where to read more. */
export function hoverMarkdown(ruleId: string, why: string | undefined, fallback: string | undefined, url: string | undefined): string {
  const parts = [`**${ruleId}**`, why ?? fallback ?? ''];
  if (url) parts.push(`[Documentation](${url})`);
  return parts.filter(Boolean).join('\n\n');
}
