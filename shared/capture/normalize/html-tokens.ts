export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; closing: boolean; tag: string; attrs: string };

/**
 * Linear HTML tokenizer: every search for '>' or '-->' is remembered, so a page full of unclosed
 * '<' never rescans the same text (no regex backtracking over the whole input).
 */
export function* tokens(src: string): Generator<Token> {
  let i = 0;
  let nextGt = -2;
  let nextCommentEnd = -2;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      yield { kind: 'text', text: src.slice(i) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: src.slice(i, lt) };
    if (src.startsWith('<!--', lt)) {
      if (nextCommentEnd !== -1 && nextCommentEnd < lt) nextCommentEnd = src.indexOf('-->', lt + 4);
      if (nextCommentEnd < 0) return;
      i = nextCommentEnd + 3;
      continue;
    }
    const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})/.exec(src.slice(lt, lt + 24));
    if (nextGt !== -1 && nextGt < lt) nextGt = src.indexOf('>', lt);
    if (!name || nextGt < 0) {
      yield { kind: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    yield {
      kind: 'tag',
      closing: name[1] === '/',
      tag: name[2]!.toLowerCase(),
      attrs: src.slice(lt + name[0].length, Math.min(nextGt, lt + 3_000)),
    };
    i = nextGt + 1;
  }
}
