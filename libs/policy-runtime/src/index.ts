export type {
  AttachmentReport,
  ConditionTrace,
  DecisionReport,
  FactReading,
  Finding,
  FindingLevel,
  StepReport,
  StepState,
} from './decision-report.types';
export { evaluate, type EvaluateOptions } from './evaluate';
export type { ProjectInput } from './project-input';
