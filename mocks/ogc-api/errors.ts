import { jsonResponse } from './http';
import type { OgcResponse } from './types';

/** The JSON body of every 4xx/5xx answer. */
export interface OgcErrorBody {
  code: string;
  description: string;
}

export type OgcErrorCode =
  'NotFound' | 'InvalidParameterValue' | 'MethodNotAllowed' | 'ServerError' | (string & {});

/** Thrown by parameter parsers and lookups; `handleOgcRequest` turns it into an answer. */
export class OgcError extends Error {
  readonly status: number;
  readonly code: OgcErrorCode;

  constructor(status: number, code: OgcErrorCode, description: string) {
    super(description);
    this.name = 'OgcError';
    this.status = status;
    this.code = code;
  }
}

export const notFound = (description: string) => new OgcError(404, 'NotFound', description);

export const invalidParameter = (name: string, value: string, expected: string) =>
  new OgcError(
    400,
    'InvalidParameterValue',
    `Invalid value ${JSON.stringify(value)} for parameter '${name}': ${expected}.`,
  );

export function errorResponse(status: number, code: OgcErrorCode, description: string): OgcResponse {
  const body: OgcErrorBody = { code, description };
  return jsonResponse(body, 'application/json', status);
}

export const toErrorResponse = (error: OgcError): OgcResponse =>
  errorResponse(error.status, error.code, error.message);
