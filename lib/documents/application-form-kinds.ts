// The blank application forms' kinds and names (no Word machinery: the public form's links use them).
export const APPLICATION_FORMS = {
  application_form_natural: '政府信息公开申请表（公民）',
  application_form_org: '政府信息公开申请表（法人或者其他组织）',
} as const;
export type ApplicationFormKind = keyof typeof APPLICATION_FORMS;

export const isApplicationForm = (kind: string): kind is ApplicationFormKind => Object.hasOwn(APPLICATION_FORMS, kind);
