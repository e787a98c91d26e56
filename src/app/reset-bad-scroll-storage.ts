import { resetBadScrollStorage } from '@/lib/scroll-restoration-storage';

// A side effect on import: main.tsx imports this module before anything that loads the router,
// which reads its scroll positions from sessionStorage as soon as its module is evaluated (in
// the build this module has a chunk of its own for that reason: vite.config.ts, "boot").
resetBadScrollStorage();
