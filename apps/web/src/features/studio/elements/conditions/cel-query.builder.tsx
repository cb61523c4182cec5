import type { ResolvedFact } from '@banfa/policy-model';
import { QueryBuilderAntD } from '@react-querybuilder/antd';
import { Alert, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { prepareRuleGroup, QueryBuilder, type Field, type RuleGroupType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import { BuilderAction, BuilderNotToggle, BuilderRemoveAction, BuilderValueEditor } from './builder-value.editor';
import { useConditionFacts } from './condition-facts';
import { canonicalCel } from './cel-canonical';
import { celToQuery, emptyQuery, queryToCel } from './cel-query.convert';
import { COMBINATORS, queryFields, TRANSLATIONS } from './query-fields';

/**
 * The visual builder over the document's facts (react-querybuilder with antd controls). It keeps its own query
 * (a rule still being filled in has no CEL yet) and writes CEL whenever the query is complete; CEL arriving from
 * elsewhere (the text editor, the YAML pane) is read back in when the builder can show it.
 */
export function CelQueryBuilder({ cel, onChange, disabled }: { cel: string; onChange(cel: string): void; disabled?: boolean }) {
  const { facts, env } = useConditionFacts();
  const fields = useMemo(() => queryFields(facts), [facts]);
  const [query, setQuery] = useState<RuleGroupType>(() => initial(cel, facts, env));
  const [pending, setPending] = useState<string | null>(null);
  const written = useRef(cel);

  useEffect(() => {
    if (cel === written.current) return;
    written.current = cel;
    const read = celToQuery(cel, facts, env);
    if (read.ok) {
      setQuery(prepareRuleGroup(read.query));
      setPending(null);
    }
  }, [cel, facts, env]);

  const latest = useRef({ facts, env, onChange });
  latest.current = { facts, env, onChange };
  const change = useCallback((next: RuleGroupType) => {
    const { facts: known, env: types, onChange: write } = latest.current;
    setQuery(next);
    const result = queryToCel(next, known);
    if (!result.ok) {
      setPending(result.reason);
      return;
    }
    setPending(null);
    // The builder reports its query when it mounts, and `x` comes back as `x == true`: only a change of meaning
    // is written, so opening an element never rewrites its conditions.
    if (canonicalCel(types, result.cel) !== canonicalCel(types, written.current)) {
      written.current = result.cel;
      write(result.cel);
    }
  }, []);

  if (fields.length === 0) return <Alert type="info" showIcon message="本办法尚未声明可用于条件的事实（是/否、选项、金额、整数或日期）" />;
  return (
    <div data-testid="cel-builder" className="banfa-cel-builder">
      <Builder fields={fields} query={query} onQueryChange={change} disabled={disabled} />
      {pending ? (
        <Typography.Text type="warning" data-testid="builder-pending">
          尚未写入：{pending}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** The builder itself, rendered again only when its query or fields change (not at every edit of the document). */
const Builder = memo(function Builder({ fields, query, onQueryChange, disabled }: { fields: Field[]; query: RuleGroupType; onQueryChange(query: RuleGroupType): void; disabled?: boolean }) {
  return (
    <QueryBuilderAntD>
      <QueryBuilder
        fields={fields}
        query={query}
        onQueryChange={onQueryChange}
        combinators={COMBINATORS}
        translations={TRANSLATIONS}
        controlElements={CONTROLS}
        controlClassnames={CLASSNAMES}
        showNotToggle
        listsAsArrays
        resetOnFieldChange
        addRuleToNewGroups
        disabled={disabled}
      />
    </QueryBuilderAntD>
  );
});

const CONTROLS = { valueEditor: BuilderValueEditor, actionElement: BuilderAction, removeRuleAction: BuilderRemoveAction, removeGroupAction: BuilderRemoveAction, notToggle: BuilderNotToggle };
// Branch lines show the nesting; "responsive" lets a rule wrap in a narrow panel.
const CLASSNAMES = { queryBuilder: 'queryBuilder-branches queryBuilder-responsive' };

function initial(cel: string, facts: ReadonlyArray<ResolvedFact>, env: Parameters<typeof celToQuery>[2]): RuleGroupType {
  const read = celToQuery(cel, facts, env);
  return prepareRuleGroup(read.ok ? read.query : emptyQuery());
}
