import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built app under `vite preview`, e.g. `http://127.0.0.1:41234`. */
    appUrl: string;
    /** Landing page of the mock OGC API (`npm run api`), e.g. `http://127.0.0.1:41235/api`. */
    apiUrl: string;
  }
}

/** The app's origin, without a trailing slash (set by tests/e2e/support/global-setup.ts). */
export const appUrl = (): string => inject('appUrl');

/** The mock API's landing page URL, without a trailing slash. */
export const apiUrl = (): string => inject('apiUrl');
