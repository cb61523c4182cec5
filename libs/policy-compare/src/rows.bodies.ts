import { BODY_CATALOGUE, isBodyCatalogueKey } from '@banfa/policy-model';
import { citeText, type ColumnContext } from './column.context';
import type { EntrySink } from './row.collector';

const CATALOGUE_KEYS = Object.keys(BODY_CATALOGUE);

/**
 * The review bodies by their catalogue key (财政部门, 密码管理部门 …): each jurisdiction names its own (县财政局,
 * 省财政厅), the catalogue key says they are the same office. The columns differ on a row when a body is present in
 * some and absent in others, not because their names differ.
 */
export function bodyRows(ctx: ColumnContext, rows: EntrySink): void {
  for (const body of ctx.doc.bodies) {
    if (body.catalogueKey === 'applicant') continue;
    const key = body.catalogueKey;
    rows.add(
      {
        key: `body:${key}`,
        kind: 'review-body',
        section: 'bodies',
        label: isBodyCatalogueKey(key) ? BODY_CATALOGUE[key] : key,
        rank: CATALOGUE_KEYS.indexOf(key),
        signature: () => 'present',
      },
      { source: `bodies.${body.id}`, name: body.name, value: { kind: 'element', id: body.id, catalogueKey: key }, text: body.name, cite: body.cite, citeText: citeText(body.cite) },
    );
  }
}
