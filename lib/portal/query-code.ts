// The applicant's query code (查询码): 16 random characters from an alphabet without look-alikes,
// shown once; only its SHA-256 is stored, so a copy of the database can't be used to look cases up.
import crypto from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // 32 symbols: 16 of them carry 80 random bits

export function newQueryCode(): string {
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Codes are read back from paper and phones: case, spaces and dashes don't matter. */
export const normaliseCode = (raw: string) =>
  raw
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 32);

export const hashCode = (raw: string) => crypto.createHash('sha256').update(normaliseCode(raw)).digest('hex');
