import { mergeConfig } from 'vitest/config';
import { libVitestConfig } from '../vite/vitest.lib.mts';

// These tests run the real `banfa` process (tsx compiles on start): allow for a busy machine.
export default mergeConfig(libVitestConfig(import.meta.dirname), { test: { testTimeout: 30_000 } });
