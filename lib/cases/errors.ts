/** Errors a case operation reports to the user; the HTTP layer maps `kind` to a status. */
export class CaseError extends Error {
  constructor(readonly kind: 'not_found' | 'conflict' | 'invalid_state' | 'invalid' | 'forbidden', message: string, readonly field?: string) {
    super(message);
  }
}

export const STALE_MESSAGE = '该案件已被他人修改（版本不一致）。您的操作未保存，请刷新页面查看最新内容后重试。';
