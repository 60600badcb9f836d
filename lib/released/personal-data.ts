// What a published item must not carry (条例 art. 15, 个人信息保护法): the applicants' names, ID
// numbers, phone numbers and addresses, and anything shaped like an ID or mobile number at all. The
// manager's title and summary are checked against it before anything goes public.
export interface KnownPerson {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
// A one-character name (a placeholder, a typo) would match almost any text.
const MIN_NAME = 2;

/** The kinds of personal data found in the text, in Chinese; empty when none. */
export function findPersonalData(text: string, people: readonly KnownPerson[]): string[] {
  const found = new Set<string>();
  if (ID_NUMBER.test(text)) found.add('身份证号码');
  if (MOBILE.test(text)) found.add('手机号码');
  for (const p of people) {
    if (p.name.trim().length >= MIN_NAME && text.includes(p.name.trim())) found.add(`申请人姓名“${p.name.trim()}”`);
    if (p.idNumber && text.includes(p.idNumber)) found.add('身份证号码');
    if (p.phone.length >= 7 && text.includes(p.phone)) found.add('联系电话');
    if (p.address.trim().length >= 6 && text.includes(p.address.trim())) found.add('申请人地址');
  }
  return [...found];
}
