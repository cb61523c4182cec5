import type { DocumentPath } from '../../studio-draft.context';
import { catalogueChoices } from '../fields/document-options';
import { SelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';

/** A review body of the regulation, mapped to the shared catalogue so jurisdictions can be compared. */
export function BodyEditor({ path }: { path: DocumentPath }) {
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required placeholder="例如 县财政局" />
      <SelectField path={[...path, 'catalogueKey']} label="机构类别" options={catalogueChoices()} required extra="对应全平台统一的审查机构目录，用于各地办法的比较" />
      <IdField path={[...path, 'id']} />
    </>
  );
}
