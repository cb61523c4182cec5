import type { SchemaNode } from '../design-kinds';

/** An edit from the properties panel: applied to the latest schema; edits with one `coalesce` key undo together. */
export type PanelEdit = (edit: (schema: SchemaNode) => SchemaNode, coalesce?: string) => void;
