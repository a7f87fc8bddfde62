/**
 * A client message's `ref`, its correlation id, which every answer to the message echoes, refusals
 * included. A message that parses gives its `ref` field; one that does not (broken JSON, an
 * oversized frame the server will not parse) gives the first `"ref": …` written in its text, so the
 * client still learns which of its messages was refused.
 */

/** A correlation id: a string of at most 64 characters, or an integer. */
export type Ref = string | number;

/** The `ref` of a parsed message, if it carries a usable one. */
export function refOf(raw: unknown): Ref | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return usable((raw as Record<string, unknown>)['ref']);
}

/** `"ref": "…"` or `"ref": 123` in a message's text (a string literal of at most 64 characters, escapes allowed). */
const REF_IN_TEXT = /"ref"\s*:\s*("(?:[^"\\\n]|\\.){0,64}"|-?\d{1,15}(?![\d.eE]))/;

/**
 * The `ref` written in the text of a message that cannot be parsed, if one can be read.
 *
 * @example
 * recoverRef('{"type":"join","ref":"r1","code":'); // 'r1'
 * recoverRef('{"ref": 42, "type": "jo');            // 42
 * recoverRef('{"ref": {"a": 1}');                   // undefined
 */
export function recoverRef(text: string): Ref | undefined {
  const literal = REF_IN_TEXT.exec(text)?.[1];
  if (literal === undefined) return undefined;
  try {
    return usable(JSON.parse(literal));
  } catch {
    return undefined;
  }
}

function usable(ref: unknown): Ref | undefined {
  return (typeof ref === 'string' && ref.length <= 64) || (typeof ref === 'number' && Number.isInteger(ref)) ? ref : undefined;
}
