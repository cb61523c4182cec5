import { BODY_CATALOGUE, isBodyCatalogueKey } from '@banfa/policy-model';
import type { OrganisationEntity } from '../database/entities';

const KIND_LABEL = { department: '项目建设单位', 'review-body': '审查机构' } as const;

/** An organisation with its kind and body in Chinese (GET /api/organisations). */
export interface OrganisationView {
  id: string;
  name: string;
  jurisdictionCode: string;
  jurisdictionName: string | null;
  kind: OrganisationEntity['kind'];
  kindLabel: string;
  /** Key of the shared body catalogue (review bodies), e.g. finance-bureau. */
  bodyKey: string | null;
  /** The catalogue's name for it, e.g. 财政部门. */
  bodyName: string | null;
}

export function toOrganisationView(organisation: OrganisationEntity, jurisdictionName: string | null): OrganisationView {
  const { bodyKey } = organisation;
  return {
    id: organisation.id,
    name: organisation.name,
    jurisdictionCode: organisation.jurisdictionCode,
    jurisdictionName,
    kind: organisation.kind,
    kindLabel: KIND_LABEL[organisation.kind] ?? organisation.kind,
    bodyKey,
    bodyName: bodyKey && isBodyCatalogueKey(bodyKey) ? BODY_CATALOGUE[bodyKey] : null,
  };
}
