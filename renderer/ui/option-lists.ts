import type { TFunction } from 'i18next';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../shared/documents/document-meta';
import { MEMBER_ROLES } from '../../shared/members/member';
import { STAKEHOLDER_GROUPS } from '../../shared/members/stakeholder-group';

export const stakeholderOptions = (t: TFunction) => STAKEHOLDER_GROUPS.map((value) => ({ value, label: t(`stakeholderGroups.${value}`) }));
export const roleOptions = (t: TFunction) => MEMBER_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }));
export const documentTypeOptions = (t: TFunction) => DOCUMENT_TYPES.map((value) => ({ value, label: t(`documentTypes.${value}`) }));
export const documentStatusOptions = (t: TFunction) => DOCUMENT_STATUSES.map((value) => ({ value, label: t(`documentStatuses.${value}`) }));
