/**
 * Errors of the fake Excel host, shaped like `OfficeExtension.Error`: `name`, `code`, `message`,
 * `debugInfo` ({ code, message, errorLocation?, statement? }), `traceMessages`, `innerError`, and
 * `httpStatusCode`. Messages are Excel's own English texts where known.
 */

export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

const MESSAGES: Record<HostErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The requested API is not available.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

const HTTP_STATUS: Partial<Record<HostErrorCode, number>> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
  GeneralException: 500,
  NotImplemented: 501,
};

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/**
 * The error thrown or rejected by the fake host. It is also installed as `OfficeExtension.Error`,
 * so `e instanceof OfficeExtension.Error` holds for it.
 */
export class HostError extends Error {
  code: string;
  debugInfo: HostDebugInfo;
  httpStatusCode: number;
  traceMessages: string[] = [];
  innerError: HostError | null = null;

  constructor(code: HostErrorCode, message?: string, errorLocation?: string, statement?: string) {
    super(message ?? MESSAGES[code]);
    this.name = code === "PropertyNotLoaded" || code === "ValueNotLoaded" || code === "RunMustReturnPromise" ? "OfficeExtension.Error" : "RichApi.Error";
    this.code = code;
    this.httpStatusCode = HTTP_STATUS[code] ?? 400;
    this.debugInfo = { code, message: this.message };
    if (errorLocation) this.debugInfo.errorLocation = errorLocation;
    if (statement) this.debugInfo.statement = statement;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function hostError(code: HostErrorCode, detail?: string, errorLocation?: string): HostError {
  const message = detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code];
  return new HostError(code, message, errorLocation);
}

export function propertyNotLoaded(entity: string, property: string): HostError {
  return new HostError("PropertyNotLoaded", MESSAGES.PropertyNotLoaded.replace("{0}", property), `${entity}.${property}`);
}

export function apiNotFound(member: string, version: string): HostError {
  return new HostError(
    "ApiNotFound",
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

export function notImplemented(member: string): HostError {
  return new HostError("NotImplemented", `${member} is not implemented by the fake Excel host (src/demo/host). Add it there, or avoid it.`, member);
}
