import argon2 from 'argon2';

/** Hashes a password with argon2id (the library's defaults: m=64 MiB, t=3, p=4). */
export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, { type: argon2.argon2id });
}

/** True when `plain` matches `hash`; false for any malformed hash rather than throwing. */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}
