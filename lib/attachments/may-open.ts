// Who may open which file of a case. Identity papers (the applicant's ID copy, a power of attorney,
// and a staff scan marked as identity papers) carry what is masked everywhere else for roles
// without applicant.unmask; a letter's .docx carries the full ID number and phone, so those roles
// get its masked preview only. The page shows only the links the role may follow.
import { can, type Role } from '@/lib/auth/permissions';

const IDENTITY_KINDS: readonly string[] = ['id_copy', 'authorization'];

export const mayOpenAttachment = (role: Role, kind: string) => !IDENTITY_KINDS.includes(kind) || can(role, 'applicant.unmask');

/** Whether the role may download a letter's .docx (else only its masked preview). */
export const mayDownloadLetter = (role: Role) => can(role, 'applicant.unmask');
