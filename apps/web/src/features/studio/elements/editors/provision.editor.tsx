import { PROVISION_KIND_LABEL } from '@banfa/policy-model';
import type { DocumentPath } from '../../studio-draft.context';
import { labelled } from '../fields/document-options';
import { SelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';

/** Text the runtime does not execute but a reader must find: sanctions, duties, definitions. */
export function ProvisionEditor({ path }: { path: DocumentPath }) {
  return (
    <>
      <SelectField path={[...path, 'kind']} label="类别" options={labelled(PROVISION_KIND_LABEL)} required />
      <TextField path={[...path, 'text']} label="内容" required multiline rows={4} />
      <IdField path={[...path, 'id']} />
    </>
  );
}

