/** A failed request to the data API, with what a person needs to know. */
export class ApiError extends Error {
  readonly url: string;
  readonly status: number | null;

  constructor(message: string, url: string, status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.url = url;
    this.status = status;
  }
}
