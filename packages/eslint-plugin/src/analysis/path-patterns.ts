/**
 * Next.js path patterns (path-to-regexp, as `config.matcher`, `headers()`,
 * `redirects()` and `rewrites()` read them) as regular expressions.
 */

/** path-to-regexp (the subset Next.js matchers use) to a RegExp; null when it does not compile. */
export function matcherRegex(matcher: string): RegExp | null {
  let out = '';
  for (let i = 0; i < matcher.length; ) {
    const char = matcher[i]!;
    if (char === '(') {
      // A raw regex group, up to its balancing parenthesis.
      let depth = 0;
      let j = i;
      for (; j < matcher.length; j++) {
        if (matcher[j] === '\\') j++;
        else if (matcher[j] === '(') depth++;
        else if (matcher[j] === ')' && --depth === 0) break;
      }
      out += matcher.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const param = /^\/:(\w+)([*+?])?/.exec(matcher.slice(i));
    if (param) {
      out += param[2] === '*' ? '(?:/.*)?' : param[2] === '+' ? '/.+' : param[2] === '?' ? '(?:/[^/]+)?' : '/[^/]+';
      i += param[0].length;
      continue;
    }
    out += /[.+*?^${}|[\]\\]/.test(char) ? `\\${char}` : char;
    i++;
  }
  try {
    return new RegExp(`^${out}/?$`);
  } catch {
    return null;
  }
}
