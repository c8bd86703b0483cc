/// <reference types="office-js" />
/**
 * Errors shaped like office.js's `OfficeExtension.Error` (internally
 * `RuntimeError`): name "RichApi.Error", `code`, `message`, `debugInfo`
 * (which repeats code and message and adds `errorLocation`), `httpStatusCode`.
 * Messages are the ones office.js and Excel print, where we know them.
 */

export const ErrorCode = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidObjectPath: 'InvalidObjectPath',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  invalidRequestContext: 'InvalidRequestContext',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

const defaultMessages: Record<ErrorCodeName, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: 'The requested resource doesn\'t exist.',
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
};

const httpStatusByCode: Partial<Record<ErrorCodeName, number>> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  PropertyNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

export interface FakeDebugInfo {
  code: ErrorCodeName;
  message: string;
  /** "Object.member" that failed, e.g. "Range.values" or "TableCollection.add". */
  errorLocation?: string;
  /** The queued statement that failed, as the fake serialised it. */
  statement?: string;
}

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: ErrorCodeName;
  readonly debugInfo: FakeDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: ErrorCodeName, message?: string, errorLocation?: string) {
    const text = message ?? defaultMessages[code];
    super(text);
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.code = code;
    this.debugInfo = { code, message: text, ...(errorLocation === undefined ? {} : { errorLocation }) };
    this.httpStatusCode = httpStatusByCode[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }

  /** The statement is only known at sync time, after the error was raised by the model. */
  withStatement(statement: string): this {
    this.debugInfo.statement = statement;
    return this;
  }
}

export function fail(code: ErrorCodeName, message?: string, errorLocation?: string): never {
  throw new FakeOfficeError(code, message, errorLocation);
}

export function isFakeOfficeError(error: unknown): error is FakeOfficeError {
  return error instanceof FakeOfficeError;
}
