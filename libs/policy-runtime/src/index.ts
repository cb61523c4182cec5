export type {
  AttachmentReport,
  ConditionTrace,
  DecisionReport,
  FactReading,
  Finding,
  FindingLevel,
  ObligationReport,
  ObligationState,
  StepReport,
  StepState,
} from './decision-report.types';
export { decide, type DecideOptions } from './decide';
export type { AttachmentDecision, Decisions, StepDecision } from './decisions.types';
export { evaluate, type EvaluateOptions } from './evaluate';
export type { ProjectInput } from './project-input';
export { checkChange, type ChangeLine, type ChangeOutcome, type ChangeRequest, type ChangeVerdict, type LimitCheck } from './check-change';
