/** The app's absolute base URL (origin + Vite's BASE_URL), for deep links that leave the page. */
export function appBaseUrl(origin = window.location.origin): string {
  return new URL(import.meta.env.BASE_URL, origin).href;
}
