// The check characters of Chinese identity numbers: 居民身份证 (GB 11643-1999, ISO 7064 MOD 11-2)
// and 统一社会信用代码 (GB 32100-2015, MOD 31 over its own 31-character alphabet).

export function validResidentId(v: string): boolean {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(v[i]), 0);
  const birth = v.slice(6, 14);
  const d = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10).replace(/-/g, '') !== birth) return false;
  return '10X98765432'[sum % 11] === v[17];
}

const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function validCreditCode(v: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((s, w, i) => s + w * USCC.indexOf(v[i]), 0);
  return USCC[(31 - (sum % 31)) % 31] === v[17];
}
