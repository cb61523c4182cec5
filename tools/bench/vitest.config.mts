import { libVitestConfig } from '../vite/vitest.lib.mts';

export default libVitestConfig(import.meta.dirname);
