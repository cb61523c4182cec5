export {
  type ErrorResponse,
  type FormView,
  type ProjectView,
  type SessionResponse,
  type SubmissionPolicyView,
} from './api-contract.types';
export type {
  AttachmentView,
  ChangeDecisionRequest,
  ChangeRequestBody,
  ChangeStatus,
  ChangeView,
  CreateProjectRequest,
  DecisionReportRecord,
  DepartmentEventKind,
  InboxItem,
  ProjectEventView,
  RecordEventRequest,
  SaveDraftRequest,
  StepActionRequest,
  SubmitDraftRequest,
} from './projects.types';
export type {
  CompareOutcomesRequest,
  ComparisonColumnView,
  ComparisonMatrixView,
  ComparisonSelection,
  MissingFactQuestion,
  OutcomeColumnView,
  OutcomeComparisonView,
  SampleProjectInput,
} from './comparisons.types';
