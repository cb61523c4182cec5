export { BODY_CATALOGUE, isBodyCatalogueKey, type BodyCatalogueKey } from './body-catalogue';
export { checkCondition, createFactEnvironment, readFactKeys, type CelCheck, type FactEnvironment } from './cel-environment';
export { explainCondition, type CelExplanation } from './cel-explain';
export { formatCitation, toChineseNumeral, type Citation } from './citation';
export { CANONICAL_FACTS, findCanonicalFact, type FactDefinition, type FactType } from './fact-catalogue';
export { applicationForm, GENERATED_APPLICATION_FORM_ID } from './application-form';
export { conditionFacts, factQuestionsSchema, unboundFacts } from './fact-questions';
export { resolveFacts, type FactValue, type FactValues, type ResolvedFact } from './facts';
export { collectFactBindings, readValuePath, type FactBinding } from './form-bindings';
export { extractFacts, validateFormValues, type FieldIssue } from './form-values';
export {
  checkFieldCondition,
  checkFormConditions,
  conditionChecker,
  conditionHolds,
  conditionVariables,
  formConditions,
  type CompiledCondition,
  type ConditionChecker,
  type ConditionVariable,
  type FormConditionOptions,
  type NodeConditions,
} from './form-conditions';
export { CONDITION_KEYS, isConditionName, type CelType, type ConditionKey } from './form-conditions.nodes';
export { formatMoney, isMoney, MoneyFormatError, parseMoney, parseMoneyWithUnit, type MoneyUnit } from './money';
export { loadPolicyYaml, parsePolicyYaml, validatePolicyData, type ParseResult } from './parse-policy';
export { YamlLocator, yamlSyntaxIssues, type YamlLocation } from './yaml-text.locate';
export { applyReadings, checkReadingChoices, ReadingChoiceError, writtenDocument, type ReadingChoices } from './apply-readings';
export type { ReadingOverride, SettingAlternative } from './setting-alternative.schema';
export type {
  ChangeLimit,
  ChangeRule,
  Comparison,
  Condition,
  Counting,
  DeadlineAnchor,
  Gate,
  PeriodAmount,
  Obligation,
  Provision,
  Schedule,
  Deadline,
  PolicyAttachment,
  PolicyBody,
  PolicyDocument,
  PolicyFact,
  PolicyForm,
  PolicySetting,
  PolicyStage,
  PolicyStatus,
  PolicyStep,
  PolicyTrack,
  Threshold,
} from './policy-document.schema';
export { policyDocumentSchema } from './policy-document.schema';
export type { FormPrint, PrintList, PrintOpinion, PrintSealParty, PrintSection, PrintSignatureBlock } from './form-print.schema';
export { formatIssue, formatIssuePath, PolicyValidationError, type PolicyIssue } from './policy-issue';
export { DEADLINE_ANCHORS, PROJECT_EVENT_KINDS, type ProjectEvent, type ProjectEventKind, type StepOutcome } from './project-event';
export { canonicalJson } from './canonical-json';
export { POLICY_STATUS_LABEL } from './policy-status';
export { policyJsonSchema } from './json-schema';
export { anchorText, describeAnchor, describeCounting, describeDeadline, describeSchedule, describeSpan, PolicyDescriber, type DeadlineWording } from './describe';
export { amountFact, anchorChoice, anchorEvents, anchorKey, fixedAmount } from './deadline-anchor';
export {
  ADJUSTED_WORKDAYS_LABEL,
  EVENT_DAY_LABEL,
  FACT_TYPE_LABEL,
  FINAL_PERIOD_LABEL,
  GATE_EFFECT_LABEL,
  HOLIDAY_END_LABEL,
  LEVEL_LABEL,
  LIMIT_KIND_LABEL,
  MEASURE_LABEL,
  OUTSIDE_LABEL,
  PROVISION_KIND_LABEL,
  RETURNED_CLOCK_LABEL,
} from './policy-diff.labels';
export { percent } from './policy-diff.side';
export { diffPolicies, POLICY_CHANGE_KIND_LABEL, POLICY_CHANGE_KINDS, type PolicyChange, type PolicyChangeKind, type PolicyDiff, type PolicyDiffSummary, type PolicyElementKind, type PolicyVersionInfo } from './policy-diff.compare';
