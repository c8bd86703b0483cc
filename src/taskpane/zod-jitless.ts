import { config } from 'zod';

// The plan schema (zod) must not probe `new Function` in the pane: its CSP has
// no 'unsafe-eval', and the browser reports even a probe that is caught. This
// module is imported before anything that defines a schema (see pane.ts).
config({ jitless: true });
