import { Extensions } from 'type-graphql';

// What free text may contain. Everything else a person types (any script, emoji, ZWJ
// sequences) is stored exactly as sent.
//  - C0 controls and DEL: NUL breaks PostgreSQL text, the rest are invisible. \n and \t
//    only in multi-line fields (see MultiLine).
//  - C1 controls (U+0080–U+009F): never typed, only mis-decoded.
//  - Bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they make a
//    record display in a different order from what was written ("Trojan Source").
//  - Lone surrogates: not text at all; the driver would silently replace them.
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a string is refused as free text, or undefined when it is fine. */
export function textProblem(value: string, multiLine: boolean): string | undefined {
  if ((multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value)) {
    return multiLine ? 'Must not contain control characters (only line breaks and tabs)' : 'Must not contain control characters or line breaks';
  }
  if (BIDI.test(value)) return 'Must not contain bidirectional override characters';
  if (LONE_SURROGATE.test(value)) return 'Must be valid Unicode text';
  return undefined;
}

/** GraphQL field extension read by the input check: this String may hold line breaks and tabs. */
export const MULTI_LINE = 'multiLine';

/** Marks a String input field as multi-line text (a summary, a reason): \n and \t are allowed there. */
export const MultiLine = () => Extensions({ [MULTI_LINE]: true });
