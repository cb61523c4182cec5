import { config } from 'zod';

/**
 * The web runs under a Content-Security-Policy without 'unsafe-eval'. Zod probes `new Function('')` to decide
 * whether to compile its object parsers; the probe fails quietly but the browser still reports a
 * `securitypolicyviolation`. Parse without the JIT instead. Import this first, before any module that builds a
 * zod schema (policy-model builds its schemas when it is loaded): main.tsx and every worker.
 */
config({ jitless: true });
