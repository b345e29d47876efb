// How much of a personal number stays visible. Recognition needs the last few characters
// ("the client ending 5678"); anything more helps someone rebuild the number. So: at most
// the last 4, never more than a third of them, nothing at all for short numbers.
const MIN_LENGTH_TO_SHOW_ANY = 6;
const MAX_VISIBLE_TAIL = 4;

function visibleTail(length: number): number {
  if (length < MIN_LENGTH_TO_SHOW_ANY) return 0;
  return Math.min(MAX_VISIBLE_TAIL, Math.floor(length / 3));
}

// A mainland number (an 11-digit mobile, a landline with its area code, either with +86) shows
// its last four (尾号), as an ID number does: how clients are told apart on the phone, and what
// the book's phone search matches, so a search reveals nothing the mask does not show.
const MAINLAND_PHONE_DIGITS = 11;

/**
 * 13812345678 → *******5678 (11 digits or more: the last four); shorter numbers keep at most a
 * third: 1234567 → *****67. Only digits count and are masked; separators (+, space, -) stay so
 * the shape still reads as a phone number.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  let keep = digits >= MAINLAND_PHONE_DIGITS ? MAX_VISIBLE_TAIL : visibleTail(digits);
  let out = '';
  for (let i = phone.length - 1; i >= 0; i--) {
    const ch = phone[i]!;
    if (!/\d/.test(ch)) out = ch + out;
    else if (keep > 0) { out = ch + out; keep--; }
    else out = '*' + out;
  }
  return out;
}

/**
 * A resident ID card (18 characters, or 15 for old cards) keeps the first 3 (province and
 * city, shared by millions) and the last 4: 440***********1234, at least 8 hidden. Any other
 * document number follows the phone rule: 9 characters → ******789.
 */
export function maskIdNumber(id: string): string {
  if (id.length >= 15) return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
  const keep = visibleTail(id.length);
  return '*'.repeat(id.length - keep) + (keep > 0 ? id.slice(-keep) : '');
}
