// The applicant's query code (查询码): 16 random characters from an alphabet without look-alikes,
// shown once; only its SHA-256 is kept, so a copy of the database can't be used to look cases up.
// The confirmation mail carries it while it waits in the outbox; once sent (or given up on) the
// mail's copy is struck out (lib/mail/outbox.ts, withoutQueryCodes).
import crypto from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // 32 symbols: 16 of them carry 80 random bits

export function newQueryCode(): string {
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Codes are read back from paper and phones: case, spaces and dashes don't matter. */
const normaliseCode = (raw: string) =>
  raw
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 32);

export const hashCode = (raw: string) => crypto.createHash('sha256').update(normaliseCode(raw)).digest('hex');

const CODE_IN_TEXT = /(?<![0-9A-Z])[2-9A-HJ-NP-Z]{4}(?:-[2-9A-HJ-NP-Z]{4}){3}(?![0-9A-Z])/g;

/** The text with every query code in it struck out. */
export const withoutQueryCodes = (text: string) => text.replace(CODE_IN_TEXT, '（已发送，系统不保存查询码）');
