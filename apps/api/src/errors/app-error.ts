/**
 * The one error type of the api's services, with a closed set of codes. Services never throw HTTP exceptions;
 * the filter maps each code to a status in one place.
 */
export type AppErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'validation-failed'
  | 'policy-invalid'
  /** A publication refused because some of the version's scenario tests fail (422). */
  | 'scenarios-failed'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'too-many-requests';

export interface AppErrorDetail {
  /** Field path, e.g. "formValues.totalInvestment", or file:line:col for policy documents. */
  field?: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
