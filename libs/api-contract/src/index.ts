export {
  type ErrorResponse,
  type FormView,
  type ProjectView,
  type SessionResponse,
  type SubmissionPolicyView,
  type SubmitProjectRequest,
} from './api-contract.types';
