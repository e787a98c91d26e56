/**
 * Run-time configuration from Vite environment variables (see README, "Configuration").
 * Unset `VITE_API_BASE_URL` means the built-in sample API (served by MSW) answers.
 */
export interface AppConfig {
  /** Landing page of an OGC API – Features server. */
  apiLandingUrl: string;
  /** Whether the app starts the in-browser mock API before it renders. */
  useMockApi: boolean;
  plotsCollectionId: string;
  /** Whether pages say the data is illustrative sample data (default: when the sample API serves). */
  showSampleDataNote: boolean;
  hallsCollectionId: string;
}

type Env = Partial<Record<string, string | boolean | undefined>>;

export function readAppConfig(env: Env, origin: string): AppConfig {
  const str = (name: string) => {
    const v = env[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const base = typeof env.BASE_URL === 'string' ? env.BASE_URL : '/';
  const external = str('VITE_API_BASE_URL');
  const mockFlag = str('VITE_MOCK_API');
  return {
    apiLandingUrl: external ?? new URL(`${base.replace(/\/?$/, '/')}api`, origin).href,
    useMockApi: mockFlag ? mockFlag === 'on' || mockFlag === 'true' : external === undefined,
    plotsCollectionId: str('VITE_PLOTS_COLLECTION') ?? 'plots',
    hallsCollectionId: str('VITE_HALLS_COLLECTION') ?? 'halls',
    showSampleDataNote: str('VITE_SAMPLE_DATA_NOTE')
      ? str('VITE_SAMPLE_DATA_NOTE') === 'on'
      : external === undefined,
  };
}

export const appConfig: AppConfig = readAppConfig(
  import.meta.env as unknown as Env,
  typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
);
